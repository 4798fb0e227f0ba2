import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import Plus from "lucide-solid/icons/plus";
import { createMemo, createSignal, For, Show } from "solid-js";
import { graphql } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { viewState } from "../../lib/view-state";
import { DUTY_ROSTER } from "../operations/paths";
import { EMERGENCY, LINKS, NEW_ITEM, PROJECT_IMPORT, TIMELINESS } from "./paths";
import "./publishing.css";
import { LoadMoreButton, StaffDataView, StaffPage } from "./staff-view";
import { publishingStrings } from "./strings";
import { WorkItemRow, WorkItemRow_ContentItemFragment, workItemWaitsFor } from "./work-item-row";
import { canCreate, type Viewer } from "./workflow-actions";

const WorkbenchQuery = graphql(
  `
  query WorkbenchPage_Lists(
    $first: Int!
    $draftsAfter: String
    $reviewAfter: String
    $approvedAfter: String
    $mineAfter: String
  ) {
    me {
      id
      roles
    }
    drafts: workItems(stage: DRAFT, first: $first, after: $draftsAfter) {
      edges {
        node {
          id
          ...WorkItemRow_ContentItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    review: workItems(stage: IN_REVIEW, first: $first, after: $reviewAfter) {
      edges {
        node {
          id
          ...WorkItemRow_ContentItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    approved: workItems(stage: APPROVED, first: $first, after: $approvedAfter) {
      edges {
        node {
          id
          ...WorkItemRow_ContentItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    mine: workItems(mine: true, first: $first, after: $mineAfter) {
      edges {
        node {
          id
          ...WorkItemRow_ContentItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [WorkItemRow_ContentItemFragment],
);

type TabKey = "drafts" | "review" | "approved" | "mine";
const TAB_KEYS: readonly TabKey[] = ["drafts", "review", "approved", "mine"];
const PAGE_SIZE = 30;

const strings = publishingStrings.workbench;

/** The tab a role starts on: editors their own items, maintainers what is ready to publish, reviewers the review queue. */
function defaultTab(roles: readonly string[]): TabKey {
  if (roles.includes("EDITOR")) return "mine";
  if (roles.some((r) => r === "CHECKER" || r === "DEPT_HEAD" || r === "LEADER")) return "review";
  if (roles.includes("MAINTAINER")) return "approved";
  return "review";
}

/** 工作台 (/staff): the items being worked on, by stage, with what waits for the viewer highlighted. */
export default function WorkbenchPage() {
  const [searchParams] = useSearchParams<{ tab?: string }>();
  const [cursors, setCursors] = createSignal<Record<TabKey, string | null>>({
    drafts: null,
    review: null,
    approved: null,
    mine: null,
  });
  const [result, reexecute] = createQuery({
    query: WorkbenchQuery,
    variables: () => ({
      first: PAGE_SIZE,
      draftsAfter: cursors().drafts,
      reviewAfter: cursors().review,
      approvedAfter: cursors().approved,
      mineAfter: cursors().mine,
    }),
    requestPolicy: "cache-and-network",
  });

  const viewer = (): Viewer | null => {
    const me = result.data?.me;
    return me ? { id: me.id, roles: me.roles } : null;
  };
  /** The tab shown; none until the viewer's roles are known, so the default does not jump. */
  const tab = (): TabKey | null => {
    const requested = searchParams.tab as TabKey | undefined;
    if (requested && TAB_KEYS.includes(requested)) return requested;
    const me = viewer();
    return me ? defaultTab(me.roles) : null;
  };
  const list = (key: TabKey) => result.data?.[key];
  const current = () => {
    const key = tab();
    return key ? list(key) : undefined;
  };
  const waitingIds = createMemo(() => {
    const me = viewer();
    const ids = new Set<string>();
    if (!me) return ids;
    for (const edge of result.data?.review.edges ?? []) {
      if (workItemWaitsFor(edge.node, me)) ids.add(edge.node.id);
    }
    return ids;
  });

  const state = () =>
    viewState({
      fetching: result.fetching,
      hasData: current() !== undefined,
      isEmpty: current()?.edges.length === 0,
      hasError: result.error !== undefined,
      online: isOnline(),
    });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const loadMore = () => {
    const cursor = current()?.pageInfo.endCursor;
    const key = tab();
    if (cursor && key) setCursors((previous) => ({ ...previous, [key]: cursor }));
  };
  const count = (key: TabKey) => {
    const connection = list(key);
    if (!connection) return "";
    return connection.pageInfo.hasNextPage
      ? strings.countMore(connection.edges.length)
      : String(connection.edges.length);
  };

  return (
    <StaffPage title={strings.pageTitle} loading={state() === "loading"} hasData={current() !== undefined}>
      <Show when={viewer()}>
        {(me) => (
          <div class="staff-summary">
            <p class="staff-summary__waiting" classList={{ "staff-summary__waiting--some": waitingIds().size > 0 }}>
              <Show when={waitingIds().size > 0} fallback={strings.nothingWaiting}>
                <A href="/staff?tab=review">{strings.waitingSummary(waitingIds().size)}</A>
              </Show>
            </p>
            <Show when={canCreate(me())}>
              <A href={NEW_ITEM} class="button">
                <Plus size={20} aria-hidden="true" />
                {strings.newItem}
              </A>
            </Show>
          </div>
        )}
      </Show>
      <nav class="segmented" aria-label={strings.tabsLabel}>
        <For each={TAB_KEYS}>
          {(key) => (
            // A plain <a> (the router still handles the click): <A> would mark all four as current,
            // since it compares paths without the query.
            <a href={`/staff?tab=${key}`} class="segmented__link" aria-current={tab() === key ? "page" : undefined}>
              {strings.tabs[key]}
              <Show when={count(key)}>{(n) => <span class="segmented__count">{n()}</span>}</Show>
              <Show when={key === "review" && waitingIds().size > 0}>
                <span class="segmented__count segmented__count--waiting">
                  {strings.waitingForMe} {waitingIds().size}
                </span>
              </Show>
            </a>
          )}
        </For>
      </nav>
      <StaffDataView state={state()} error={result.error} onRetry={retry} emptyText={strings.empty[tab() ?? "review"]}>
        <Show when={isOnline() && result.error}>
          <p class="inline-note">{publishingStrings.refreshFailed}</p>
        </Show>
        <ul class="work-list" aria-label={strings.tabs[tab() ?? "review"]}>
          <For each={current()?.edges}>
            {(edge) => (
              <li>
                <WorkItemRow item={edge.node} waiting={waitingIds().has(edge.node.id)} />
              </li>
            )}
          </For>
        </ul>
        <LoadMoreButton hasMore={current()?.pageInfo.hasNextPage} fetching={result.fetching} onLoadMore={loadMore} />
      </StaffDataView>
      <Show when={viewer()}>
        <nav class="card staff-links" aria-label={strings.more}>
          <h2 class="card__title">{strings.more}</h2>
          <ul class="staff-links__list">
            <li>
              <A href={TIMELINESS}>{strings.timelinessLink}</A>
            </li>
            <li>
              <A href={LINKS}>{strings.linksLink}</A>
            </li>
            <li>
              <A href={EMERGENCY}>{strings.emergencyLink}</A>
            </li>
            <li>
              <A href={DUTY_ROSTER}>{strings.dutyRosterLink}</A>
            </li>
            <Show when={viewer()?.roles.includes("EDITOR")}>
              <li>
                <A href={PROJECT_IMPORT}>{publishingStrings.projectImport.link}</A>
              </li>
            </Show>
          </ul>
        </nav>
      </Show>
    </StaffPage>
  );
}

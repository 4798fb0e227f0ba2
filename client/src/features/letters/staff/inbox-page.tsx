import { A, useSearchParams } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import Bell from "lucide-solid/icons/bell";
import EyeOff from "lucide-solid/icons/eye-off";
import FileUp from "lucide-solid/icons/file-up";
import MailPlus from "lucide-solid/icons/mail-plus";
import { createMemo, For, Show } from "solid-js";
import { graphql } from "../../../lib/graphql";
import { createInfiniteScroll } from "../../../lib/infinite-scroll";
import { listViewState } from "../../../lib/list-state";
import { isOnline } from "../../../lib/online";
import { createPageCursor, createShownConnection } from "../../../lib/pagination";
import "../../publishing/publishing.css";
import { LoadMoreButton, StaffDataView, StaffPage } from "../../publishing/staff-view";
import { MODERATION_PATH, moderates } from "../moderation/paths";
import { InboxFilters } from "./inbox-filters";
import {
  countsFilter,
  type DueFilter,
  type InboxState,
  inboxFilter,
  inboxHref,
  inboxKey,
  listKey,
  parseInboxParams,
  toInboxParams,
} from "./inbox-params";
import { canRegisterLetters } from "./letter-actions";
import { LetterRow, LetterRow_LetterFragment } from "./letter-row";
import "./letters-staff.css";
import { IMPORT_LETTERS, LETTER_REMINDERS, REGISTER_EXTERNAL_LETTER } from "./paths";
import { lettersStaffStrings } from "./strings";

const InboxQuery = graphql(
  `
  query InboxPage_Letters(
    $filter: LetterInboxFilter
    $countsFilter: LetterInboxFilter
    $order: LetterInboxOrder
    $first: Int!
    $after: String
  ) {
    letterInboxCounts(filter: $countsFilter) {
      total
      open
      overdue
      dueSoon
      paused
      byStatus {
        status
        count
      }
    }
    letterInbox(filter: $filter, order: $order, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...LetterRow_Letter
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [LetterRow_LetterFragment],
);

/** Who is looking, the departments for the filter, and the 催办 badge: once per visit, not per filter. */
const InboxContextQuery = graphql(`
  query InboxPage_Context {
    me {
      id
      roles
    }
    letterDepartments {
      id
      name
    }
    unreadReminderCount
  }
`);

const PAGE_SIZE = 20;
const strings = lettersStaffStrings.inbox;

type Quick = { key: "open" | DueFilter; label: string; due: DueFilter | null };
const QUICK: readonly Quick[] = [
  { key: "open", label: strings.quick.open, due: null },
  { key: "OVERDUE", label: strings.quick.overdue, due: "OVERDUE" },
  { key: "DUE_SOON", label: strings.quick.dueSoon, due: "DUE_SOON" },
  { key: "PAUSED", label: strings.quick.paused, due: "PAUSED" },
];

/** /staff/letters — 信件办理: every channel's letters, most urgent first, filtered through the URL. */
export default function InboxPage() {
  const [params, setParams] = useSearchParams<Record<string, string>>();
  const inbox = createMemo(() =>
    parseInboxParams({
      channel: params.channel,
      type: params.type,
      status: params.status,
      dept: params.dept,
      mine: params.mine,
      due: params.due,
      q: params.q,
      order: params.order,
    }),
  );
  const go = (next: InboxState) => setParams(toInboxParams(next));
  const key = createMemo(() => inboxKey(inbox()));
  const cursor = createPageCursor(key);

  const [context] = createQuery({ query: InboxContextQuery, requestPolicy: "cache-and-network" });
  const [result, reexecute] = createQuery({
    query: InboxQuery,
    variables: () => ({
      filter: inboxFilter(inbox()),
      countsFilter: countsFilter(inbox()),
      order: inbox().order,
      first: PAGE_SIZE,
      after: cursor.after(),
    }),
    requestPolicy: "cache-and-network",
  });
  const connection = createShownConnection(key, () => ({
    key: listKey(result.operation?.variables.filter, result.operation?.variables.order),
    connection: result.data?.letterInbox,
  }));
  const counts = () => result.data?.letterInboxCounts;
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const hasNextPage = () => connection()?.pageInfo.hasNextPage === true;
  const loadMore = () => cursor.advance(connection()?.pageInfo.endCursor);
  const sentinel = createInfiniteScroll({
    canLoad: () => hasNextPage() && !result.fetching && !result.error && isOnline(),
    load: loadMore,
  });

  const quickCount = (quick: Quick): number | undefined => {
    const c = counts();
    if (!c) return undefined;
    if (quick.due === "OVERDUE") return c.overdue;
    if (quick.due === "DUE_SOON") return c.dueSoon;
    if (quick.due === "PAUSED") return c.paused;
    return c.open;
  };
  const quickCurrent = (quick: Quick) => inbox().due === quick.due && (quick.due !== null || inbox().status === null);
  const unread = () => context.data?.unreadReminderCount ?? 0;
  const registrar = () => {
    const me = context.data?.me;
    return me ? canRegisterLetters(me) : false;
  };
  const moderator = () => moderates(context.data?.me?.roles ?? []);

  return (
    <StaffPage
      title={strings.pageTitle}
      loading={state() === "loading"}
      hasData={connection() !== undefined}
      class="letters-inbox"
    >
      <nav class="inbox-links" aria-label={strings.more}>
        <A href={LETTER_REMINDERS} class="button button--secondary button--small">
          <Bell size={18} aria-hidden="true" />
          {strings.reminders}
          <Show when={unread() > 0}>
            <span class="badge">{strings.unread(unread())}</span>
          </Show>
        </A>
        <Show when={registrar()}>
          <A href={REGISTER_EXTERNAL_LETTER} class="button button--secondary button--small">
            <MailPlus size={18} aria-hidden="true" />
            {strings.registerExternal}
          </A>
          <A href={IMPORT_LETTERS} class="button button--secondary button--small">
            <FileUp size={18} aria-hidden="true" />
            {strings.importLetters}
          </A>
        </Show>
        <Show when={moderator()}>
          <A href={MODERATION_PATH} class="button button--secondary button--small">
            <EyeOff size={18} aria-hidden="true" />
            {strings.moderation}
          </A>
        </Show>
      </nav>

      <nav class="segmented" aria-label={strings.quickLabel}>
        <For each={QUICK}>
          {(quick) => (
            // A plain <a>: the router still handles it, and <A> would mark every one current
            // (it compares paths without the query).
            <a
              href={inboxHref({ ...inbox(), status: quick.due ? inbox().status : null, due: quick.due })}
              class="segmented__link"
              aria-current={quickCurrent(quick) ? "page" : undefined}
            >
              {quick.label}
              <Show when={quickCount(quick) !== undefined}>
                <span class="segmented__count" classList={{ "segmented__count--alert": quick.due === "OVERDUE" }}>
                  {quickCount(quick)}
                </span>
              </Show>
            </a>
          )}
        </For>
      </nav>

      <label class="switch">
        <input
          type="checkbox"
          checked={inbox().mine}
          onChange={(e) => go({ ...inbox(), mine: e.currentTarget.checked })}
        />
        <span>{lettersStaffStrings.inbox.mine}</span>
      </label>

      <InboxFilters
        state={inbox()}
        departments={context.data?.letterDepartments ?? []}
        byStatus={counts()?.byStatus ?? []}
        open={counts()?.open}
        total={counts()?.total}
        onChange={go}
      />

      <p class="inbox-total" role="status">
        <Show when={connection()}>{(list) => strings.total(list().totalCount)}</Show>
      </p>

      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={retry}
        emptyText={strings.empty}
        forbiddenText={lettersStaffStrings.forbidden}
      >
        <Show when={isOnline() && result.error}>
          <p class="inline-note">{lettersStaffStrings.refreshFailed}</p>
        </Show>
        <ul class="work-list" aria-label={strings.listLabel}>
          <For each={connection()?.edges}>
            {(edge) => (
              <li>
                <LetterRow letter={edge.node} />
              </li>
            )}
          </For>
        </ul>
        <div ref={sentinel} aria-hidden="true" />
        <LoadMoreButton hasMore={hasNextPage()} fetching={result.fetching} onLoadMore={loadMore} />
      </StaffDataView>
    </StaffPage>
  );
}

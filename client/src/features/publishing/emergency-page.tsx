import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { OfflineCacheNote } from "../../lib/data-states";
import { formatDateTime } from "../../lib/dates";
import { graphql } from "../../lib/graphql";
import { listViewState } from "../../lib/list-state";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { createPageCursor } from "../../lib/pagination";
import { commonStrings } from "../../lib/strings";
import { contentKindLabel } from "../home/content-kind";
import { DutyTodayCard, DutyTodayNotice_DutyDay } from "../operations/duty-today-notice";
import { ActionDialog } from "./action-dialog";
import { itemPath, WORKBENCH } from "./paths";
import "./publishing.css";
import { ApproveEmergencyMutation } from "./staff-item";
import { StaffDataView } from "./staff-view";
import { createStepRunner } from "./step-runner";
import { publishingStrings } from "./strings";
import { canApproveEmergency, type Viewer } from "./workflow-actions";

const EmergencyQuery = graphql(
  `
  query EmergencyPage_Pending($first: Int!, $after: String) {
    me {
      id
      roles
    }
    onDutyToday {
      ...DutyTodayNotice_DutyDay
    }
    emergencyPublications(first: $first, after: $after) {
      edges {
        node {
          id
          kind
          title
          publishedAt
          emergencyReason
          emergencyApprovedAt
          column {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`,
  [DutyTodayNotice_DutyDay],
);

const strings = publishingStrings.emergency;

/** /staff/emergency — 紧急发布待补批: emergency publications waiting for a head's or leader's approval. */
export default function EmergencyPage() {
  const cursor = createPageCursor(() => "all");
  const [result, reexecute] = createQuery({
    query: EmergencyQuery,
    variables: () => ({ first: 30, after: cursor.after() }),
    requestPolicy: "cache-and-network",
  });
  const connection = () => result.data?.emergencyPublications;
  const viewer = (): Viewer | null => result.data?.me ?? null;
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const steps = createStepRunner();
  const [approving, setApproving] = createSignal<{ id: string; title: string } | null>(null);
  const [dialogError, setDialogError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const opinionId = createUniqueId();
  const mayApprove = () => {
    const me = viewer();
    return !!me && canApproveEmergency({ emergencyReason: "x", emergencyApprovedAt: null }, me);
  };

  const approve = async (form: HTMLFormElement) => {
    const current = approving();
    if (!current) return;
    const opinion = String(new FormData(form).get("opinion") ?? "").trim();
    const error = await steps.run(
      ApproveEmergencyMutation,
      { itemId: current.id, opinion: opinion || null },
      "approveEmergencyPublication",
    );
    if (error) return setDialogError(error.message);
    setApproving(null);
    setNotice(strings.approved);
  };

  return (
    <section class="page staff-page" aria-busy={state() === "loading"}>
      <A href={WORKBENCH} class="back-link">
        <ChevronLeft size={20} aria-hidden="true" />
        {publishingStrings.backToWorkbench}
      </A>
      <PageHeading>{strings.pageTitle}</PageHeading>
      <p class="card__intro">{strings.intro}</p>
      <Show when={result.data?.onDutyToday}>
        {(day) => <DutyTodayCard day={day()} roles={viewer()?.roles ?? []} />}
      </Show>
      <Show when={viewer() && !mayApprove()}>
        <p class="notice">{strings.notAllowed}</p>
      </Show>
      <Show when={!isOnline() && connection() !== undefined}>
        <OfflineCacheNote />
      </Show>
      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <StaffDataView state={state()} error={result.error} onRetry={retry} emptyText={strings.empty}>
        <ul class="work-list">
          <For each={connection()?.edges}>
            {(edge) => (
              <li>
                <article class="work-item work-item--waiting">
                  <p class="work-item__badges">
                    <span class="tag">{contentKindLabel(edge.node.kind)}</span>
                    <span class="tag tag--important">{publishingStrings.review.emergencyPending}</span>
                  </p>
                  <h2 class="work-item__title">
                    <A href={itemPath(edge.node.id)}>{edge.node.title}</A>
                  </h2>
                  <p>
                    <span class="work-item__label">{strings.reason}：</span>
                    {edge.node.emergencyReason}
                  </p>
                  <p class="work-item__meta">
                    <span>
                      {strings.publishedAt}：
                      <time datetime={edge.node.publishedAt ?? undefined}>{formatDateTime(edge.node.publishedAt)}</time>
                    </span>
                    <span>{edge.node.column.name}</span>
                  </p>
                  <Show when={viewer() && canApproveEmergency(edge.node, viewer() as Viewer)}>
                    <button
                      type="button"
                      class="button button--small"
                      disabled={steps.busy()}
                      onClick={() => {
                        setDialogError(null);
                        setNotice(null);
                        setApproving({ id: edge.node.id, title: edge.node.title });
                      }}
                    >
                      {strings.approve}
                    </button>
                  </Show>
                </article>
              </li>
            )}
          </For>
        </ul>
        <Show when={connection()?.pageInfo.hasNextPage}>
          <button
            type="button"
            class="button button--secondary button--block"
            disabled={result.fetching}
            onClick={() => cursor.advance(connection()?.pageInfo.endCursor)}
          >
            {result.fetching ? commonStrings.loading : commonStrings.loadMore}
          </button>
        </Show>
      </StaffDataView>

      <ActionDialog
        open={approving() !== null}
        title={`${strings.approveTitle}：${approving()?.title ?? ""}`}
        submitLabel={strings.approve}
        busy={steps.busy()}
        error={dialogError()}
        onSubmit={(form) => void approve(form)}
        onClose={() => {
          if (!steps.busy()) setApproving(null);
        }}
      >
        <div class="field">
          <label class="field__label" for={opinionId}>
            {publishingStrings.review.retroOpinion}
          </label>
          <textarea id={opinionId} name="opinion" class="field__input field__textarea" rows="3" maxLength={2000} />
        </div>
      </ActionDialog>
    </section>
  );
}

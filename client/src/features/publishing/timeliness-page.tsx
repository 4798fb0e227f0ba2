import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js";
import { formatDate } from "../../lib/dates";
import { graphql } from "../../lib/graphql";
import { listViewState } from "../../lib/list-state";
import { createPageCursor } from "../../lib/pagination";
import { contentKindLabel } from "../home/content-kind";
import { ActionDialog } from "./action-dialog";
import { itemPath } from "./paths";
import "./publishing.css";
import { shanghaiDate, shanghaiInputToIso } from "./shanghai-time";
import { ConfirmTimelinessMutation, ExpireMutation, WithdrawMutation } from "./staff-item";
import { BACK_TO_WORKBENCH, LoadMoreButton, StaffDataView, StaffPage } from "./staff-view";
import { createStepRunner } from "./step-runner";
import { publishingStrings } from "./strings";
import { canConfirmTimeliness, canWithdraw, type Viewer } from "./workflow-actions";

const TimelinessQuery = graphql(`
  query TimelinessPage_Due($first: Int!, $after: String) {
    me {
      id
      roles
    }
    timelinessDue(first: $first, after: $after) {
      edges {
        node {
          id
          kind
          title
          status
          timeliness
          reviewBy
          publishedAt
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
`);

type Dialog = { kind: "confirm" | "expire" | "withdraw"; itemId: string; title: string };

const strings = publishingStrings.timeliness;
const review = publishingStrings.review;

/** /staff/timeliness — 信息时效确认单: published items past or near their review date. */
export default function TimelinessPage() {
  const cursor = createPageCursor(() => "all");
  const [result, reexecute] = createQuery({
    query: TimelinessQuery,
    variables: () => ({ first: 30, after: cursor.after() }),
    requestPolicy: "cache-and-network",
  });
  const connection = () => result.data?.timelinessDue;
  const viewer = (): Viewer | null => result.data?.me ?? null;
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });

  const steps = createStepRunner();
  const [dialog, setDialog] = createSignal<Dialog | null>(null);
  const [dialogError, setDialogError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const ids = { date: createUniqueId(), note: createUniqueId(), reason: createUniqueId() };
  const open = (next: Dialog) => {
    setDialogError(null);
    setNotice(null);
    setDialog(next);
  };

  const submit = async (form: HTMLFormElement) => {
    const current = dialog();
    if (!current) return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    let error: { message: string } | null;
    if (current.kind === "confirm") {
      const date = text("until");
      const until = date ? shanghaiInputToIso(date) : null;
      error = await steps.run(ConfirmTimelinessMutation, { itemId: current.itemId, until }, "confirmContentTimeliness");
    } else if (current.kind === "expire") {
      error = await steps.run(
        ExpireMutation,
        { itemId: current.itemId, note: text("note") || null },
        "expireContentItem",
      );
    } else {
      const reason = text("reason");
      if (reason.length < 5) return setDialogError(review.withdrawShort);
      error = await steps.run(
        WithdrawMutation,
        { itemId: current.itemId, reason, remove: data.get("remove") === "on" },
        "withdrawContentItem",
      );
    }
    if (error) return setDialogError(error.message);
    setDialog(null);
    setNotice(current.kind === "confirm" ? strings.confirmed : review.done);
  };

  const tomorrow = () => shanghaiDate(new Date(Date.now() + 86_400_000));

  return (
    <StaffPage
      title={strings.pageTitle}
      back={BACK_TO_WORKBENCH}
      intro={strings.intro}
      loading={state() === "loading"}
      hasData={connection() !== undefined}
    >
      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <StaffDataView state={state()} error={result.error} onRetry={retry} emptyText={strings.empty}>
        <ul class="work-list">
          <For each={connection()?.edges}>
            {(edge) => (
              <li>
                <article class="work-item" classList={{ "work-item--waiting": edge.node.timeliness === "OVERDUE" }}>
                  <p class="work-item__badges">
                    <span class="tag">{contentKindLabel(edge.node.kind)}</span>
                    <Show when={edge.node.timeliness}>
                      {(timeliness) => (
                        <span class="tag tag--timeliness" data-timeliness={timeliness()}>
                          {strings[timeliness()]}
                        </span>
                      )}
                    </Show>
                  </p>
                  <h2 class="work-item__title">
                    <A href={itemPath(edge.node.id)}>{edge.node.title}</A>
                  </h2>
                  <p class="work-item__meta">
                    <span>
                      {strings.reviewBy}：
                      <time datetime={edge.node.reviewBy ?? undefined}>{formatDate(edge.node.reviewBy)}</time>
                    </span>
                    <span>
                      {strings.publishedAt} {formatDate(edge.node.publishedAt)} · {edge.node.column.name}
                    </span>
                  </p>
                  <Show when={viewer()}>
                    {(me) => (
                      <div class="button-row">
                        <Show when={canConfirmTimeliness(me())}>
                          <button
                            type="button"
                            class="button button--small"
                            disabled={steps.busy()}
                            onClick={() => open({ kind: "confirm", itemId: edge.node.id, title: edge.node.title })}
                          >
                            {strings.confirm}
                          </button>
                          <button
                            type="button"
                            class="button button--secondary button--small"
                            disabled={steps.busy()}
                            onClick={() => open({ kind: "expire", itemId: edge.node.id, title: edge.node.title })}
                          >
                            {review.expire}
                          </button>
                        </Show>
                        <Show when={canWithdraw(edge.node, me())}>
                          <button
                            type="button"
                            class="button button--danger button--small"
                            disabled={steps.busy()}
                            onClick={() => open({ kind: "withdraw", itemId: edge.node.id, title: edge.node.title })}
                          >
                            {review.withdraw}
                          </button>
                        </Show>
                      </div>
                    )}
                  </Show>
                </article>
              </li>
            )}
          </For>
        </ul>
        <LoadMoreButton
          hasMore={connection()?.pageInfo.hasNextPage}
          fetching={result.fetching}
          onLoadMore={() => cursor.advance(connection()?.pageInfo.endCursor)}
        />
      </StaffDataView>

      <ActionDialog
        open={dialog() !== null}
        title={`${dialog()?.kind === "confirm" ? strings.confirmTitle : dialog()?.kind === "expire" ? review.expire : review.withdraw}：${dialog()?.title ?? ""}`}
        submitLabel={
          dialog()?.kind === "confirm" ? strings.confirm : dialog()?.kind === "expire" ? review.expire : review.withdraw
        }
        danger={dialog()?.kind !== "confirm"}
        busy={steps.busy()}
        error={dialogError()}
        onSubmit={(form) => void submit(form)}
        onClose={() => {
          if (!steps.busy()) setDialog(null);
        }}
      >
        <Switch>
          <Match when={dialog()?.kind === "confirm"}>
            <div class="field">
              <label class="field__label" for={ids.date}>
                {strings.nextDate}
              </label>
              <p class="field__hint">{strings.nextDateHint}</p>
              <input id={ids.date} name="until" type="date" class="field__input" min={tomorrow()} />
            </div>
          </Match>
          <Match when={dialog()?.kind === "expire"}>
            <p>{review.expireConfirm}</p>
            <div class="field">
              <label class="field__label" for={ids.note}>
                {review.expireNote}
              </label>
              <textarea id={ids.note} name="note" class="field__input field__textarea" rows="2" maxLength={2000} />
            </div>
          </Match>
          <Match when={dialog()?.kind === "withdraw"}>
            <div class="field">
              <label class="field__label" for={ids.reason}>
                {review.withdrawReason}
              </label>
              <p class="field__hint">{review.withdrawHint}</p>
              <textarea
                id={ids.reason}
                name="reason"
                class="field__input field__textarea"
                rows="3"
                required
                minLength={5}
                maxLength={500}
              />
            </div>
            <label class="switch">
              <input type="checkbox" name="remove" />
              <span>{review.withdrawRemove}</span>
            </label>
          </Match>
        </Switch>
      </ActionDialog>
    </StaffPage>
  );
}

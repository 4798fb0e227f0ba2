import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { graphql } from "../../../lib/graphql";
import { listViewState } from "../../../lib/list-state";
import { isOnline } from "../../../lib/online";
import { type FormError, isErrorForField } from "../../accounts/form-errors";
import { ActionDialog } from "../../publishing/action-dialog";
import "../../publishing/publishing.css";
import { BACK_TO_WORKBENCH, LoadMoreButton, StaffDataView, StaffPage } from "../../publishing/staff-view";
import { createStepRunner } from "../../publishing/step-runner";
import { staffLetterPath } from "../staff/paths";
import { readsLetters } from "../staff/staff-access";
import { moderationChart } from "../stats/chart-data";
import { DataTableView } from "../stats/data-table-view";
import { LETTER_STATISTICS_PATH, shanghaiYear } from "../stats/period";
import { statsStrings } from "../stats/strings";
import { HiddenLetters } from "./hidden-letters";
import "./moderation.css";
import { moderates, publishLetterPath } from "./paths";
import { moderationStrings } from "./strings";

const PAGE_SIZE = 20;

// What the public reads or counts (publication VISIBLE): published letters and the comments on
// planning publicity, both letters, newest first. Moderated on one path (hideLetter/restoreLetter).
const VisibleQuery = graphql(`
  query ModerationPage_Visible($first: Int!, $after: String) {
    me {
      id
      roles
    }
    letterInbox(filter: { publication: VISIBLE }, order: NEWEST, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          channel
          type
          subject
          body
          receivedAt
          repliedAt
          publishedAt
          department {
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

const CountsQuery = graphql(`
  query ModerationPage_Counts($year: Int!) {
    moderationCounts(year: $year) {
      month
      letters
      comments
    }
  }
`);

const HideLetterMutation = graphql(`
  mutation ModerationPage_HideLetter($letterId: ID!, $reason: String!) {
    hideLetter(letterId: $letterId, reason: $reason) {
      hiddenAt
      hiddenReason
      error {
        message
        field
      }
    }
  }
`);

const RestoreLetterMutation = graphql(`
  mutation ModerationPage_RestoreLetter($letterId: ID!) {
    restoreLetter(letterId: $letterId) {
      hiddenAt
      error {
        message
        field
      }
    }
  }
`);

const strings = moderationStrings.moderation;

/** What the hide dialog is about: a published letter, or a comment on planning publicity. */
type Hiding = { id: string; subject: string; comment: boolean };

/**
 * /staff/moderation — 公开内容管理: one list of what the public reads or counts (published letters
 * and comments on planning publicity, all letters), hidden with a recorded reason and restored;
 * the ones hidden so far; the monthly hidden counts the public sees. MAINTAINER, ADMIN act; other
 * letter staff read.
 */
export default function ModerationPage() {
  const year = shanghaiYear(new Date());
  const [after, setAfter] = createSignal<string | null>(null);
  const [visible, reexecute] = createQuery({
    query: VisibleQuery,
    variables: () => ({ first: PAGE_SIZE, after: after() }),
    requestPolicy: "cache-and-network",
  });
  const edges = () => visible.data?.letterInbox?.edges;
  const listState = listViewState(visible, edges);
  const roles = () => visible.data?.me?.roles ?? [];
  const moderator = () => moderates(roles());

  const steps = createStepRunner();
  const [hiding, setHiding] = createSignal<Hiding | null>(null);
  const [dialogError, setDialogError] = createSignal<FormError | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const reasonIds = { input: createUniqueId(), hint: createUniqueId() };

  const clearMessages = () => {
    setNotice(null);
    setFailure(null);
  };

  const openHide = (target: Hiding) => {
    clearMessages();
    setDialogError(null);
    setHiding(target);
  };

  const hide = async (form: HTMLFormElement) => {
    const target = hiding();
    if (!target) return;
    const reason = String(new FormData(form).get("reason") ?? "").trim();
    if (!reason) return setDialogError({ message: strings.reasonRequired, field: "reason" });
    const error = await steps.run(HideLetterMutation, { letterId: target.id, reason }, "hideLetter");
    if (error) return setDialogError(error);
    form.reset();
    setHiding(null);
    setNotice(strings.hiddenLetter(target.subject));
  };

  const restore = async (letterId: string, subject: string) => {
    clearMessages();
    const error = await steps.run(RestoreLetterMutation, { letterId }, "restoreLetter");
    if (error) return setFailure(error.message);
    setNotice(strings.restoredLetter(subject));
  };

  return (
    <StaffPage
      title={strings.pageTitle}
      back={BACK_TO_WORKBENCH}
      intro={strings.intro}
      loading={listState() === "loading"}
      hasData={edges() !== undefined}
    >
      <Show when={visible.data?.me && !moderator()}>
        <p class="inline-note">{strings.moderatorsOnly}</p>
      </Show>
      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <div class="form-error-slot" role="alert">
        <Show when={failure()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      </div>

      <section class="moderation-section" aria-labelledby="moderation-visible">
        <h2 id="moderation-visible" class="section-title">
          {strings.visibleHeading}
        </h2>
        <StaffDataView
          state={listState()}
          error={visible.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
          emptyText={strings.visibleEmpty}
          forbiddenText={strings.hiddenForbidden}
        >
          <p class="inline-note">{strings.visibleCount(visible.data?.letterInbox?.totalCount ?? 0)}</p>
          <ul class="work-list" aria-labelledby="moderation-visible">
            <For each={edges()}>
              {(edge) => {
                const comment = () => edge.node.channel === "PUBLICITY_COMMENT";
                return (
                  <li>
                    <article class="work-item" classList={{ comment: comment() }}>
                      <p class="work-item__badges">
                        <Show
                          when={comment()}
                          fallback={<span class="tag">{statsStrings.typeLabels[edge.node.type]}</span>}
                        >
                          <span class="tag">{statsStrings.channelLabels.PUBLICITY_COMMENT}</span>
                        </Show>
                      </p>
                      <h3 class="work-item__title">
                        <A href={staffLetterPath(edge.node.id)}>{edge.node.subject}</A>
                      </h3>
                      <Show when={comment()}>
                        <p class="comment__body">{edge.node.body}</p>
                      </Show>
                      <p class="work-item__meta">
                        {comment() ? strings.submittedAt : strings.accepted}{" "}
                        <time datetime={edge.node.receivedAt}>{formatDate(edge.node.receivedAt)}</time>
                        <Show when={!comment() && edge.node.repliedAt}>
                          {(at) => (
                            <>
                              {" · "}
                              {strings.replied} <time datetime={at()}>{formatDate(at())}</time>
                            </>
                          )}
                        </Show>
                        <Show when={!comment() && edge.node.department}>
                          {(department) => ` · ${strings.department}：${department().name}`}
                        </Show>
                      </p>
                      <Show when={moderator()}>
                        <div class="button-row">
                          <Show when={!comment()}>
                            <A
                              href={publishLetterPath(edge.node.id, "moderation")}
                              class="button button--secondary button--small"
                              aria-label={strings.editPublicationLabel(edge.node.subject)}
                            >
                              {strings.editPublication}
                            </A>
                          </Show>
                          <button
                            type="button"
                            class="button button--danger button--small"
                            disabled={steps.busy() || !isOnline()}
                            aria-label={
                              comment()
                                ? strings.hideCommentLabel(formatDateTime(edge.node.receivedAt))
                                : strings.hideLetterLabel(edge.node.subject)
                            }
                            onClick={() =>
                              openHide({ id: edge.node.id, subject: edge.node.subject, comment: comment() })
                            }
                          >
                            {strings.hide}
                          </button>
                        </div>
                      </Show>
                    </article>
                  </li>
                );
              }}
            </For>
          </ul>
          <LoadMoreButton
            hasMore={visible.data?.letterInbox?.pageInfo.hasNextPage}
            fetching={visible.fetching}
            onLoadMore={() => setAfter(visible.data?.letterInbox?.pageInfo.endCursor ?? null)}
          />
        </StaffDataView>
      </section>

      <Show when={readsLetters(roles())}>
        <HiddenLetters
          moderator={moderator()}
          busy={steps.busy()}
          onRestore={(id, subject) => void restore(id, subject)}
        />
      </Show>

      <MonthlyCounts year={year} />

      <ActionDialog
        open={hiding() !== null}
        title={hiding()?.comment ? strings.hideCommentTitle : strings.hideLetterTitle}
        submitLabel={strings.hide}
        danger
        busy={steps.busy()}
        error={dialogError()?.message ?? null}
        onSubmit={(form) => void hide(form)}
        onClose={() => {
          if (!steps.busy()) setHiding(null);
        }}
      >
        <Show when={hiding()}>{(target) => <p>{target().subject}</p>}</Show>
        <div class="field">
          <label class="field__label" for={reasonIds.input}>
            {strings.reason}
          </label>
          <p id={reasonIds.hint} class="field__hint">
            {strings.reasonHint}
          </p>
          <textarea
            id={reasonIds.input}
            name="reason"
            class="field__input field__input--multiline"
            rows={3}
            maxLength={200}
            required
            aria-describedby={reasonIds.hint}
            aria-invalid={isErrorForField(dialogError(), "reason") ? "true" : undefined}
          />
        </div>
      </ActionDialog>
    </StaffPage>
  );
}

function MonthlyCounts(props: { year: number }) {
  const headingId = createUniqueId();
  const [counts] = createQuery({
    query: CountsQuery,
    variables: () => ({ year: props.year }),
    requestPolicy: "cache-and-network",
  });
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId} class="card__title">
        {strings.countsHeading(props.year)}
      </h2>
      <p class="card__intro">
        {strings.countsIntro} <A href={`${LETTER_STATISTICS_PATH}?year=${props.year}`}>{strings.toStatistics}</A>
      </p>
      <Show
        when={counts.data?.moderationCounts}
        fallback={
          <Show when={counts.error}>
            <p class="inline-note">{strings.countsUnavailable}</p>
          </Show>
        }
      >
        {(months) => (
          <DataTableView
            caption={strings.countsHeading(props.year)}
            category={statsStrings.table.month}
            model={moderationChart(months(), null)}
          />
        )}
      </Show>
    </section>
  );
}

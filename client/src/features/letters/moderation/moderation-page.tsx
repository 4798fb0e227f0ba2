import { A } from "@solidjs/router";
import { createQuery } from "@urql/solid";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { graphql } from "../../../lib/graphql";
import { listViewState } from "../../../lib/list-state";
import { isOnline } from "../../../lib/online";
import { viewState } from "../../../lib/view-state";
import { type FormError, isErrorForField } from "../../accounts/form-errors";
import { ActionDialog } from "../../publishing/action-dialog";
import "../../publishing/publishing.css";
import { BACK_TO_WORKBENCH, LoadMoreButton, StaffDataView, StaffPage } from "../../publishing/staff-view";
import { createStepRunner } from "../../publishing/step-runner";
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
/** Comments shown per publicity item: the newest (the server's page limit). */
const COMMENTS_SHOWN = 50;

const PublishedLettersQuery = graphql(`
  query ModerationPage_Letters($first: Int!, $after: String) {
    me {
      id
      roles
    }
    publishedLetters(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          subject
          type
          acceptedAt
          repliedAt
          departmentName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PublicityItemsQuery = graphql(`
  query ModerationPage_Publicity {
    contentItems(kind: PUBLICITY, first: 30) {
      edges {
        node {
          id
          title
          publishedAt
        }
      }
    }
  }
`);

const CommentsQuery = graphql(`
  query ModerationPage_Comments($itemId: ID!, $first: Int!) {
    publicityCommentThread(itemId: $itemId) {
      totalCount
      hiddenCount
      comments(first: $first) {
        edges {
          node {
            id
            body
            createdAt
            hiddenAt
            hiddenReason
          }
        }
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

const HideCommentMutation = graphql(`
  mutation ModerationPage_HideComment($commentId: ID!, $reason: String!) {
    hidePublicityComment(commentId: $commentId, reason: $reason) {
      hiddenAt
      hiddenReason
      error {
        message
        field
      }
    }
  }
`);

const RestoreCommentMutation = graphql(`
  mutation ModerationPage_RestoreComment($commentId: ID!) {
    restorePublicityComment(commentId: $commentId) {
      hiddenAt
      error {
        message
        field
      }
    }
  }
`);

const strings = moderationStrings.moderation;

/** What the hide dialog is about. */
type Hiding = { kind: "letter"; id: string; subject: string } | { kind: "comment"; id: string; at: string };

/**
 * /staff/moderation — 公开内容管理: published letters and planning publicity comments, hidden with a
 * recorded reason and restored; the letters hidden so far; the monthly hidden counts the public
 * sees. MAINTAINER, ADMIN act; other staff read (hidden letters: those who may read the inbox).
 */
export default function ModerationPage() {
  const year = shanghaiYear(new Date());
  const [after, setAfter] = createSignal<string | null>(null);
  const [letters, reexecuteLetters] = createQuery({
    query: PublishedLettersQuery,
    variables: () => ({ first: PAGE_SIZE, after: after() }),
    requestPolicy: "cache-and-network",
  });
  const edges = () => letters.data?.publishedLetters.edges;
  const lettersState = listViewState(letters, edges);
  const roles = () => letters.data?.me?.roles ?? [];
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
    const error =
      target.kind === "letter"
        ? await steps.run(HideLetterMutation, { letterId: target.id, reason }, "hideLetter")
        : await steps.run(HideCommentMutation, { commentId: target.id, reason }, "hidePublicityComment");
    if (error) return setDialogError(error);
    form.reset();
    setHiding(null);
    setNotice(target.kind === "letter" ? strings.hiddenLetter(target.subject) : strings.hiddenComment);
  };

  const restoreLetter = async (letterId: string, subject: string) => {
    clearMessages();
    const error = await steps.run(RestoreLetterMutation, { letterId }, "restoreLetter");
    if (error) return setFailure(error.message);
    setNotice(strings.restoredLetter(subject));
  };

  const restoreComment = async (commentId: string) => {
    clearMessages();
    const error = await steps.run(RestoreCommentMutation, { commentId }, "restorePublicityComment");
    if (error) return setFailure(error.message);
    setNotice(strings.restored);
  };

  return (
    <StaffPage
      title={strings.pageTitle}
      back={BACK_TO_WORKBENCH}
      intro={strings.intro}
      loading={lettersState() === "loading"}
      hasData={edges() !== undefined}
    >
      <Show when={letters.data?.me && !moderator()}>
        <p class="inline-note">{strings.moderatorsOnly}</p>
      </Show>
      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <div class="form-error-slot" role="alert">
        <Show when={failure()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      </div>

      <section class="moderation-section" aria-labelledby="moderation-letters">
        <h2 id="moderation-letters" class="section-title">
          {strings.lettersHeading}
        </h2>
        <StaffDataView
          state={lettersState()}
          error={letters.error}
          onRetry={() => reexecuteLetters({ requestPolicy: "network-only" })}
          emptyText={strings.lettersEmpty}
        >
          <p class="inline-note">{strings.lettersCount(letters.data?.publishedLetters.totalCount ?? 0)}</p>
          <ul class="work-list" aria-labelledby="moderation-letters">
            <For each={edges()}>
              {(edge) => (
                <li>
                  <article class="work-item">
                    <p class="work-item__badges">
                      <span class="tag">{statsStrings.typeLabels[edge.node.type]}</span>
                    </p>
                    <h3 class="work-item__title">{edge.node.subject}</h3>
                    <p class="work-item__meta">
                      {strings.accepted} <time datetime={edge.node.acceptedAt}>{formatDate(edge.node.acceptedAt)}</time>
                      <Show when={edge.node.repliedAt}>
                        {(at) => (
                          <>
                            {" · "}
                            {strings.replied} <time datetime={at()}>{formatDate(at())}</time>
                          </>
                        )}
                      </Show>
                      <Show when={edge.node.departmentName}>{(name) => ` · ${strings.department}：${name()}`}</Show>
                    </p>
                    <Show when={moderator()}>
                      <div class="button-row">
                        <A
                          href={publishLetterPath(edge.node.id, "moderation")}
                          class="button button--secondary button--small"
                          aria-label={strings.editPublicationLabel(edge.node.subject)}
                        >
                          {strings.editPublication}
                        </A>
                        <button
                          type="button"
                          class="button button--danger button--small"
                          disabled={steps.busy() || !isOnline()}
                          aria-label={strings.hideLetterLabel(edge.node.subject)}
                          onClick={() => openHide({ kind: "letter", id: edge.node.id, subject: edge.node.subject })}
                        >
                          {strings.hide}
                        </button>
                      </div>
                    </Show>
                  </article>
                </li>
              )}
            </For>
          </ul>
          <LoadMoreButton
            hasMore={letters.data?.publishedLetters.pageInfo.hasNextPage}
            fetching={letters.fetching}
            onLoadMore={() => setAfter(letters.data?.publishedLetters.pageInfo.endCursor ?? null)}
          />
        </StaffDataView>
      </section>

      <Show when={readsLetters(roles())}>
        <HiddenLetters
          moderator={moderator()}
          busy={steps.busy()}
          onRestore={(id, subject) => void restoreLetter(id, subject)}
        />
      </Show>

      <PublicityComments
        moderator={moderator()}
        busy={steps.busy()}
        onHide={(id, at) => openHide({ kind: "comment", id, at })}
        onRestore={(id) => void restoreComment(id)}
      />

      <MonthlyCounts year={year} />

      <ActionDialog
        open={hiding() !== null}
        title={hiding()?.kind === "comment" ? strings.hideCommentTitle : strings.hideLetterTitle}
        submitLabel={strings.hide}
        danger
        busy={steps.busy()}
        error={dialogError()?.message ?? null}
        onSubmit={(form) => void hide(form)}
        onClose={() => {
          if (!steps.busy()) setHiding(null);
        }}
      >
        <Show when={hiding()}>
          {(target) => {
            const current = target();
            return <p>{current.kind === "letter" ? current.subject : strings.hideCommentLabel(current.at)}</p>;
          }}
        </Show>
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

function PublicityComments(props: {
  moderator: boolean;
  busy: boolean;
  onHide: (commentId: string, at: string) => void;
  onRestore: (commentId: string) => void;
}) {
  const ids = { heading: createUniqueId(), select: createUniqueId() };
  const [items] = createQuery({ query: PublicityItemsQuery, requestPolicy: "cache-and-network" });
  const [itemId, setItemId] = createSignal<string | null>(null);
  const [thread, reexecuteThread] = createQuery({
    query: CommentsQuery,
    variables: () => ({ itemId: itemId() ?? "", first: COMMENTS_SHOWN }),
    pause: () => itemId() === null,
    requestPolicy: "cache-and-network",
  });
  const current = () => thread.data?.publicityCommentThread;
  const threadState = () =>
    viewState({
      fetching: thread.fetching,
      hasData: current() !== undefined,
      isEmpty: current()?.totalCount === 0,
      hasError: thread.error !== undefined,
      online: isOnline(),
    });

  return (
    <section class="moderation-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} class="section-title">
        {strings.commentsHeading}
      </h2>
      <p class="card__intro">{strings.commentsIntro}</p>
      <Show
        when={items.data?.contentItems.edges}
        fallback={
          <Show when={items.error}>
            <p class="inline-note">{strings.publicityUnavailable}</p>
          </Show>
        }
      >
        {(publicity) => (
          <Show when={publicity().length} fallback={<p class="empty-state">{strings.publicityEmpty}</p>}>
            <div class="field">
              <label class="field__label" for={ids.select}>
                {strings.publicity}
              </label>
              <select
                id={ids.select}
                class="field__input"
                onChange={(event) => setItemId(event.currentTarget.value || null)}
              >
                <option value="">{strings.choosePublicity}</option>
                <For each={publicity()}>{(edge) => <option value={edge.node.id}>{edge.node.title}</option>}</For>
              </select>
            </div>
          </Show>
        )}
      </Show>

      <Show when={itemId()}>
        <StaffDataView
          state={threadState()}
          error={thread.error}
          onRetry={() => reexecuteThread({ requestPolicy: "network-only" })}
          emptyText={strings.commentsEmpty}
          forbiddenText={strings.commentsForbidden}
        >
          <Show when={current()}>
            {(data) => (
              <>
                <p class="inline-note">
                  {strings.commentsCount(data().totalCount, data().hiddenCount)}
                  <Show when={data().totalCount > COMMENTS_SHOWN}> {strings.commentsShown(COMMENTS_SHOWN)}</Show>
                </p>
                <ul class="work-list" aria-labelledby={ids.heading}>
                  <For each={data().comments.edges}>
                    {(edge) => {
                      const at = () => formatDateTime(edge.node.createdAt);
                      return (
                        <li>
                          <article class="comment" classList={{ "comment--hidden": edge.node.hiddenAt !== null }}>
                            <p class="work-item__meta">
                              {strings.submittedAt}：<time datetime={edge.node.createdAt}>{at()}</time>
                            </p>
                            <Show when={edge.node.hiddenAt}>
                              <p class="work-item__note">
                                <span class="tag tag--important">{strings.hidden}</span>
                                <Show when={edge.node.hiddenReason}>
                                  {(reason) => <span> {strings.hiddenReason(reason())}</span>}
                                </Show>
                              </p>
                            </Show>
                            <p class="comment__body">{edge.node.body}</p>
                            <Show when={props.moderator}>
                              <div class="button-row">
                                <Show
                                  when={edge.node.hiddenAt}
                                  fallback={
                                    <button
                                      type="button"
                                      class="button button--danger button--small"
                                      disabled={props.busy || !isOnline()}
                                      aria-label={strings.hideCommentLabel(at())}
                                      onClick={() => props.onHide(edge.node.id, at())}
                                    >
                                      {strings.hide}
                                    </button>
                                  }
                                >
                                  <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    disabled={props.busy || !isOnline()}
                                    aria-label={strings.restoreCommentLabel(at())}
                                    onClick={() => props.onRestore(edge.node.id)}
                                  >
                                    {strings.restore}
                                  </button>
                                </Show>
                              </div>
                            </Show>
                          </article>
                        </li>
                      );
                    }}
                  </For>
                </ul>
              </>
            )}
          </Show>
        </StaffDataView>
      </Show>
    </section>
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

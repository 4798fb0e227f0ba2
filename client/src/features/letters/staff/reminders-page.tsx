import { A, useSearchParams } from "@solidjs/router";
import { createMutation, createQuery } from "@urql/solid";
import CheckCheck from "lucide-solid/icons/check-check";
import { createMemo, createSignal, For, Show } from "solid-js";
import { errorMessage } from "../../../lib/errors";
import { graphql } from "../../../lib/graphql";
import { createInfiniteScroll } from "../../../lib/infinite-scroll";
import { listViewState } from "../../../lib/list-state";
import { isOnline } from "../../../lib/online";
import { createPageCursor, createShownConnection } from "../../../lib/pagination";
import "../../publishing/publishing.css";
import { LoadMoreButton, StaffDataView, StaffPage } from "../../publishing/staff-view";
import { dueTone, remainingText } from "./deadline-text";
import "./letters-staff.css";
import { STAFF_LETTERS, staffLetterPath } from "./paths";
import { lettersStaffStrings, REMINDER_CLOCK_LABELS, REMINDER_KIND_LABELS, STATUS_LABELS } from "./strings";

const RemindersQuery = graphql(`
  query RemindersPage_Reminders($unreadOnly: Boolean!, $first: Int!, $after: String) {
    unreadReminderCount
    myReminders(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          day
          clocks
          readAt
          letter {
            id
            trackingCode
            subject
            status
            remainingWorkingDays
            overdue
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

const MarkReadMutation = graphql(`
  mutation RemindersPage_MarkRead($id: ID!) {
    markReminderRead(id: $id) {
      id
      readAt
    }
  }
`);

const MarkAllReadMutation = graphql(`
  mutation RemindersPage_MarkAllRead {
    markAllRemindersRead
  }
`);

const PAGE_SIZE = 30;
const strings = lettersStaffStrings.reminders;

/** /staff/letters/reminders — 催办: the signed-in user's reminders about letter deadlines. */
export default function RemindersPage() {
  const [params, setParams] = useSearchParams<{ unread?: string }>();
  const unreadOnly = () => params.unread === "1";
  const key = createMemo(() => String(unreadOnly()));
  const cursor = createPageCursor(key);
  const [result, reexecute] = createQuery({
    query: RemindersQuery,
    variables: () => ({ unreadOnly: unreadOnly(), first: PAGE_SIZE, after: cursor.after() }),
    requestPolicy: "cache-and-network",
  });
  const connection = createShownConnection(key, () => ({
    key: String(result.operation?.variables.unreadOnly ?? false),
    connection: result.data?.myReminders,
  }));
  const state = listViewState(result, () => connection()?.edges);
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const hasNextPage = () => connection()?.pageInfo.hasNextPage === true;
  const loadMore = () => cursor.advance(connection()?.pageInfo.endCursor);
  const sentinel = createInfiniteScroll({
    canLoad: () => hasNextPage() && !result.fetching && !result.error && isOnline(),
    load: loadMore,
  });

  const [markOne, markRead] = createMutation(MarkReadMutation);
  const [markAll, markAllRead] = createMutation(MarkAllReadMutation);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const busy = () => markOne.fetching || markAll.fetching;
  const unread = () => result.data?.unreadReminderCount ?? 0;

  const readOne = async (id: string) => {
    setError(null);
    setNotice(null);
    const outcome = await markRead({ id });
    if (outcome.error) setError(errorMessage(outcome.error));
  };
  const readAll = async () => {
    setError(null);
    setNotice(null);
    const outcome = await markAllRead({});
    if (outcome.error) setError(errorMessage(outcome.error));
    else setNotice(strings.markedAll(outcome.data?.markAllRemindersRead ?? 0));
  };

  return (
    <StaffPage
      title={strings.pageTitle}
      back={{ href: STAFF_LETTERS, label: lettersStaffStrings.backToInbox }}
      intro={strings.intro}
      loading={state() === "loading"}
      hasData={connection() !== undefined}
    >
      <div class="reminders-bar">
        <label class="switch">
          <input
            type="checkbox"
            checked={unreadOnly()}
            onChange={(event) => setParams({ unread: event.currentTarget.checked ? "1" : undefined })}
          />
          <span>
            {strings.unreadOnly}
            <Show when={unread() > 0}>
              <span class="badge">{lettersStaffStrings.inbox.unread(unread())}</span>
            </Show>
          </span>
        </label>
        <Show when={unread() > 0}>
          <button
            type="button"
            class="button button--secondary button--small"
            disabled={busy() || !isOnline()}
            onClick={() => void readAll()}
          >
            <CheckCheck size={18} aria-hidden="true" />
            {strings.markAllRead}
          </button>
        </Show>
      </div>
      <div class="form-status-slot" role="status">
        <Show when={notice()}>{(message) => <p class="form-success">{message()}</p>}</Show>
      </div>
      <div class="form-error-slot" role="alert">
        <Show when={error()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      </div>
      <StaffDataView
        state={state()}
        error={result.error}
        onRetry={retry}
        emptyText={unreadOnly() ? strings.emptyUnread : strings.empty}
        forbiddenText={lettersStaffStrings.forbidden}
      >
        <ul class="work-list" aria-label={strings.pageTitle}>
          <For each={connection()?.edges}>
            {(edge) => {
              const reminder = () => edge.node;
              const remaining = () => remainingText(reminder().letter);
              return (
                <li>
                  <article class="letter-row reminder" classList={{ "reminder--unread": !reminder().readAt }}>
                    <p class="work-item__badges">
                      <span class="tag" classList={{ "tag--important": reminder().kind === "OVERDUE" }}>
                        {REMINDER_KIND_LABELS[reminder().kind]}
                      </span>
                      <For each={reminder().clocks}>
                        {(clock) => <span class="tag tag--stage">{REMINDER_CLOCK_LABELS[clock]}</span>}
                      </For>
                      <span class="tag tag--stage">{reminder().readAt ? strings.read : strings.unread}</span>
                    </p>
                    <h2 class="work-item__title">
                      <A href={staffLetterPath(reminder().letter.id)}>{reminder().letter.subject}</A>
                    </h2>
                    <p class="work-item__meta">
                      <span class="letter-code">{reminder().letter.trackingCode}</span>
                      <span>{STATUS_LABELS[reminder().letter.status]}</span>
                      <span>{strings.day(reminder().day)}</span>
                      <Show when={remaining()}>
                        {(text) => (
                          <strong class="letter-due" data-tone={dueTone(reminder().letter)}>
                            {text()}
                          </strong>
                        )}
                      </Show>
                    </p>
                    <Show when={!reminder().readAt}>
                      <button
                        type="button"
                        class="button button--secondary button--small reminder__read"
                        disabled={busy() || !isOnline()}
                        aria-label={strings.markReadLabel(reminder().letter.trackingCode)}
                        onClick={() => void readOne(reminder().id)}
                      >
                        {strings.markRead}
                      </button>
                    </Show>
                  </article>
                </li>
              );
            }}
          </For>
        </ul>
        <div ref={sentinel} aria-hidden="true" />
        <LoadMoreButton hasMore={hasNextPage()} fetching={result.fetching} onLoadMore={loadMore} />
      </StaffDataView>
    </StaffPage>
  );
}

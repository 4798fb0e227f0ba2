import { A } from "@solidjs/router";
import { useClient } from "@urql/solid";
import Download from "lucide-solid/icons/download";
import Eye from "lucide-solid/icons/eye";
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js";
import { formatDateTime } from "../../../lib/dates";
import { errorMessage } from "../../../lib/errors";
import { itemPath as staffItemPath } from "../../publishing/paths";
import { beyondInspectionLine, dueTone, remainingText } from "./deadline-text";
import { isOpenStatus } from "./letter-actions";
import { attachmentHref } from "./paths";
import { FullWriterQuery, type StaffLetter } from "./staff-letter";
import {
  CHANNEL_LABELS,
  EVENT_LABELS,
  lettersStaffStrings,
  PAUSE_LABELS,
  RATING_LABELS,
  REQUEST_DETAIL_LABELS,
  REQUEST_DETAIL_VALUES,
  STATUS_LABELS,
  TYPE_LABELS,
} from "./strings";

const strings = lettersStaffStrings.letter;
const deadline = lettersStaffStrings.deadline;

function Row(props: { label: string; children: JSX.Element }) {
  return (
    <div class="details__row">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function When(props: { at: string | null | undefined; fallback?: string }) {
  return (
    <Show when={props.at} fallback={props.fallback ?? lettersStaffStrings.none}>
      {(at) => <time datetime={at()}>{formatDateTime(at())}</time>}
    </Show>
  );
}

/** 基本信息: codes, channel, type, status, who handles it. */
export function LetterSummary(props: { letter: StaffLetter }) {
  return (
    <dl class="details details--wide">
      <Row label={strings.trackingCode}>
        <span class="letter-code">{props.letter.trackingCode}</span>
      </Row>
      <Show when={props.letter.externalId}>{(id) => <Row label={strings.externalId}>{id()}</Row>}</Show>
      <Row label={strings.channel}>{CHANNEL_LABELS[props.letter.channel]}</Row>
      <Show when={props.letter.publicityItem}>
        {(item) => (
          <Row label={strings.publicityItem}>
            <A href={staffItemPath(item().id)}>{item().title}</A>
          </Row>
        )}
      </Show>
      <Row label={strings.type}>{TYPE_LABELS[props.letter.type]}</Row>
      <Row label={strings.status}>{STATUS_LABELS[props.letter.status]}</Row>
      <Row label={strings.complex}>{props.letter.complex ? strings.complexYes : strings.complexNo}</Row>
      <Row label={strings.receivedAt}>
        <When at={props.letter.receivedAt} />
      </Row>
      <Show when={props.letter.registeredAt}>
        {(at) => (
          <Row label={strings.registeredAt}>
            <When at={at()} />
          </Row>
        )}
      </Show>
      <Row label={strings.department}>{props.letter.department?.name ?? lettersStaffStrings.inbox.unassigned}</Row>
      <Row label={strings.handler}>{props.letter.handler?.displayName ?? lettersStaffStrings.inbox.unassigned}</Row>
      <Row label={strings.mayPublish}>{props.letter.mayPublish ? strings.yes : strings.no}</Row>
    </dl>
  );
}

/** 办理期限: the acknowledgement and reply clocks, working days left, pauses and the extension. */
export function LetterDeadlines(props: { letter: StaffLetter }) {
  const remaining = () => remainingText(props.letter);
  const tone = () => dueTone(props.letter);
  return (
    <section class="card" aria-labelledby="letter-deadlines">
      <h2 id="letter-deadlines" class="card__title">
        {strings.deadlines}
      </h2>
      <dl class="details details--wide">
        <Show when={props.letter.complex}>
          <Row label={strings.ackDue}>
            <When at={props.letter.ackDueAt} />
            <Show when={props.letter.acknowledgedAt}>
              {(at) => (
                <span class="letter-deadline__done">
                  {" "}
                  · {strings.acknowledgedAt} {formatDateTime(at())}
                </span>
              )}
            </Show>
            <Show when={props.letter.ackOverdue}>
              <span class="tag tag--important tag--inline">{deadline.ackOverdue}</span>
            </Show>
          </Row>
        </Show>
        <Row label={strings.replyDue}>
          <When
            at={props.letter.replyDueAt}
            fallback={props.letter.status === "PAUSED" ? strings.replyDuePaused : lettersStaffStrings.none}
          />
          <Show when={props.letter.replyOverdue}>
            <span class="tag tag--important tag--inline">{deadline.overdue}</span>
          </Show>
          <Show when={props.letter.deadlineProvisional}>
            <span class="tag tag--waiting tag--inline">{deadline.provisional}</span>
          </Show>
        </Row>
        <Show when={remaining()}>
          {(text) => (
            <Row label={strings.remaining}>
              <strong class="letter-due" data-tone={tone()}>
                {text()}
              </strong>
            </Row>
          )}
        </Show>
        <Row label={strings.replyDays}>
          {strings.replyDaysValue(props.letter.replyDays, props.letter.extensionDays)}
        </Row>
        <Show when={isOpenStatus(props.letter.status)}>
          <Row label={strings.age}>
            <span classList={{ "letter-age--beyond": beyondInspectionLine(props.letter.ageDays) }}>
              {strings.ageValue(props.letter.ageDays)}
            </span>
          </Row>
        </Show>
      </dl>
      <Show when={props.letter.deadlineProvisional}>
        <p class="inline-note">{deadline.provisionalNote}</p>
      </Show>
      <Show when={props.letter.pauses.length > 0}>
        <h3 class="letter-subheading">{strings.pauses}</h3>
        <ul class="letter-pauses">
          <For each={props.letter.pauses}>
            {(pause) => (
              <li>
                <strong>{PAUSE_LABELS[pause.kind]}</strong>{" "}
                {strings.pauseRange(
                  formatDateTime(pause.startedAt),
                  pause.endedAt ? formatDateTime(pause.endedAt) : null,
                )}
                <Show when={pause.note}>{(note) => <p class="letter-note">{note()}</p>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

type Writer = StaffLetter["writer"];

/**
 * 来信人: masked by default. The assigned handler, the head of the letter's department and admins
 * may ask for the full values; the server records every such read in the audit log, so they are
 * fetched only on that request, and the page says the view was recorded.
 */
export function LetterWriterCard(props: { letter: StaffLetter }) {
  const client = useClient();
  const [full, setFull] = createSignal<Writer | null>(null);
  const [loading, setLoading] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const writer = () => full() ?? props.letter.writer;
  // Another letter on the same page component: its writer starts masked again.
  createEffect(
    on(
      () => props.letter.id,
      () => setFull(null),
      { defer: true },
    ),
  );

  const reveal = async () => {
    setLoading(true);
    setError(null);
    try {
      const result = await client
        .query(FullWriterQuery, { id: props.letter.id }, { requestPolicy: "network-only" })
        .toPromise();
      if (result.error || !result.data) setError(result.error ? errorMessage(result.error) : null);
      else setFull(result.data.staffLetter.writer);
    } finally {
      setLoading(false);
    }
  };

  const details = (): Array<[string, string]> => {
    const json = writer().requestDetailsJson;
    if (!json) return [];
    try {
      const parsed = JSON.parse(json) as Record<string, unknown>;
      return Object.entries(parsed)
        .filter(([, value]) => value !== null && value !== "")
        .map(([key, value]): [string, string] => {
          const text = typeof value === "string" ? value : JSON.stringify(value);
          return [REQUEST_DETAIL_LABELS[key] ?? key, REQUEST_DETAIL_VALUES[text] ?? text];
        });
    } catch {
      return [];
    }
  };

  return (
    <section class="card" aria-labelledby="letter-writer">
      <h2 id="letter-writer" class="card__title">
        {strings.writer}
      </h2>
      <Show when={!writer().erased} fallback={<p class="inline-note">{strings.erased}</p>}>
        <dl class="details details--wide">
          <Row label={strings.writerName}>{writer().name ?? lettersStaffStrings.none}</Row>
          <Row label={strings.writerPhone}>{writer().phone ?? lettersStaffStrings.none}</Row>
          <Row label={strings.writerEmail}>{writer().email ?? lettersStaffStrings.none}</Row>
        </dl>
        <Show when={details().length > 0}>
          <h3 class="letter-subheading">{strings.requestDetails}</h3>
          <dl class="details details--wide">
            <For each={details()}>{([key, value]) => <Row label={key}>{value}</Row>}</For>
          </dl>
        </Show>
        <Show
          when={full()}
          fallback={
            <>
              <p class="inline-note">{strings.masked}</p>
              <Show when={props.letter.mayViewFullWriter}>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  disabled={loading()}
                  onClick={() => void reveal()}
                >
                  <Eye size={18} aria-hidden="true" />
                  {loading() ? strings.showingFull : strings.showFull}
                </button>
              </Show>
            </>
          }
        >
          <p class="notice letter-audit-note" role="status">
            {strings.fullRecorded}
          </p>
          <button type="button" class="button button--quiet button--small" onClick={() => setFull(null)}>
            {strings.hideFull}
          </button>
        </Show>
        <div role="alert" class="form-error-slot">
          <Show when={error()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        </div>
      </Show>
    </section>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 来信内容 and 附件 (downloads go straight to the server, which checks who may read them). */
export function LetterBody(props: { letter: StaffLetter }) {
  return (
    <section class="card" aria-labelledby="letter-body">
      <h2 id="letter-body" class="card__title">
        {strings.body}
      </h2>
      <p class="letter-text">{props.letter.body}</p>
      <h3 class="letter-subheading">{strings.attachments}</h3>
      <Show when={props.letter.attachments.length > 0} fallback={<p class="inline-note">{strings.noAttachments}</p>}>
        <ul class="file-list">
          <For each={props.letter.attachments}>
            {(file) => (
              <li class="file-list__item">
                {/* `download` and rel=external: a real download, not a route the app's router handles. */}
                <a
                  href={attachmentHref(file.id)}
                  download={file.originalName}
                  rel="external"
                  class="file-list__name"
                  aria-label={strings.download(file.originalName)}
                >
                  <Download size={18} aria-hidden="true" /> {file.originalName}
                </a>
                <span class="file-list__meta">{fileSize(file.size)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

/** 答复: the draft (who wrote it, whether approved) and, once sent, the reply and its rating. */
export function LetterReplyCard(props: { letter: StaffLetter }) {
  return (
    <section class="card" aria-labelledby="letter-reply">
      <h2 id="letter-reply" class="card__title">
        {strings.reply}
      </h2>
      <Show
        when={props.letter.replyText}
        fallback={
          <Show when={props.letter.replyDraft} fallback={<p class="inline-note">{strings.noDraft}</p>}>
            {(draft) => (
              <>
                <h3 class="letter-subheading">{strings.draft}</h3>
                <Show when={props.letter.replyDraftedAt}>
                  {(at) => (
                    <p class="inline-note">
                      {strings.draftedBy(
                        props.letter.replyDraftedBy?.displayName ?? lettersStaffStrings.unknownPerson,
                        formatDateTime(at()),
                      )}
                    </p>
                  )}
                </Show>
                <p class="letter-text letter-text--draft">{draft()}</p>
                <Show when={props.letter.status === "REPLY_IN_REVIEW"}>
                  <p class="notice">
                    <Show when={props.letter.replyApprovedBy} fallback={strings.awaitingApproval}>
                      {(head) => strings.approvedBy(head().displayName)}
                    </Show>
                  </p>
                </Show>
              </>
            )}
          </Show>
        }
      >
        {(text) => (
          <>
            <h3 class="letter-subheading">{strings.sentReply}</h3>
            <Show when={props.letter.repliedAt}>
              {(at) => <p class="inline-note">{strings.repliedAt(formatDateTime(at()))}</p>}
            </Show>
            <p class="letter-text">{text()}</p>
            <Show when={props.letter.rating}>
              {(rating) => (
                <p>
                  <strong>{strings.rating}：</strong>
                  {RATING_LABELS[rating()]}
                  <Show when={props.letter.ratingComment}>{(comment) => <>（{comment()}）</>}</Show>
                </p>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

/** 办理记录: every event, oldest first — who, when, what, status before → after, notes. */
export function LetterTimeline(props: { letter: StaffLetter }) {
  return (
    <section class="card" aria-labelledby="letter-timeline">
      <h2 id="letter-timeline" class="card__title">
        {strings.timeline}
      </h2>
      <p class="card__intro">{strings.timelineIntro}</p>
      <ol class="letter-timeline">
        <For each={props.letter.events}>
          {(event) => (
            <li class="letter-timeline__event">
              <p class="letter-timeline__head">
                <strong>{EVENT_LABELS[event.action] ?? event.action}</strong>
                <Show when={event.public}>
                  <span class="tag tag--stage tag--inline">{strings.publicEvent}</span>
                </Show>
              </p>
              <p class="work-item__meta">
                <time datetime={event.at}>{formatDateTime(event.at)}</time>
                <span>{event.actor?.displayName ?? lettersStaffStrings.system}</span>
                <Show when={event.fromStatus !== event.toStatus && event.toStatus}>
                  {(to) => (
                    <span>
                      {event.fromStatus
                        ? strings.statusChange(STATUS_LABELS[event.fromStatus], STATUS_LABELS[to()])
                        : STATUS_LABELS[to()]}
                    </span>
                  )}
                </Show>
              </p>
              <Show when={event.note}>{(note) => <p class="letter-note">{note()}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { formatDate } from "../../../lib/dates";
import { type FragmentOf, graphql, readFragment } from "../../../lib/graphql";
import { dueTone, remainingText } from "./deadline-text";
import { staffLetterPath } from "./paths";
import { CHANNEL_LABELS, lettersStaffStrings, STATUS_LABELS, TYPE_LABELS } from "./strings";

export const LetterRow_LetterFragment = graphql(`
  fragment LetterRow_Letter on Letter {
    id
    trackingCode
    channel
    type
    status
    subject
    complex
    receivedAt
    replyDueAt
    remainingWorkingDays
    deadlineProvisional
    overdue
    ackOverdue
    writer {
      name
      masked
      erased
    }
    department {
      id
      name
    }
    handler {
      id
      displayName
    }
  }
`);

const strings = lettersStaffStrings.inbox;
const deadline = lettersStaffStrings.deadline;

/** One letter in the inbox: what it is, from whom (masked), where it stands and how long is left. */
export function LetterRow(props: { letter: FragmentOf<typeof LetterRow_LetterFragment> }) {
  const letter = () => readFragment(LetterRow_LetterFragment, props.letter);
  const tone = () => dueTone(letter());
  const remaining = () => remainingText(letter());

  return (
    <article class="letter-row" data-tone={tone()}>
      <p class="work-item__badges">
        <span class="tag">{TYPE_LABELS[letter().type]}</span>
        <span class="tag tag--stage">{STATUS_LABELS[letter().status]}</span>
        <Show when={letter().complex}>
          <span class="tag tag--stage">{strings.complex}</span>
        </Show>
        <Show when={letter().overdue}>
          <span class="tag tag--important">{letter().ackOverdue ? deadline.ackOverdue : deadline.overdue}</span>
        </Show>
      </p>
      <h3 class="work-item__title">
        <A href={staffLetterPath(letter().id)}>{letter().subject}</A>
      </h3>
      <p class="work-item__meta">
        <span class="letter-code">{letter().trackingCode}</span>
        <span>{CHANNEL_LABELS[letter().channel]}</span>
        <span>
          {strings.writer}：{letter().writer.name ?? lettersStaffStrings.none}
        </span>
        <span>
          {strings.received} <time datetime={letter().receivedAt}>{formatDate(letter().receivedAt)}</time>
        </span>
      </p>
      <p class="work-item__meta">
        <span>
          {strings.handler}：
          <Show when={letter().department} fallback={strings.unassigned}>
            {(department) => (
              <>
                {department().name}
                <Show when={letter().handler}>{(handler) => <> · {handler().displayName}</>}</Show>
              </>
            )}
          </Show>
        </span>
      </p>
      <Show when={remaining()}>
        {(text) => (
          <p class="letter-row__due">
            <span class="work-item__label">{strings.dueLabel}：</span>
            <Show when={letter().replyDueAt}>
              {(at) => (
                <>
                  <time datetime={at()}>{formatDate(at())}</time>{" "}
                </>
              )}
            </Show>
            <strong class="letter-due" data-tone={tone()}>
              {text()}
            </strong>
            <Show when={letter().deadlineProvisional}>
              <span class="tag tag--waiting tag--inline" title={deadline.provisionalNote}>
                {deadline.provisional}
              </span>
            </Show>
          </p>
        )}
      </Show>
    </article>
  );
}

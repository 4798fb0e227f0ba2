import CloudOff from "lucide-solid/icons/cloud-off";
import { onMount, Show } from "solid-js";
import { isOnline } from "../../lib/online";
import type { OutboxEntry, SendPhase } from "./outbox";
import { flushLetterOutbox } from "./outbox-runner";
import { lettersStrings } from "./strings";

const strings = lettersStrings.outbox;

/** Rate limited: the outbox tries again by itself at retryAt. */
const limited = (entry: OutboxEntry | undefined) =>
  entry?.retryAt !== null && entry?.retryAt !== undefined && entry.retryAt > Date.now();

/** Where a submitted letter stands, in words: queued offline, uploading, verifying, sending, retrying. */
export function sendStatusText(entry: OutboxEntry | undefined, phase: SendPhase | undefined, online: boolean): string {
  if (phase) {
    switch (phase.phase) {
      case "uploading":
        return strings.uploading(phase.done + 1, phase.total);
      case "verifying":
        return strings.verifying;
      case "waiting":
        return strings.waiting;
      case "sending":
        return strings.sending;
    }
  }
  if (!online) return strings.queued;
  if (entry?.retryAt && limited(entry)) {
    return strings.rateLimited(Math.max(1, Math.ceil((entry.retryAt - Date.now()) / 60_000)));
  }
  if (entry?.lastProblem) return strings.retryLater;
  return strings.queuedOnline;
}

/**
 * The letter the writer just submitted, until it is sent: a live region (polite) says what is
 * happening, so a screen reader hears 已保存，联网后自动发送 and then the receipt's heading.
 */
export function SendStatus(props: { entry: OutboxEntry | undefined; phase: SendPhase | undefined; focus?: boolean }) {
  let panel: HTMLDivElement | undefined;
  // Shown instead of the form the writer just submitted: focus would otherwise fall to the page.
  onMount(() => {
    if (props.focus) panel?.focus();
  });
  return (
    <div class="send-status card" tabindex={props.focus ? -1 : undefined} ref={panel}>
      <p role="status" class="send-status__text">
        <Show when={!isOnline()}>
          <CloudOff size={22} aria-hidden="true" />
        </Show>
        <span>{sendStatusText(props.entry, props.phase, isOnline())}</span>
      </p>
      <Show when={!isOnline()}>
        <p class="field__hint">{strings.savedOffline}</p>
      </Show>
      <Show when={isOnline() && !props.phase && !limited(props.entry) && props.entry?.lastProblem}>
        {(problem) => (
          <>
            <p class="field__hint">{problem()}</p>
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => void flushLetterOutbox()}
            >
              {strings.retryNow}
            </button>
          </>
        )}
      </Show>
    </div>
  );
}

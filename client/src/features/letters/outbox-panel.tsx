import { createSignal, For, Show } from "solid-js";
import { isOnline } from "../../lib/online";
import type { OutboxEntry } from "./outbox";
import { discardEntry, outboxEntries, outboxPhase } from "./outbox-runner";
import { Receipt } from "./receipt";
import { sendStatusText } from "./send-status";
import { lettersStrings } from "./strings";

const strings = lettersStrings.outbox;

/**
 * Letters on this phone that are not on the page's own form: waiting to be sent, or sent with a
 * receipt the writer has not saved yet (a letter written offline and sent later). Empty: nothing.
 */
export function OutboxPanel(props: {
  exclude?: string | undefined;
  /** Only these (default: every letter). */
  related?: ((entry: OutboxEntry) => boolean) | undefined;
}) {
  const shown = () =>
    outboxEntries()
      .filter((entry) => entry.id !== props.exclude && (entry.status === "queued" || entry.status === "sent"))
      .filter((entry) => props.related?.(entry) ?? true)
      .sort((a, b) => (b.submittedAt ?? 0) - (a.submittedAt ?? 0));
  return (
    <Show when={shown().length > 0}>
      <section class="outbox-panel card" aria-labelledby="outbox-panel-title">
        <h2 id="outbox-panel-title" class="card__title">
          {strings.heading}
        </h2>
        <ul class="outbox-panel__list" aria-live="polite">
          <For each={shown()}>{(entry) => <OutboxRow entry={entry} />}</For>
        </ul>
      </section>
    </Show>
  );
}

function OutboxRow(props: { entry: OutboxEntry }) {
  const [open, setOpen] = createSignal(false);
  const subject = () => props.entry.subject || strings.untitled;
  return (
    <li class="outbox-row">
      <Show
        when={props.entry.status === "sent" && props.entry.receipt}
        fallback={
          <>
            <p class="outbox-row__subject">{subject()}</p>
            <p class="outbox-row__state">{sendStatusText(props.entry, outboxPhase(props.entry.id), isOnline())}</p>
            <button
              type="button"
              class="button button--danger button--small"
              onClick={() => {
                if (window.confirm(strings.discardConfirm)) void discardEntry(props.entry.id);
              }}
            >
              {strings.discard}
            </button>
          </>
        }
      >
        {(receipt) => (
          <>
            <p class="outbox-row__subject">{subject()}</p>
            <p class="outbox-row__state outbox-row__state--sent">{strings.sent}</p>
            <Show
              when={open()}
              fallback={
                <>
                  <p class="field__hint">{strings.sentHint}</p>
                  <button type="button" class="button button--small" onClick={() => setOpen(true)}>
                    {strings.showReceipt}
                  </button>
                </>
              }
            >
              <Receipt
                receipt={receipt()}
                subject={props.entry.subject}
                type={props.entry.letterType ?? "CONSULTATION"}
                onDone={() => void discardEntry(props.entry.id)}
              />
            </Show>
          </>
        )}
      </Show>
    </li>
  );
}

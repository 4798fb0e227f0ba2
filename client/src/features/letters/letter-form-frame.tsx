import { type JSX, Match, Show, Switch } from "solid-js";
import { SkeletonList } from "../../lib/data-states";
import { isOnline } from "../../lib/online";
import type { LetterChallengeState } from "./challenge-state";
import { ChallengeStatus } from "./challenge-status";
import { Honeypot } from "./form-controls";
import type { DraftControls } from "./letter-draft";
import type { OutboxEntry } from "./outbox";
import { OutboxPanel } from "./outbox-panel";
import { PrivacyNotice } from "./privacy-notice";
import { Receipt } from "./receipt";
import { SendStatus } from "./send-status";
import { lettersStrings } from "./strings";

const strings = lettersStrings.form;

/**
 * What the forms share around their own fields: the other letters in the outbox, the form
 * while it is being written, the letter waiting to be sent, and the receipt once it is.
 * `related` narrows the other letters shown (a publicity page shows only its own comments);
 * `receiptHeading` names what was sent.
 */
export function DraftFrame(props: {
  draft: DraftControls;
  children: JSX.Element;
  related?: (entry: OutboxEntry) => boolean;
  receiptHeading?: string;
}) {
  const receipt = () => {
    const entry = props.draft.entry();
    return entry.status === "sent" ? entry.receipt : null;
  };
  return (
    <>
      <OutboxPanel exclude={props.draft.entry().id} related={props.related} />
      <Switch>
        <Match when={props.draft.stage() === "loading"}>
          <SkeletonList count={2} />
        </Match>
        <Match when={props.draft.stage() === "sent" && receipt()}>
          {(current) => (
            <Receipt
              receipt={current()}
              subject={props.draft.entry().subject}
              type={props.draft.entry().letterType ?? "CONSULTATION"}
              heading={props.receiptHeading}
              onDone={() => void props.draft.startOver()}
            />
          )}
        </Match>
        <Match when={props.draft.stage() === "queued"}>
          <SendStatus entry={props.draft.entry()} phase={props.draft.phase()} focus />
          <button type="button" class="button button--secondary" onClick={() => props.draft.startNew()}>
            {lettersStrings.receipt.another}
          </button>
        </Match>
        <Match when={true}>{props.children}</Match>
      </Switch>
    </>
  );
}

/** The end of both forms: privacy, honeypot, proof of work, errors, submit and its progress. */
export function FormFooter(props: {
  draft: DraftControls;
  challenge: LetterChallengeState;
  submitLabel: string;
  website: string;
  onWebsite: (value: string) => void;
  privacyId: string;
}) {
  const submitting = () => props.draft.stage() === "submitting";
  return (
    <>
      <PrivacyNotice id={props.privacyId} />
      <Honeypot value={props.website} onInput={props.onWebsite} />
      <ChallengeStatus state={props.challenge} />
      <div role="alert" class="form-error-slot">
        <Show when={props.draft.formError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        <Show when={props.draft.attempt() > 0 && props.draft.errorCount() > 0}>
          <p class="form-error">{strings.errorSummary(props.draft.errorCount())}</p>
        </Show>
      </div>
      <Show when={!isOnline()}>
        <p class="inline-note inline-note--offline">{strings.offlineNote}</p>
      </Show>
      <button type="submit" class="button button--block" disabled={submitting()}>
        {submitting() ? strings.submitting : isOnline() ? props.submitLabel : strings.submitOffline}
      </button>
      <Show when={submitting()}>
        <SendStatus entry={props.draft.entry()} phase={props.draft.phase()} />
      </Show>
      <Show when={props.draft.restored()}>
        <button
          type="button"
          class="button button--quiet button--small letters-clear"
          onClick={() => {
            if (window.confirm(strings.clearDraftConfirm)) void props.draft.startOver();
          }}
        >
          {strings.clearDraft}
        </button>
      </Show>
    </>
  );
}

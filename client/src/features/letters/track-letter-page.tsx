import { useSearchParams } from "@solidjs/router";
import { createSignal, createUniqueId, For, type JSX, onMount, Show } from "solid-js";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { ACCESS_CODE_LENGTH, formatCode, normaliseCode, TRACKING_CODE_LENGTH } from "./codes";
import { deviceId } from "./device";
import { FieldError } from "./form-controls";
import { LetterStatusQuery, privateClient, requestFailure } from "./letters-api";
import "./letters.css";
import { commonStrings } from "../../lib/strings";
import { listMyLetters, type MyLetter } from "./my-letters";
import { outboxEntries, refreshOutbox } from "./outbox-runner";
import { lettersStrings } from "./strings";
import { type TrackedLetter, TrackingResult } from "./tracking-result";

const strings = lettersStrings.track;

type CodeField = "trackingCode" | "accessCode";

/** /letters/track — the writer opens a letter with its two codes: status, timeline, reply, rating. */
export default function TrackLetterPage() {
  const [params] = useSearchParams<{ code?: string }>();
  const id = createUniqueId();
  const ids = { trackingCode: `${id}-tracking`, accessCode: `${id}-access` };
  const [trackingCode, setTrackingCode] = createSignal(params.code ?? "");
  const [accessCode, setAccessCode] = createSignal("");
  const [errors, setErrors] = createSignal<Partial<Record<CodeField, string>>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [letter, setLetter] = createSignal<{
    codes: { trackingCode: string; accessCode: string };
    letter: TrackedLetter;
  } | null>(null);
  const [mine, setMine] = createSignal<MyLetter[]>([]);
  const fields: Partial<Record<CodeField, HTMLInputElement>> = {};

  /** A code this phone keeps: in 我的来信 when the writer asked, or on a receipt not yet saved. */
  const knownAccessCode = (code: string): string | null => {
    const normalised = normaliseCode(code, TRACKING_CODE_LENGTH);
    if (!normalised) return null;
    const sameCode = (other: string) => normaliseCode(other, TRACKING_CODE_LENGTH) === normalised;
    const remembered = mine().find((entry) => sameCode(entry.trackingCode))?.accessCode;
    if (remembered) return remembered;
    const receipt = outboxEntries().find((entry) => entry.receipt && sameCode(entry.receipt.trackingCode))?.receipt;
    return receipt?.accessCode ?? null;
  };

  const choose = (entry: Pick<MyLetter, "trackingCode">) => {
    setTrackingCode(entry.trackingCode);
    setAccessCode(knownAccessCode(entry.trackingCode) ?? "");
    setErrors({});
    (accessCode() ? fields.trackingCode : fields.accessCode)?.focus();
  };

  onMount(async () => {
    const [letters] = await Promise.all([listMyLetters(), refreshOutbox()]);
    setMine(letters);
    const code = params.code;
    if (code && !accessCode()) setAccessCode(knownAccessCode(code) ?? "");
  });

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    if (busy()) return;
    setFormError(null);
    const tracking = normaliseCode(trackingCode(), TRACKING_CODE_LENGTH);
    const access = normaliseCode(accessCode(), ACCESS_CODE_LENGTH);
    const found: Partial<Record<CodeField, string>> = {};
    if (!trackingCode().trim()) found.trackingCode = lettersStrings.validation.required(strings.trackingCode);
    else if (!tracking) found.trackingCode = strings.trackingCodeInvalid;
    if (!accessCode().trim()) found.accessCode = lettersStrings.validation.required(strings.accessCode);
    else if (!access) found.accessCode = strings.accessCodeInvalid;
    setErrors(found);
    if (!tracking || !access) {
      (found.trackingCode ? fields.trackingCode : fields.accessCode)?.focus();
      return;
    }
    if (!isOnline()) {
      setFormError(strings.offline);
      return;
    }
    setBusy(true);
    const result = await privateClient
      .query(LetterStatusQuery, { trackingCode: tracking, accessCode: access, deviceId: deviceId() })
      .toPromise();
    setBusy(false);
    if (result.error) {
      const failure = requestFailure(result.error);
      setFormError(
        failure.kind === "rate-limited"
          ? strings.rateLimited(Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)))
          : failure.kind === "network"
            ? strings.offline
            : failure.message,
      );
      return;
    }
    const payload = result.data?.letterStatus;
    if (payload?.letter) {
      setLetter({ codes: { trackingCode: tracking, accessCode: access }, letter: payload.letter });
    } else {
      setFormError(payload?.error?.message ?? commonStrings.errors.unknown);
    }
  };

  const describedBy = (field: CodeField) =>
    [errors()[field] ? `${ids[field]}-error` : "", `${ids[field]}-hint`].filter(Boolean).join(" ");

  return (
    <section class="page letters-page">
      <PageHeading>{strings.pageTitle}</PageHeading>
      <Show
        when={letter()}
        fallback={
          <>
            <p class="page-intro">{strings.intro}</p>
            <Show when={mine().length > 0}>
              <nav class="my-letters-picker" aria-label={strings.fromMine}>
                <p class="field__label">{strings.fromMine}</p>
                <ul class="chip-list">
                  <For each={mine()}>
                    {(entry) => (
                      <li>
                        <button type="button" class="chip" onClick={() => choose(entry)}>
                          <span class="letters-code">{formatCode(entry.trackingCode.replace(/-/g, ""))}</span>
                          <span class="visually-hidden">，</span>
                          <span class="chip__count">{entry.subject}</span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </nav>
            </Show>
            <form class="form card" noValidate onSubmit={onSubmit} aria-busy={busy()}>
              <div class="field">
                <label class="field__label" for={ids.trackingCode}>
                  {strings.trackingCode}
                </label>
                <p id={`${ids.trackingCode}-hint`} class="field__hint">
                  {strings.trackingCodeHint}
                </p>
                <input
                  id={ids.trackingCode}
                  ref={(element) => {
                    fields.trackingCode = element;
                  }}
                  class="field__input letters-code-input"
                  name="trackingCode"
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck={false}
                  required
                  value={trackingCode()}
                  onInput={(event) => setTrackingCode(event.currentTarget.value)}
                  aria-invalid={errors().trackingCode ? "true" : undefined}
                  aria-describedby={describedBy("trackingCode")}
                />
                <FieldError id={ids.trackingCode} message={errors().trackingCode} />
              </div>
              <div class="field">
                <label class="field__label" for={ids.accessCode}>
                  {strings.accessCode}
                </label>
                <p id={`${ids.accessCode}-hint`} class="field__hint">
                  {strings.accessCodeHint}
                </p>
                <textarea
                  id={ids.accessCode}
                  ref={(element) => {
                    fields.accessCode = element as unknown as HTMLInputElement;
                  }}
                  class="field__input letters-code-input"
                  name="accessCode"
                  rows={2}
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck={false}
                  required
                  value={accessCode()}
                  onInput={(event) => setAccessCode(event.currentTarget.value)}
                  aria-invalid={errors().accessCode ? "true" : undefined}
                  aria-describedby={describedBy("accessCode")}
                />
                <FieldError id={ids.accessCode} message={errors().accessCode} />
              </div>
              <div role="alert" class="form-error-slot">
                <Show when={formError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
              </div>
              <button type="submit" class="button button--block" disabled={busy()}>
                {busy() ? strings.searching : strings.submit}
              </button>
            </form>
          </>
        }
      >
        {(found) => (
          <>
            <TrackingResult
              letter={found().letter}
              codes={found().codes}
              onUpdate={(updated) => setLetter({ codes: found().codes, letter: updated })}
            />
            <button type="button" class="button button--secondary" onClick={() => setLetter(null)}>
              {strings.anotherLetter}
            </button>
          </>
        )}
      </Show>
    </section>
  );
}

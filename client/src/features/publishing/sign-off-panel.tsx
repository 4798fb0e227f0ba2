import { createSignal, createUniqueId, For, Show } from "solid-js";
import { publishingStrings } from "./strings";
import { type SignOffStep, signOffLabel } from "./workflow-actions";

export type Checklist = Record<keyof typeof publishingStrings.checklist, boolean>;

const CHECKLIST_KEYS = Object.keys(publishingStrings.checklist) as Array<keyof Checklist>;

/**
 * One sign-off the viewer may give now: an optional opinion, and for 保密审查 the three checks
 * the bureau's confidentiality rules require, all ticked before it can pass. 退回修改 opens the
 * page's dialog, which insists on an opinion.
 */
export function SignOffPanel(props: {
  step: SignOffStep;
  busy: boolean;
  onApprove: (opinion: string, checklist: Checklist | null) => void;
  onReject: (opinion: string) => void;
}) {
  const strings = publishingStrings.review;
  const opinionId = createUniqueId();
  const checklistErrorId = createUniqueId();
  const [opinion, setOpinion] = createSignal("");
  const [checked, setChecked] = createSignal<Checklist>({
    noStateSecrets: false,
    noPersonalData: false,
    noInternalOnly: false,
  });
  const [checklistError, setChecklistError] = createSignal(false);
  const isConfidentiality = () => props.step === "CONFIDENTIALITY_REVIEW";
  const complete = () => CHECKLIST_KEYS.every((key) => checked()[key]);
  const isApproval = () => props.step === "DEPT_APPROVAL" || props.step === "LEADER_APPROVAL";

  const approve = () => {
    if (isConfidentiality() && !complete()) {
      setChecklistError(true);
      return;
    }
    setChecklistError(false);
    props.onApprove(opinion().trim(), isConfidentiality() ? checked() : null);
  };

  return (
    <section class="card sign-off" aria-labelledby={`${opinionId}-heading`}>
      <h3 id={`${opinionId}-heading`} class="card__title">
        {signOffLabel(props.step)}
      </h3>
      <Show when={isConfidentiality()}>
        <fieldset
          class="checklist"
          aria-invalid={checklistError() ? "true" : undefined}
          aria-describedby={checklistError() ? checklistErrorId : undefined}
        >
          <legend class="field__label">{strings.checklistLegend}</legend>
          <For each={CHECKLIST_KEYS}>
            {(key) => (
              <label class="switch">
                <input
                  type="checkbox"
                  checked={checked()[key]}
                  disabled={props.busy}
                  onChange={(event) => {
                    const value = event.currentTarget.checked;
                    setChecked((previous) => ({ ...previous, [key]: value }));
                    if (complete()) setChecklistError(false);
                  }}
                />
                <span>{publishingStrings.checklist[key]}</span>
              </label>
            )}
          </For>
          <Show when={checklistError()}>
            <p id={checklistErrorId} class="form-error" role="alert">
              {strings.checklistIncomplete}
            </p>
          </Show>
        </fieldset>
      </Show>
      <div class="field">
        <label class="field__label" for={opinionId}>
          {strings.opinionOptional}
        </label>
        <textarea
          id={opinionId}
          class="field__input field__textarea"
          rows="3"
          maxLength={2000}
          value={opinion()}
          disabled={props.busy}
          onInput={(event) => setOpinion(event.currentTarget.value)}
        />
      </div>
      <div class="button-row">
        <button type="button" class="button" disabled={props.busy} onClick={approve}>
          {isApproval() ? strings.approveLeader : strings.approve}
        </button>
        <button
          type="button"
          class="button button--danger"
          disabled={props.busy}
          onClick={() => props.onReject(opinion().trim())}
        >
          {strings.reject}
        </button>
      </div>
    </section>
  );
}

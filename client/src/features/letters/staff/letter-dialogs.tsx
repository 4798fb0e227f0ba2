import { createQuery } from "@urql/solid";
import { createEffect, createSignal, createUniqueId, For, Match, on, Show, Switch } from "solid-js";
import { ActionDialog } from "../../publishing/action-dialog";
import type { createStepRunner } from "../../publishing/step-runner";
import { CHANNELS, TYPES } from "./inbox-params";
import { type LetterAction, type LetterPauseKind, MAX_EXTENSION_DAYS, pauseKindsLeft } from "./letter-actions";
import { unfilledPlaceholders } from "./reply-draft";
import {
  AcknowledgeLetterMutation,
  ApproveReplyMutation,
  AssigneesQuery,
  AssignLetterMutation,
  CloseLetterMutation,
  DepartmentsQuery,
  DraftReplyMutation,
  ExtendLetterMutation,
  PauseLetterMutation,
  ReassignLetterMutation,
  RegisterLetterMutation,
  ReplyTemplatesQuery,
  ResumeLetterMutation,
  ReturnReplyMutation,
  SendReplyMutation,
  type StaffLetter,
  SubmitReplyMutation,
} from "./staff-letter";
import { ACTION_LABELS, CHANNEL_LABELS, lettersStaffStrings, PAUSE_LABELS, TYPE_LABELS } from "./strings";

const strings = lettersStaffStrings.dialogs;

const PAUSE_KINDS: readonly LetterPauseKind[] = ["AWAITING_COMPLETION", "AWAITING_THIRD_PARTY"];

/** Steps that undo or send something back: their submit button is red. */
const DANGER: readonly LetterAction[] = ["RETURN_REPLY"];

const TITLES: Record<LetterAction, string> = {
  REGISTER: strings.register.title,
  ASSIGN: strings.assign.title,
  REASSIGN: strings.reassign.title,
  ACKNOWLEDGE: strings.acknowledge.title,
  PAUSE: strings.pause.title,
  RESUME: strings.resume.title,
  EXTEND: strings.extend.title,
  DRAFT_REPLY: strings.draft.title,
  SUBMIT_REPLY: strings.submit.title,
  APPROVE_REPLY: strings.approve.title,
  RETURN_REPLY: strings.return.title,
  SEND_REPLY: strings.send.title,
  CLOSE: strings.close.title,
};

const SUBMIT_LABELS: Partial<Record<LetterAction, string>> = {
  DRAFT_REPLY: strings.draft.save,
  APPROVE_REPLY: ACTION_LABELS.APPROVE_REPLY,
  RETURN_REPLY: ACTION_LABELS.RETURN_REPLY,
};

/**
 * The form of one step on a letter, in the shared accessible dialog (native <dialog>: focus is
 * trapped, Esc closes, focus returns to the button). Checks what the client can (required fields),
 * then runs the step; the server's refusal stays in the dialog next to the fields. On success the
 * dialog closes and the page shows the letter the step returned.
 */
export function LetterStepDialog(props: {
  action: LetterAction | null;
  letter: StaffLetter;
  steps: ReturnType<typeof createStepRunner>;
  onDone: (action: LetterAction) => void;
  onClose: () => void;
}) {
  const [error, setError] = createSignal<string | null>(null);
  const [department, setDepartment] = createSignal<string>("");
  const [handler, setHandler] = createSignal<string>("");
  const [draft, setDraft] = createSignal("");
  const [template, setTemplate] = createSignal("");
  const ids = {
    channel: createUniqueId(),
    type: createUniqueId(),
    department: createUniqueId(),
    handler: createUniqueId(),
    reason: createUniqueId(),
    note: createUniqueId(),
    days: createUniqueId(),
    template: createUniqueId(),
    text: createUniqueId(),
  };
  const action = () => props.action;
  const kindsLeft = () => pauseKindsLeft({ pauseKinds: props.letter.pauses.map((pause) => pause.kind) });
  const needsPickers = () => ["REGISTER", "ASSIGN", "REASSIGN"].includes(action() ?? "");

  // Each time a dialog opens it starts from the letter as it is now.
  createEffect(
    on(action, () => {
      setError(null);
      setDepartment(props.letter.department?.id ?? "");
      setHandler("");
      setDraft(props.letter.replyDraft ?? "");
      setTemplate("");
    }),
  );

  const [departments] = createQuery({
    query: DepartmentsQuery,
    pause: () => !needsPickers(),
    requestPolicy: "cache-first",
  });
  const [assignees] = createQuery({
    query: AssigneesQuery,
    variables: () => ({ departmentId: department() || null }),
    pause: () => !(action() === "ASSIGN" || action() === "REASSIGN") || department() === "",
    requestPolicy: "cache-and-network",
  });
  const [templates] = createQuery({
    query: ReplyTemplatesQuery,
    variables: () => ({ type: props.letter.type, letterId: props.letter.id }),
    pause: () => action() !== "DRAFT_REPLY",
    requestPolicy: "cache-and-network",
  });

  const insertTemplate = () => {
    const chosen = templates.data?.replyTemplates.find((t) => t.key === template());
    if (chosen) setDraft(chosen.body);
  };

  const letterId = () => props.letter.id;
  const run = async (step: Promise<{ message: string } | null>) => {
    const refusal = await step;
    const current = action();
    if (refusal) setError(refusal.message);
    else if (current) props.onDone(current);
  };

  const submit = (form: HTMLFormElement) => {
    const current = action();
    if (!current) return;
    setError(null);
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const optional = (name: string) => text(name) || null;
    const steps = props.steps;
    switch (current) {
      case "REGISTER": {
        const type = TYPES.find((t) => t === text("type"));
        if (!type) return;
        const channel = CHANNELS.find((c) => c === text("channel")) ?? null;
        return void run(
          steps.run(
            RegisterLetterMutation,
            {
              letterId: letterId(),
              input: { type, channel, complex: data.get("complex") === "on", departmentId: optional("department") },
            },
            "registerLetter",
          ),
        );
      }
      case "ASSIGN":
        if (!department() || !handler()) return setError(strings.assign.required);
        return void run(
          steps.run(
            AssignLetterMutation,
            { letterId: letterId(), departmentId: department(), handlerId: handler() },
            "assignLetter",
          ),
        );
      case "REASSIGN": {
        const reason = text("reason");
        if (!department()) return setError(strings.assign.required);
        if (props.letter.status !== "REGISTERED" && !handler()) return setError(strings.reassign.handlerRequired);
        if (!reason) return setError(strings.reassign.reasonRequired);
        return void run(
          steps.run(
            ReassignLetterMutation,
            { letterId: letterId(), departmentId: department(), handlerId: handler() || null, reason },
            "reassignLetter",
          ),
        );
      }
      case "ACKNOWLEDGE":
        return void run(
          steps.run(AcknowledgeLetterMutation, { letterId: letterId(), note: optional("note") }, "acknowledgeLetter"),
        );
      case "PAUSE": {
        const kind = text("kind") as LetterPauseKind;
        const note = text("note");
        if (!note) return setError(strings.pause.noteRequired);
        return void run(steps.run(PauseLetterMutation, { letterId: letterId(), kind, note }, "pauseLetter"));
      }
      case "RESUME":
        return void run(
          steps.run(ResumeLetterMutation, { letterId: letterId(), note: optional("note") }, "resumeLetter"),
        );
      case "EXTEND": {
        const days = Number(text("days"));
        const reason = text("reason");
        if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS)
          return setError(strings.extend.daysInvalid);
        if (!reason) return setError(strings.extend.reasonRequired);
        return void run(
          steps.run(ExtendLetterMutation, { letterId: letterId(), days, reason }, "extendLetterDeadline"),
        );
      }
      case "DRAFT_REPLY": {
        const reply = draft().trim();
        if (!reply) return setError(strings.draft.textRequired);
        return void run(steps.run(DraftReplyMutation, { letterId: letterId(), text: reply }, "draftLetterReply"));
      }
      case "SUBMIT_REPLY":
        if (!props.letter.replyDraft?.trim()) return setError(strings.submit.empty);
        if (unfilledPlaceholders(props.letter.replyDraft).length > 0) return setError(strings.submit.placeholders);
        return void run(steps.run(SubmitReplyMutation, { letterId: letterId() }, "submitLetterReply"));
      case "APPROVE_REPLY":
        return void run(
          steps.run(ApproveReplyMutation, { letterId: letterId(), opinion: optional("opinion") }, "approveLetterReply"),
        );
      case "RETURN_REPLY": {
        const opinion = text("opinion");
        if (!opinion) return setError(strings.return.opinionRequired);
        return void run(steps.run(ReturnReplyMutation, { letterId: letterId(), opinion }, "returnLetterReply"));
      }
      case "SEND_REPLY":
        return void run(steps.run(SendReplyMutation, { letterId: letterId() }, "sendLetterReply"));
      case "CLOSE":
        return void run(
          steps.run(CloseLetterMutation, { letterId: letterId(), note: optional("note") }, "closeLetter"),
        );
    }
  };

  const title = () => {
    const current = action();
    return current ? TITLES[current] : "";
  };

  const departmentPicker = (label: string, optionalNone?: string) => (
    <div class="field">
      <label class="field__label" for={ids.department}>
        {label}
      </label>
      <select
        id={ids.department}
        name="department"
        class="field__input"
        onChange={(event) => {
          setDepartment(event.currentTarget.value);
          setHandler("");
        }}
      >
        <option value="" selected={department() === ""}>
          {optionalNone ?? strings.assign.chooseDepartment}
        </option>
        <For each={departments.data?.letterDepartments}>
          {(d) => (
            <option value={d.id} selected={department() === d.id}>
              {d.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );

  const handlerPicker = (label: string, noneLabel: string) => (
    <div class="field">
      <label class="field__label" for={ids.handler}>
        {label}
      </label>
      <select
        id={ids.handler}
        name="handler"
        class="field__input"
        disabled={department() === ""}
        onChange={(event) => setHandler(event.currentTarget.value)}
      >
        <option value="" selected={handler() === ""}>
          {noneLabel}
        </option>
        <For each={assignees.data?.letterAssignees}>
          {(user) => (
            <option value={user.id} selected={handler() === user.id}>
              {user.displayName}
            </option>
          )}
        </For>
      </select>
      <Show when={department() !== "" && assignees.fetching && !assignees.data}>
        <p class="field__hint">{strings.assign.loadingHandlers}</p>
      </Show>
      <Show when={department() !== "" && assignees.data?.letterAssignees.length === 0}>
        <p class="field__hint">{strings.assign.noHandlers}</p>
      </Show>
    </div>
  );

  return (
    <ActionDialog
      open={action() !== null}
      title={title()}
      submitLabel={(action() && SUBMIT_LABELS[action() as LetterAction]) || title()}
      danger={DANGER.includes(action() as LetterAction)}
      busy={props.steps.busy()}
      error={error()}
      onSubmit={submit}
      onClose={() => props.onClose()}
    >
      <Switch>
        <Match when={action() === "REGISTER"}>
          <p class="card__intro">{strings.register.intro}</p>
          <div class="field">
            <label class="field__label" for={ids.channel}>
              {strings.register.channel}
            </label>
            <select id={ids.channel} name="channel" class="field__input">
              <For each={CHANNELS}>
                {(channel) => (
                  <option value={channel} selected={props.letter.channel === channel}>
                    {CHANNEL_LABELS[channel]}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.type}>
              {strings.register.type}
            </label>
            <select id={ids.type} name="type" class="field__input">
              <For each={TYPES}>
                {(type) => (
                  <option value={type} selected={props.letter.type === type}>
                    {TYPE_LABELS[type]}
                  </option>
                )}
              </For>
            </select>
          </div>
          <label class="switch switch--top">
            <input type="checkbox" name="complex" checked={props.letter.complex} />
            <span>{strings.register.complex}</span>
          </label>
          {departmentPicker(strings.register.department, strings.register.departmentNone)}
        </Match>
        <Match when={action() === "ASSIGN"}>
          {departmentPicker(strings.assign.department)}
          {handlerPicker(strings.assign.handler, strings.assign.chooseHandler)}
        </Match>
        <Match when={action() === "REASSIGN"}>
          {departmentPicker(strings.assign.department)}
          {handlerPicker(
            props.letter.status === "REGISTERED" ? strings.reassign.handlerOptional : strings.assign.handler,
            props.letter.status === "REGISTERED" ? strings.reassign.handlerKeep : strings.assign.chooseHandler,
          )}
          <div class="field">
            <label class="field__label" for={ids.reason}>
              {strings.reassign.reason}
            </label>
            <p class="field__hint">{strings.reassign.reasonHint}</p>
            <textarea id={ids.reason} name="reason" class="field__input field__textarea" rows="3" maxLength={500} />
          </div>
        </Match>
        <Match when={action() === "ACKNOWLEDGE"}>
          <p class="card__intro">{strings.acknowledge.intro}</p>
          <div class="field">
            <label class="field__label" for={ids.note}>
              {strings.acknowledge.note}
            </label>
            <textarea id={ids.note} name="note" class="field__input field__textarea" rows="3" maxLength={500} />
          </div>
        </Match>
        <Match when={action() === "PAUSE"}>
          <p class="card__intro">{strings.pause.intro}</p>
          <fieldset class="field-group">
            <legend class="field__label">{strings.pause.kind}</legend>
            <For each={PAUSE_KINDS}>
              {(kind) => (
                <label class="switch">
                  <input
                    type="radio"
                    name="kind"
                    value={kind}
                    disabled={!kindsLeft().includes(kind)}
                    checked={kind === kindsLeft()[0]}
                  />
                  <span>
                    {PAUSE_LABELS[kind]}
                    <Show when={!kindsLeft().includes(kind)}>{strings.pause.completionUsed}</Show>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
          <div class="field">
            <label class="field__label" for={ids.note}>
              {strings.pause.note}
            </label>
            <textarea id={ids.note} name="note" class="field__input field__textarea" rows="3" maxLength={500} />
          </div>
        </Match>
        <Match when={action() === "RESUME"}>
          <div class="field">
            <label class="field__label" for={ids.note}>
              {strings.resume.note}
            </label>
            <textarea id={ids.note} name="note" class="field__input field__textarea" rows="3" maxLength={500} />
          </div>
        </Match>
        <Match when={action() === "EXTEND"}>
          <p class="card__intro">{strings.extend.intro}</p>
          <div class="field">
            <label class="field__label" for={ids.days}>
              {strings.extend.days}
            </label>
            <input
              id={ids.days}
              name="days"
              class="field__input"
              type="number"
              inputmode="numeric"
              min="1"
              max={MAX_EXTENSION_DAYS}
              value="20"
            />
          </div>
          <div class="field">
            <label class="field__label" for={ids.reason}>
              {strings.extend.reason}
            </label>
            <textarea id={ids.reason} name="reason" class="field__input field__textarea" rows="3" maxLength={500} />
          </div>
        </Match>
        <Match when={action() === "DRAFT_REPLY"}>
          <div class="field">
            <label class="field__label" for={ids.template}>
              {strings.draft.template}
            </label>
            <p class="field__hint">{strings.draft.insertHint}</p>
            <div class="search-row">
              <select
                id={ids.template}
                class="field__input"
                onChange={(event) => setTemplate(event.currentTarget.value)}
              >
                <option value="" selected={template() === ""}>
                  {templates.data ? strings.draft.templateNone : strings.draft.loadingTemplates}
                </option>
                <For each={templates.data?.replyTemplates}>
                  {(t) => (
                    <option value={t.key} selected={template() === t.key}>
                      {t.title}
                    </option>
                  )}
                </For>
              </select>
              <button
                type="button"
                class="button button--secondary"
                disabled={template() === ""}
                onClick={insertTemplate}
              >
                {strings.draft.insert}
              </button>
            </div>
          </div>
          <div class="field">
            <label class="field__label" for={ids.text}>
              {strings.draft.text}
            </label>
            <textarea
              id={ids.text}
              name="text"
              class="field__input field__textarea letter-reply-input"
              rows="12"
              maxLength={20000}
              value={draft()}
              onInput={(event) => setDraft(event.currentTarget.value)}
            />
            <Show when={unfilledPlaceholders(draft()).length > 0}>
              <p class="field__hint">{strings.draft.placeholdersLeft(unfilledPlaceholders(draft()))}</p>
            </Show>
          </div>
        </Match>
        <Match when={action() === "SUBMIT_REPLY"}>
          <p class="card__intro">{strings.submit.intro}</p>
          <Show when={props.letter.replyDraft}>{(text) => <p class="letter-text letter-text--draft">{text()}</p>}</Show>
        </Match>
        <Match when={action() === "APPROVE_REPLY" || action() === "RETURN_REPLY"}>
          <Show when={props.letter.replyDraft}>{(text) => <p class="letter-text letter-text--draft">{text()}</p>}</Show>
          <div class="field">
            <label class="field__label" for={ids.note}>
              {action() === "RETURN_REPLY" ? strings.return.opinion : strings.approve.opinion}
            </label>
            <textarea id={ids.note} name="opinion" class="field__input field__textarea" rows="3" maxLength={2000} />
          </div>
        </Match>
        <Match when={action() === "SEND_REPLY"}>
          <p class="card__intro">{strings.send.intro}</p>
          <Show when={props.letter.replyDraft}>{(text) => <p class="letter-text letter-text--draft">{text()}</p>}</Show>
        </Match>
        <Match when={action() === "CLOSE"}>
          <p class="card__intro">{strings.close.intro}</p>
          <div class="field">
            <label class="field__label" for={ids.note}>
              {strings.close.note}
            </label>
            <textarea id={ids.note} name="note" class="field__input field__textarea" rows="3" maxLength={2000} />
          </div>
        </Match>
      </Switch>
    </ActionDialog>
  );
}

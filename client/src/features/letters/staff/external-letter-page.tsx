import { useNavigate } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { graphql } from "../../../lib/graphql";
import { isOnline } from "../../../lib/online";
import { isErrorForField } from "../../accounts/form-errors";
import "../../publishing/publishing.css";
import { shanghaiInputToIso } from "../../publishing/shanghai-time";
import { StaffPage } from "../../publishing/staff-view";
import { stepError } from "../../publishing/step-errors";
import { TYPES } from "./inbox-params";
import "./letters-staff.css";
import { STAFF_LETTERS, staffLetterPath } from "./paths";
import { CHANNEL_LABELS, lettersStaffStrings, TYPE_LABELS } from "./strings";

const RegisterExternalMutation = graphql(`
  mutation ExternalLetterPage_Register($input: ExternalLetterInput!) {
    registerExternalLetter(input: $input) {
      letter {
        id
        trackingCode
      }
      errors {
        field
        message
      }
    }
  }
`);

/** The channels whose letters arrive through another system (the server's EXTERNAL_CHANNELS). */
const EXTERNAL_CHANNELS = ["CITIZEN_PLATFORM", "ONLINE_PETITION", "LEADER_MESSAGE_BOARD"] as const;

const strings = lettersStaffStrings.external;

type FieldError = { field?: string | undefined; message: string };

/**
 * /staff/letters/external — 登记外部来信: a letter from 政民互动平台, 网上信访 or 领导留言板 typed in
 * by hand, keeping its id in that system. The server checks everything (a duplicate external id
 * is refused naming the existing letter) and lists every problem; on success the letter opens.
 */
export default function ExternalLetterPage() {
  const navigate = useNavigate();
  const [state, register] = createMutation(RegisterExternalMutation);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  let summary: HTMLDivElement | undefined;
  const ids = Object.fromEntries(
    [
      "channel",
      "externalId",
      "receivedAt",
      "type",
      "subject",
      "body",
      "writerName",
      "writerPhone",
      "writerEmail",
      "summary",
    ].map((name) => [name, createUniqueId()]),
  ) as Record<string, string>;

  const fieldError = (name: string) => errors().find((error) => isErrorForField({ ...error }, name));

  const show = (next: FieldError[]) => {
    setErrors(next);
    queueMicrotask(() => summary?.focus());
  };

  const onSubmit: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const problems: FieldError[] = [];
    const required: Array<[string, string]> = [
      ["externalId", strings.externalId],
      ["subject", strings.subject],
      ["body", strings.body],
    ];
    for (const [name, label] of required) {
      if (!text(name)) problems.push({ field: name, message: strings.required(label) });
    }
    const receivedAtInput = text("receivedAt");
    const receivedAt = receivedAtInput ? shanghaiInputToIso(receivedAtInput) : null;
    if (receivedAtInput && !receivedAt) problems.push({ field: "receivedAt", message: strings.receivedAtInvalid });
    if (problems.length > 0) return show(problems);

    const result = await register({
      input: {
        channel: EXTERNAL_CHANNELS.find((c) => c === text("channel")) ?? "CITIZEN_PLATFORM",
        externalId: text("externalId"),
        type: TYPES.find((t) => t === text("type")) ?? "CONSULTATION",
        subject: text("subject"),
        body: text("body"),
        receivedAt,
        writerName: text("writerName") || null,
        writerPhone: text("writerPhone") || null,
        writerEmail: text("writerEmail") || null,
        complex: data.get("complex") === "on",
        mayPublish: data.get("mayPublish") === "on",
      },
    });
    const payload = result.data?.registerExternalLetter;
    const failure = stepError(result, payload ? { error: null } : null);
    if (failure) return show([failure]);
    if (payload?.letter) {
      navigate(staffLetterPath(payload.letter.id));
      return;
    }
    show(payload?.errors.map((e) => ({ field: e.field ?? undefined, message: e.message })) ?? []);
  };

  const input = (name: string, label: string, attrs: JSX.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div class="field">
      <label class="field__label" for={ids[name]}>
        {label}
      </label>
      <input
        id={ids[name]}
        name={name}
        class="field__input"
        aria-invalid={fieldError(name) ? "true" : undefined}
        aria-describedby={fieldError(name) ? `${ids[name]}-error` : undefined}
        {...attrs}
      />
      <Show when={fieldError(name)}>
        {(error) => (
          <p id={`${ids[name]}-error`} class="field__error">
            {error().message}
          </p>
        )}
      </Show>
    </div>
  );

  return (
    <StaffPage
      title={strings.pageTitle}
      back={{ href: STAFF_LETTERS, label: lettersStaffStrings.backToInbox }}
      intro={strings.intro}
      loading={false}
      hasData
    >
      <form class="form card" noValidate onSubmit={onSubmit}>
        <div ref={summary} class="form-error-slot" role="alert" tabindex="-1" id={ids.summary}>
          <Show when={errors().length > 0}>
            <div class="refusal">
              <p class="refusal__heading">{strings.errorsHeading}</p>
              <ul>
                <For each={errors()}>{(error) => <li>{error.message}</li>}</For>
              </ul>
            </div>
          </Show>
        </div>
        <div class="field-grid">
          <div class="field">
            <label class="field__label" for={ids.channel}>
              {strings.channel}
            </label>
            <select id={ids.channel} name="channel" class="field__input">
              <For each={EXTERNAL_CHANNELS}>
                {(channel) => <option value={channel}>{CHANNEL_LABELS[channel]}</option>}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field__label" for={ids.type}>
              {strings.type}
            </label>
            <select id={ids.type} name="type" class="field__input">
              <For each={TYPES}>{(type) => <option value={type}>{TYPE_LABELS[type]}</option>}</For>
            </select>
          </div>
          {input("externalId", strings.externalId, { required: true, maxLength: 100, autocomplete: "off" })}
          {input("receivedAt", strings.receivedAt, { type: "datetime-local" })}
        </div>
        {input("subject", strings.subject, { required: true, maxLength: 200 })}
        <div class="field">
          <label class="field__label" for={ids.body}>
            {strings.body}
          </label>
          <textarea
            id={ids.body}
            name="body"
            class="field__input field__textarea"
            rows="8"
            required
            maxLength={20000}
            aria-invalid={fieldError("body") ? "true" : undefined}
            aria-describedby={fieldError("body") ? `${ids.body}-error` : undefined}
          />
          <Show when={fieldError("body")}>
            {(error) => (
              <p id={`${ids.body}-error`} class="field__error">
                {error().message}
              </p>
            )}
          </Show>
        </div>
        <fieldset class="field-group">
          <legend class="field__label">{strings.writer}</legend>
          {input("writerName", strings.writerName, { maxLength: 50, autocomplete: "off" })}
          {input("writerPhone", strings.writerPhone, { type: "tel", maxLength: 30, autocomplete: "off" })}
          {input("writerEmail", strings.writerEmail, { type: "email", maxLength: 200, autocomplete: "off" })}
        </fieldset>
        <label class="switch switch--top">
          <input type="checkbox" name="complex" />
          <span>{strings.complex}</span>
        </label>
        <label class="switch switch--top">
          <input type="checkbox" name="mayPublish" />
          <span>{strings.mayPublish}</span>
        </label>
        <button type="submit" class="button button--block" disabled={state.fetching || !isOnline()}>
          {state.fetching ? strings.submitting : strings.submit}
        </button>
      </form>
    </StaffPage>
  );
}

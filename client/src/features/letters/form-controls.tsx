import { For, type JSX, Show } from "solid-js";
import { lettersStrings } from "./strings";

/**
 * The labelled controls of the letter forms. Each one ties its hint and its error to the control
 * with aria-describedby (so a screen reader reads the reason with the field) and hands its
 * element to `ref`, so the form can move focus to the first field with an error.
 */

const strings = lettersStrings.form;

const describedBy = (id: string, hint: boolean, error: boolean, extra?: string) =>
  [error ? `${id}-error` : "", hint ? `${id}-hint` : "", extra ?? ""].filter(Boolean).join(" ") || undefined;

function Label(props: { for?: string; text: string; required?: boolean; as?: "legend" }) {
  // Visual only: a required control says so itself (the required attribute), and an optional
  // one is simply not required; in the accessible name the marker would only be noise.
  const marker = () => (
    <span class={props.required ? "field__required" : "field__optional"} aria-hidden="true">
      {props.required ? strings.required : strings.optional}
    </span>
  );
  return (
    <Show
      when={props.as === "legend"}
      fallback={
        <label class="field__label" for={props.for}>
          {props.text}
          {marker()}
        </label>
      }
    >
      <legend class="field__label">
        {props.text}
        {marker()}
      </legend>
    </Show>
  );
}

export function FieldError(props: { id: string; message: string | undefined }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p id={`${props.id}-error`} class="field__error">
          {message()}
        </p>
      )}
    </Show>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  type?: "text" | "tel" | "email";
  inputMode?: "text" | "tel" | "email" | "numeric";
  autocomplete?: string;
  maxLength?: number;
  ref?: (element: HTMLElement) => void;
}) {
  return (
    <div class="field">
      <Label for={props.id} text={props.label} required={props.required ?? false} />
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <input
        id={props.id}
        ref={(element) => props.ref?.(element)}
        class="field__input"
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete ?? "off"}
        maxLength={props.maxLength}
        required={props.required}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, Boolean(props.hint), Boolean(props.error))}
      />
      <FieldError id={props.id} message={props.error} />
    </div>
  );
}

/** A textarea with a live count; the count is read with the field, not announced on every key. */
export function TextAreaField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  count: number;
  max: number;
  rows?: number;
  ref?: (element: HTMLElement) => void;
}) {
  const over = () => props.count - props.max;
  return (
    <div class="field">
      <Label for={props.id} text={props.label} required={props.required ?? false} />
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <textarea
        id={props.id}
        ref={(element) => props.ref?.(element)}
        class="field__input field__input--multiline"
        rows={props.rows ?? 8}
        required={props.required}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, Boolean(props.hint), Boolean(props.error), `${props.id}-count`)}
      />
      <p id={`${props.id}-count`} class="field__counter" classList={{ "field__counter--over": over() > 0 }}>
        {over() > 0 ? strings.counterOver(over()) : strings.counter(props.count, props.max)}
      </p>
      <FieldError id={props.id} message={props.error} />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** Radio buttons in a fieldset; the legend names the question, errors and hints describe the group. */
export function ChoiceField<T extends string>(props: {
  id: string;
  label: string;
  name: string;
  choices: readonly Choice<T>[];
  value: T | "";
  onChange: (value: T) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  layout?: "stack" | "grid";
  ref?: (element: HTMLElement) => void;
}) {
  return (
    <fieldset
      class="field choice-field"
      classList={{ "choice-field--invalid": Boolean(props.error) }}
      aria-describedby={describedBy(props.id, Boolean(props.hint), Boolean(props.error))}
    >
      <Label as="legend" text={props.label} required={props.required ?? false} />
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={props.id} message={props.error} />
      <div class={props.layout === "grid" ? "choice-field__grid" : "choice-field__stack"}>
        <For each={props.choices}>
          {(choice, index) => (
            <label class="choice">
              <input
                type="radio"
                name={props.name}
                required={props.required}
                value={choice.value}
                checked={props.value === choice.value}
                ref={(element) => {
                  if (index() === 0) props.ref?.(element);
                }}
                onChange={() => props.onChange(choice.value)}
              />
              <span class="choice__text">
                <span class="choice__label">{choice.label}</span>
                <Show when={choice.hint}>
                  <span class="choice__hint">{choice.hint}</span>
                </Show>
              </span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}

export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  choices: readonly Choice<T>[];
  value: T | "";
  onChange: (value: T | "") => void;
  placeholder?: string;
  error?: string | undefined;
  required?: boolean;
  ref?: (element: HTMLElement) => void;
}) {
  return (
    <div class="field">
      <Label for={props.id} text={props.label} required={props.required ?? false} />
      <select
        id={props.id}
        ref={(element) => props.ref?.(element)}
        class="field__input"
        required={props.required}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as T | "")}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, false, Boolean(props.error))}
      >
        <Show when={props.placeholder}>
          <option value="">{props.placeholder}</option>
        </Show>
        <For each={props.choices}>{(choice) => <option value={choice.value}>{choice.label}</option>}</For>
      </select>
      <FieldError id={props.id} message={props.error} />
    </div>
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div class="field">
      <label class="switch">
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        />
        <span>{props.label}</span>
      </label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="field__hint">
          {props.hint}
        </p>
      </Show>
    </div>
  );
}

/**
 * The honeypot: a field people never see or reach (off-screen, out of the tab order, hidden from
 * assistive technology), so only a bot fills it. Its value goes to the server as it is.
 */
export function Honeypot(props: { value: string; onInput: (value: string) => void }) {
  return (
    <div class="honeypot" aria-hidden="true">
      <label>
        {strings.honeypot}
        <input
          type="text"
          name="website"
          tabindex="-1"
          autocomplete="off"
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </label>
    </div>
  );
}

/** A part of a long form under its own heading (申请人信息, 所需信息). */
export function FormSection(props: { title: string; children: JSX.Element }) {
  return (
    <section class="form-section">
      <h2 class="form-section__title">{props.title}</h2>
      {props.children}
    </section>
  );
}

// Small labelled inputs of the details forms. Each knows the path the server reports for it
// ("details.permits.0.number") and shows the problem found there beside itself.
import Plus from "lucide-solid/icons/plus";
import Trash from "lucide-solid/icons/trash";
import { createContext, createSignal, createUniqueId, For, type JSX, Show, useContext } from "solid-js";
import { publishingStrings } from "../strings";
import type { DetailsProblem } from "./details-state";

const strings = publishingStrings.details;

/** The problems of the last save (the client's checks or the server's refusal). */
export const DetailsProblems = createContext<() => readonly DetailsProblem[]>(() => []);

function useProblem(field: () => string) {
  const problems = useContext(DetailsProblems);
  return () => problems().find((p) => p.field === `details.${field()}`)?.message;
}

interface FieldProps {
  label: string;
  /** Path inside the details: "code", "permits.0.number". */
  field: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  type?: "text" | "date" | "url" | "tel";
  inputMode?: "decimal" | "numeric" | "text";
  multiline?: boolean;
}

export function TextField(props: FieldProps): JSX.Element {
  const id = createUniqueId();
  const hintId = createUniqueId();
  const errorId = createUniqueId();
  const problem = useProblem(() => props.field);
  const describedBy = () => [props.hint ? hintId : "", problem() ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={id}
            class="field__input"
            data-field={`details.${props.field}`}
            type={props.type ?? "text"}
            inputmode={props.inputMode}
            value={props.value}
            aria-invalid={problem() ? "true" : undefined}
            aria-describedby={describedBy()}
            onInput={(event) => props.onValue(event.currentTarget.value)}
          />
        }
      >
        <textarea
          id={id}
          class="field__input field__input--multiline"
          data-field={`details.${props.field}`}
          rows="3"
          value={props.value}
          aria-invalid={problem() ? "true" : undefined}
          aria-describedby={describedBy()}
          onInput={(event) => props.onValue(event.currentTarget.value)}
        />
      </Show>
      <Show when={props.hint}>
        <p id={hintId} class="field__hint">
          {props.hint}
        </p>
      </Show>
      <Show when={problem()}>
        {(message) => (
          <p id={errorId} class="field__error">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
}

/** The problem reported at a path that has no input of its own (a whole list, a geometry). */
export function FieldProblem(props: { field: string }): JSX.Element {
  const problem = useProblem(() => props.field);
  return <Show when={problem()}>{(message) => <p class="field__error">{message()}</p>}</Show>;
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField(
  props: Omit<FieldProps, "type" | "inputMode" | "multiline"> & { choices: readonly Choice[] },
): JSX.Element {
  const id = createUniqueId();
  const errorId = createUniqueId();
  const problem = useProblem(() => props.field);
  // A value saved earlier that the list no longer has stays selectable rather than vanishing.
  const choices = () =>
    props.value && !props.choices.some((c) => c.value === props.value)
      ? [...props.choices, { value: props.value, label: props.value }]
      : props.choices;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <select
        id={id}
        class="field__input"
        data-field={`details.${props.field}`}
        aria-invalid={problem() ? "true" : undefined}
        aria-describedby={problem() ? errorId : undefined}
        onChange={(event) => props.onValue(event.currentTarget.value)}
      >
        <option value="" selected={props.value === ""}>
          {strings.choose}
        </option>
        <For each={choices()}>
          {(choice) => (
            <option value={choice.value} selected={choice.value === props.value}>
              {choice.label}
            </option>
          )}
        </For>
      </select>
      <Show when={problem()}>
        {(message) => (
          <p id={errorId} class="field__error">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
}

export function CheckField(props: { label: string; checked: boolean; onChecked: (checked: boolean) => void }) {
  return (
    <label class="switch switch--top">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChecked(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export const choicesOf = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** What a row of RepeatableRows hands its inputs: changes to that row only. */
export interface RowEditor<T> {
  /** Applies a change to the row; a row removed meanwhile is left alone. */
  change(apply: (row: T) => void): void;
  /** A setter for one key of the row, for an input's onValue/onChecked. */
  set<K extends keyof T>(key: K): (value: T[K]) => void;
}

/**
 * A repeatable group (permits, materials, steps, vertices, files…): each row a fieldset numbered
 * from 1 with its remove button, and an add button at the end. Both buttons name the row they act
 * on. Focus follows the editor's hands: to the first input of a row just added; after a removal to
 * the row that took its place (or the one before, or the add button), and a status line says what
 * went. `adders` replaces or joins the add button where rows come from elsewhere (an upload, a
 * search).
 */
export function RepeatableRows<T extends object>(props: {
  legend: string;
  /** What one row is called ("许可证"). */
  rowName: string;
  /** Path of the list inside the details ("permits"): a problem with the list itself shows here. */
  field: string;
  rows: readonly T[];
  /** Applies a change to the list inside the form. */
  edit: (change: (rows: T[]) => void) => void;
  /** A blank row for the add button; without it there is no add button (see `adders`). */
  newRow?: () => T;
  /** The add button's text when "添加<rowName>" would not say what it does. */
  addLabel?: string;
  hint?: string;
  /** More ways to add rows, given the function that adds them (and moves focus). */
  adders?: (add: (...rows: T[]) => void) => JSX.Element;
  children: (row: T, index: () => number, edit: RowEditor<T>) => JSX.Element;
}): JSX.Element {
  const problem = useProblem(() => props.field);
  const [announcement, setAnnouncement] = createSignal("");
  let list: HTMLDivElement | undefined;
  let actions: HTMLDivElement | undefined;

  const firstControl = (element: Element | undefined) =>
    element?.querySelector<HTMLElement>("input, select, textarea, button:not([disabled])") ?? undefined;
  // After the store change has rendered (Solid renders synchronously; the microtask keeps this
  // independent of whether the caller batches).
  const focusRow = (index: number) =>
    queueMicrotask(() => {
      const row = list?.children[index];
      (firstControl(row) ?? firstControl(actions))?.focus();
    });

  const add = (...rows: T[]) => {
    if (rows.length === 0) return;
    const at = props.rows.length;
    props.edit((list) => {
      list.push(...rows);
    });
    setAnnouncement("");
    focusRow(at);
  };
  const remove = (index: number) => {
    props.edit((list) => {
      list.splice(index, 1);
    });
    setAnnouncement(strings.rowRemoved(props.rowName, index + 1));
    const left = props.rows.length;
    if (left > 0) focusRow(Math.min(index, left - 1));
    else queueMicrotask(() => firstControl(actions)?.focus());
  };
  const editorOf = (index: () => number): RowEditor<T> => {
    const change = (apply: (row: T) => void) =>
      props.edit((list) => {
        const row = list[index()];
        if (row) apply(row);
      });
    return {
      change,
      set: (key) => (value) =>
        change((row) => {
          row[key] = value;
        }),
    };
  };

  return (
    <fieldset class="field-group details-rows" data-field={`details.${props.field}`}>
      <legend class="field__label">{props.legend}</legend>
      <Show when={props.hint}>
        <p class="field__hint">{props.hint}</p>
      </Show>
      <div class="details-rows__list" ref={list}>
        <For each={props.rows}>
          {(row, index) => (
            <fieldset class="field-group details-row">
              <legend class="details-row__legend">{strings.rowLegend(props.rowName, index() + 1)}</legend>
              {props.children(row, index, editorOf(index))}
              <button type="button" class="button button--quiet button--small" onClick={() => remove(index())}>
                <Trash size={16} aria-hidden="true" />
                {strings.removeRow(props.rowName, index() + 1)}
              </button>
            </fieldset>
          )}
        </For>
      </div>
      <Show when={problem()}>{(message) => <p class="field__error">{message()}</p>}</Show>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
      <div class="details-rows__actions" ref={actions}>
        {props.adders?.(add)}
        <Show when={props.newRow}>
          {(newRow) => (
            <button type="button" class="button button--secondary button--small" onClick={() => add(newRow()())}>
              <Plus size={16} aria-hidden="true" />
              {props.addLabel ?? strings.addRow(props.rowName)}
            </button>
          )}
        </Show>
      </div>
    </fieldset>
  );
}

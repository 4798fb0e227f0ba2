import { createUniqueId } from "solid-js";

/**
 * A labelled input. When `invalid`, it points aria-describedby at the form's error
 * message so screen readers read the reason with the field.
 */
export function TextField(props: {
  name: string;
  label: string;
  type?: "text" | "password";
  autocomplete: string;
  invalid: boolean;
  errorId: string;
  disabled?: boolean;
}) {
  const id = createUniqueId();
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        class="field__input"
        name={props.name}
        type={props.type ?? "text"}
        autocomplete={props.autocomplete}
        autocapitalize="off"
        spellcheck={false}
        required
        disabled={props.disabled}
        aria-invalid={props.invalid ? "true" : undefined}
        aria-describedby={props.invalid ? props.errorId : undefined}
      />
    </div>
  );
}

import { createEffect, createUniqueId, type JSX, Show } from "solid-js";
import { publishingStrings } from "./strings";

/**
 * A modal form for one workflow step (退回修改, 撤下, 定时发布 …) on the native <dialog>: the
 * browser traps focus, closes on Esc and returns focus to the button that opened it, with no
 * dependency. The step's error stays inside the dialog, next to the fields.
 */
export function ActionDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  danger?: boolean;
  busy: boolean;
  error: string | null;
  /** Called with the dialog's form; the dialog stays open until the caller closes it. */
  onSubmit: (form: HTMLFormElement) => void;
  onClose: () => void;
  children?: JSX.Element;
}) {
  let dialog: HTMLDialogElement | undefined;
  const titleId = createUniqueId();
  const errorId = createUniqueId();

  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  });

  return (
    <dialog
      ref={dialog}
      class="action-dialog"
      aria-labelledby={titleId}
      onClose={() => props.onClose()}
      onCancel={(event) => {
        // Esc while a step runs would hide its outcome; wait for it.
        if (props.busy) event.preventDefault();
      }}
    >
      <form
        class="form action-dialog__form"
        noValidate
        aria-describedby={props.error ? errorId : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          if (!props.busy) props.onSubmit(event.currentTarget);
        }}
      >
        <h2 id={titleId} class="action-dialog__title">
          {props.title}
        </h2>
        {props.children}
        <div role="alert" class="form-error-slot">
          <Show when={props.error}>
            {(message) => (
              <p id={errorId} class="form-error">
                {message()}
              </p>
            )}
          </Show>
        </div>
        <div class="action-dialog__buttons">
          <button type="button" class="button button--secondary" disabled={props.busy} onClick={() => props.onClose()}>
            {publishingStrings.cancel}
          </button>
          <button type="submit" class={props.danger ? "button button--danger" : "button"} disabled={props.busy}>
            {props.busy ? publishingStrings.busy : props.submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

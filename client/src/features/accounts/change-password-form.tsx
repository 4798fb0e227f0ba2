import { createMutation } from "@urql/solid";
import { createSignal, createUniqueId, Show } from "solid-js";
import { errorMessage } from "../../lib/errors";
import { graphql } from "../../lib/graphql";
import { TextField } from "../../lib/text-field";
import { type FormError, isErrorForField } from "./form-errors";
import { accountsStrings } from "./strings";

const ChangePasswordMutation = graphql(`
  mutation ChangePasswordForm_ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
      error {
        message
        field
      }
    }
  }
`);

/** Password rules live on the server; the client only checks the confirmation matches. */
export function ChangePasswordForm(props: { onChanged: () => void }) {
  const [state, changePassword] = createMutation(ChangePasswordMutation);
  const [error, setError] = createSignal<FormError | null>(null);
  const [succeeded, setSucceeded] = createSignal(false);
  const errorId = createUniqueId();
  const strings = accountsStrings.changePassword;

  const onSubmit = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("currentPassword") ?? "");
    const newPassword = String(data.get("newPassword") ?? "");
    const confirmPassword = String(data.get("confirmPassword") ?? "");
    setSucceeded(false);
    if (!currentPassword || !newPassword || !confirmPassword) {
      setError({ message: strings.required });
      return;
    }
    if (newPassword !== confirmPassword) {
      setError({ message: strings.mismatch, field: "confirmPassword" });
      return;
    }
    setError(null);
    const result = await changePassword({ input: { currentPassword, newPassword } });
    if (result.error) {
      setError({ message: errorMessage(result.error) });
      return;
    }
    const payload = result.data?.changePassword;
    if (payload?.error) {
      setError({ message: payload.error.message, field: payload.error.field ?? undefined });
      return;
    }
    if (payload?.ok) {
      form.reset();
      setSucceeded(true);
      props.onChanged();
    }
  };

  return (
    <section class="card" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading" class="card__title">
        {strings.heading}
      </h2>
      <form class="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          name="currentPassword"
          type="password"
          label={strings.current}
          autocomplete="current-password"
          invalid={isErrorForField(error(), "currentPassword")}
          errorId={errorId}
        />
        <TextField
          name="newPassword"
          type="password"
          label={strings.next}
          autocomplete="new-password"
          invalid={isErrorForField(error(), "newPassword")}
          errorId={errorId}
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={strings.confirm}
          autocomplete="new-password"
          invalid={isErrorForField(error(), "confirmPassword")}
          errorId={errorId}
        />
        <div role="alert" class="form-error-slot">
          <Show when={error()}>
            {(current) => (
              <p id={errorId} class="form-error">
                {current().message}
              </p>
            )}
          </Show>
        </div>
        <div role="status" class="form-status-slot">
          <Show when={succeeded()}>
            <p class="form-success">{strings.success}</p>
          </Show>
        </div>
        <button type="submit" class="button button--secondary button--block" disabled={state.fetching}>
          {state.fetching ? strings.submitting : strings.submit}
        </button>
      </form>
    </section>
  );
}

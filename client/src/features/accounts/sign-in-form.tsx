import { createMutation } from "@urql/solid";
import { createSignal, createUniqueId, Show } from "solid-js";
import { errorMessage } from "../../lib/errors";
import { graphql } from "../../lib/graphql";
import { TextField } from "../../lib/text-field";
import { keepOnlyDraftsOf } from "../publishing/local-drafts";
import { AccountView_UserFragment } from "./account-view";
import { type FormError, isErrorForField } from "./form-errors";
import { accountsStrings } from "./strings";

const LoginMutation = graphql(
  `
  mutation SignInForm_Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        ...AccountView_User
      }
      error {
        message
        field
      }
    }
  }
`,
  [AccountView_UserFragment],
);

/** Staff sign-in. Citizens never need it; the intro says so. */
export function SignInForm(props: { onSignedIn: () => void }) {
  const [state, login] = createMutation(LoginMutation);
  const [error, setError] = createSignal<FormError | null>(null);
  const errorId = createUniqueId();
  const strings = accountsStrings.signIn;

  const onSubmit = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const username = String(data.get("username") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!username || !password) {
      setError({ message: strings.required, field: username ? "password" : "username" });
      return;
    }
    setError(null);
    const result = await login({ input: { username, password } });
    if (result.error) {
      setError({ message: errorMessage(result.error) });
      return;
    }
    const payload = result.data?.login;
    if (payload?.error) {
      setError({ message: payload.error.message, field: payload.error.field ?? undefined });
      return;
    }
    if (payload?.user) {
      form.reset();
      // Someone else may have left drafts on this device without signing out.
      await keepOnlyDraftsOf(payload.user.id);
      props.onSignedIn();
    }
  };

  return (
    <section class="card" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" class="card__title">
        {strings.heading}
      </h2>
      <p class="card__intro">{strings.intro}</p>
      <form class="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          name="username"
          label={strings.username}
          autocomplete="username"
          invalid={isErrorForField(error(), "username")}
          errorId={errorId}
        />
        <TextField
          name="password"
          type="password"
          label={strings.password}
          autocomplete="current-password"
          invalid={isErrorForField(error(), "password")}
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
        <button type="submit" class="button button--block" disabled={state.fetching}>
          {state.fetching ? strings.submitting : strings.submit}
        </button>
      </form>
    </section>
  );
}

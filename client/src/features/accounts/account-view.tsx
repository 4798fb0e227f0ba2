import { A } from "@solidjs/router";
import { createMutation } from "@urql/solid";
import { createSignal, For, Show } from "solid-js";
import { errorMessage } from "../../lib/errors";
import { type FragmentOf, graphql, readFragment } from "../../lib/graphql";
import { commonStrings } from "../../lib/strings";
import { clearPersistedCache } from "../../lib/urql";
import { CALENDAR_PATH, canLoadCalendar } from "../calendar/paths";
import { MODERATION_PATH, moderates } from "../letters/moderation/paths";
import { LETTERS_INBOX_PATH, worksOnLetters } from "../letters/staff/staff-access";
import { clearLocalDrafts } from "../publishing/local-drafts";
import { WORKBENCH_PATH, worksInPublishing } from "../publishing/staff-access";
import { ChangePasswordForm } from "./change-password-form";
import { canViewAuditLog, roleLabel, sortRoles } from "./roles";
import { accountsStrings } from "./strings";

export const AccountView_UserFragment = graphql(`
  fragment AccountView_User on User {
    id
    username
    displayName
    mustChangePassword
    roles
    department {
      id
      name
    }
  }
`);

const LogoutMutation = graphql(`
  mutation AccountView_Logout {
    logout
  }
`);

/**
 * The signed-in staff member: who they are, their roles, password and sign-out.
 * `onAccountChanged` refetches `me` after sign-out or a password change.
 */
export function AccountView(props: {
  user: FragmentOf<typeof AccountView_UserFragment>;
  onAccountChanged: () => void;
}) {
  const user = () => readFragment(AccountView_UserFragment, props.user);
  const [logoutState, logout] = createMutation(LogoutMutation);
  const [signOutError, setSignOutError] = createSignal<string | null>(null);
  const strings = accountsStrings.account;

  const signOut = async () => {
    setSignOutError(null);
    const result = await logout({});
    if (result.error) {
      setSignOutError(errorMessage(result.error));
      return;
    }
    // `logout: false` means the session had already ended: signed out all the same.
    if (typeof result.data?.logout !== "boolean") {
      setSignOutError(commonStrings.errors.unknown);
      return;
    }
    // The logout updater already dropped staff data from memory; now wipe IndexedDB too, and the
    // editor's unpublished drafts kept on this device.
    await Promise.all([clearPersistedCache(), clearLocalDrafts()]);
    props.onAccountChanged();
  };

  return (
    <>
      <section class="card profile" aria-labelledby="profile-name">
        <h2 id="profile-name" class="card__title profile__name">
          {user().displayName}
        </h2>
        <Show when={user().mustChangePassword}>
          <p class="notice">{strings.mustChangePassword}</p>
        </Show>
        <dl class="details">
          <div class="details__row">
            <dt>{strings.username}</dt>
            <dd>{user().username}</dd>
          </div>
          <Show when={user().department}>
            {(department) => (
              <div class="details__row">
                <dt>{strings.department}</dt>
                <dd>{department().name}</dd>
              </div>
            )}
          </Show>
          <div class="details__row">
            <dt>{strings.roles}</dt>
            <dd>
              <Show when={user().roles.length > 0} fallback={strings.noRoles}>
                <ul class="role-list">
                  <For each={sortRoles(user().roles)}>{(role) => <li class="role-badge">{roleLabel(role)}</li>}</For>
                </ul>
              </Show>
            </dd>
          </div>
        </dl>
        <Show when={worksInPublishing(user().roles)}>
          <A href={WORKBENCH_PATH} class="button button--block">
            {strings.workbenchLink}
          </A>
        </Show>
        <Show when={worksOnLetters(user().roles)}>
          <A
            href={LETTERS_INBOX_PATH}
            class="button button--block"
            classList={{ "button--secondary": worksInPublishing(user().roles) }}
          >
            {strings.lettersLink}
          </A>
        </Show>
        <Show when={moderates(user().roles)}>
          <A href={MODERATION_PATH} class="button button--secondary button--block">
            {strings.moderationLink}
          </A>
        </Show>
        {/* Others may read the calendar too, but only its keepers need it at hand. */}
        <Show when={canLoadCalendar(user().roles)}>
          <A href={CALENDAR_PATH} class="button button--secondary button--block">
            {strings.calendarLink}
          </A>
        </Show>
        <Show when={canViewAuditLog(user().roles)}>
          <A href="/me/audit" class="button button--secondary button--block">
            {strings.auditLogLink}
          </A>
        </Show>
      </section>

      <ChangePasswordForm onChanged={() => props.onAccountChanged()} />

      <section class="card">
        <div role="alert" class="form-error-slot">
          <Show when={signOutError()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        </div>
        <button
          type="button"
          class="button button--danger button--block"
          disabled={logoutState.fetching}
          onClick={() => void signOut()}
        >
          {logoutState.fetching ? strings.signingOut : strings.signOut}
        </button>
      </section>
    </>
  );
}

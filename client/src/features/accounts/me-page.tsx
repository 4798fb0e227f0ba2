import { createQuery } from "@urql/solid";
import { Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, SkeletonList } from "../../lib/data-states";
import { graphql } from "../../lib/graphql";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { viewState } from "../../lib/view-state";
import { DisplaySettings } from "../shell/display-settings";
import { AccountView, AccountView_UserFragment } from "./account-view";
import "./accounts.css";
import { SignInForm } from "./sign-in-form";
import { accountsStrings } from "./strings";

const MeQuery = graphql(
  `
  query MePage_Me {
    me {
      id
      ...AccountView_User
    }
  }
`,
  [AccountView_UserFragment],
);

/** 我的: staff sign-in or account, plus display settings everyone can use. */
export default function MePage() {
  const [result, reexecute] = createQuery({ query: MeQuery, requestPolicy: "cache-and-network" });
  // Who "me" is changes on sign-in and sign-out: always ask the server then.
  const refetchMe = () => reexecute({ requestPolicy: "network-only" });

  const state = () =>
    viewState({
      fetching: result.fetching,
      // `me: null` is data too: a citizen, or a signed-out member of staff.
      hasData: result.data !== undefined,
      isEmpty: false,
      hasError: result.error !== undefined,
      online: isOnline(),
    });

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <PageHeading>{accountsStrings.pageTitle}</PageHeading>
      <Switch>
        <Match when={state() === "loading"}>
          <SkeletonList count={1} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={refetchMe} />
        </Match>
        <Match when={state() === "error" && result.error}>
          {(error) => <DataError error={error()} onRetry={refetchMe} />}
        </Match>
        <Match when={state() === "ready"}>
          <Show when={result.data?.me} fallback={<SignInForm onSignedIn={refetchMe} />}>
            {(me) => <AccountView user={me()} onAccountChanged={refetchMe} />}
          </Show>
        </Match>
      </Switch>
      <DisplaySettings />
    </section>
  );
}

import { A } from "@solidjs/router";
import { type JSX, Match, Switch } from "solid-js";
import { DataError, DataOffline, SkeletonList } from "../../lib/data-states";
import { type ErrorLike, errorCode } from "../../lib/errors";
import { commonStrings } from "../../lib/strings";
import type { ViewState } from "../../lib/view-state";
import { publishingStrings } from "./strings";

/**
 * The four data states of a staff view (loading, offline, error, empty) around its content.
 * Signed-out visitors are sent to 我的 to sign in; staff without a publishing role are told so.
 */
export function StaffDataView(props: {
  state: ViewState;
  error: ErrorLike | undefined;
  onRetry: () => void;
  emptyText: string;
  skeletonCount?: number;
  children: JSX.Element;
}) {
  return (
    <Switch>
      <Match when={props.state === "loading"}>
        <SkeletonList count={props.skeletonCount ?? 3} />
      </Match>
      <Match when={props.state === "offline"}>
        <DataOffline onRetry={props.onRetry} />
      </Match>
      <Match when={props.state === "error" && props.error}>
        {(error) => <StaffError error={error()} onRetry={props.onRetry} />}
      </Match>
      <Match when={props.state === "empty"}>
        <p class="empty-state">{props.emptyText}</p>
      </Match>
      <Match when={props.state === "ready"}>{props.children}</Match>
    </Switch>
  );
}

export function StaffError(props: { error: ErrorLike; onRetry: () => void }) {
  return (
    <Switch fallback={<DataError error={props.error} onRetry={props.onRetry} />}>
      <Match when={errorCode(props.error) === "UNAUTHENTICATED"}>
        <div class="state-panel" role="alert">
          <p>{commonStrings.errors.unauthenticated}</p>
          <A href="/me" class="button">
            {publishingStrings.signInLink}
          </A>
        </div>
      </Match>
      <Match when={errorCode(props.error) === "FORBIDDEN"}>
        <div class="state-panel" role="alert">
          <p>{publishingStrings.forbidden}</p>
        </div>
      </Match>
    </Switch>
  );
}

import { A } from "@solidjs/router";
import ChevronLeft from "lucide-solid/icons/chevron-left";
import { type JSX, Match, Show, Switch } from "solid-js";
import { DataError, DataOffline, OfflineCacheNote, SkeletonList } from "../../lib/data-states";
import { type ErrorLike, errorCode } from "../../lib/errors";
import { isOnline } from "../../lib/online";
import { PageHeading } from "../../lib/page-heading";
import { commonStrings } from "../../lib/strings";
import type { ViewState } from "../../lib/view-state";
import { OverdueBanner } from "../letters/staff/overdue-banner";
import { WORKBENCH } from "./paths";
import { publishingStrings } from "./strings";

export const BACK_TO_WORKBENCH = { href: WORKBENCH, label: publishingStrings.backToWorkbench };

/**
 * The frame every staff screen shares: the way back, the heading, the overdue-letters banner, an
 * introduction, and the note that what is shown came from the offline cache (when offline with
 * data to show).
 */
export function StaffPage(props: {
  title: string;
  /** Where the back link goes; none on the 工作台 itself. */
  back?: { href: string; label: string };
  intro?: string;
  loading: boolean;
  /** Whether the screen has data to show (so offline means "from the cache"). */
  hasData: boolean;
  class?: string;
  children: JSX.Element;
}) {
  return (
    <section class={`page staff-page ${props.class ?? ""}`.trim()} aria-busy={props.loading}>
      <Show when={props.back}>
        {(back) => (
          <A href={back().href} class="back-link">
            <ChevronLeft size={20} aria-hidden="true" />
            {back().label}
          </A>
        )}
      </Show>
      <PageHeading>{props.title}</PageHeading>
      <OverdueBanner />
      <Show when={props.intro}>{(intro) => <p class="card__intro">{intro()}</p>}</Show>
      <Show when={!isOnline() && props.hasData}>
        <OfflineCacheNote />
      </Show>
      {props.children}
    </section>
  );
}

/** 加载更多 under a staff list, while the connection has another page. */
export function LoadMoreButton(props: { hasMore: boolean | undefined; fetching: boolean; onLoadMore: () => void }) {
  return (
    <Show when={props.hasMore}>
      <button
        type="button"
        class="button button--secondary button--block"
        disabled={props.fetching}
        onClick={() => props.onLoadMore()}
      >
        {props.fetching ? commonStrings.loading : commonStrings.loadMore}
      </button>
    </Show>
  );
}

/**
 * The four data states of a staff view (loading, offline, error, empty) around its content.
 * Signed-out visitors are sent to 我的 to sign in; staff without a publishing role are told so.
 */
export function StaffDataView(props: {
  state: ViewState;
  error: ErrorLike | undefined;
  onRetry: () => void;
  emptyText: string;
  /** What FORBIDDEN means on this screen, when not "no publishing role". */
  forbiddenText?: string;
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
        {(error) => <StaffError error={error()} onRetry={props.onRetry} forbiddenText={props.forbiddenText} />}
      </Match>
      <Match when={props.state === "empty"}>
        <p class="empty-state">{props.emptyText}</p>
      </Match>
      <Match when={props.state === "ready"}>{props.children}</Match>
    </Switch>
  );
}

export function StaffError(props: { error: ErrorLike; onRetry: () => void; forbiddenText?: string | undefined }) {
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
          <p>{props.forbiddenText ?? publishingStrings.forbidden}</p>
        </div>
      </Match>
    </Switch>
  );
}

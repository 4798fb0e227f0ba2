import { A } from "@solidjs/router";
import { type JSX, Match, Switch } from "solid-js";
import { DataError, DataOffline, SkeletonList } from "./data-states";
import { type ErrorLike, errorCode } from "./errors";
import { isOnline } from "./online";
import { PageHeading } from "./page-heading";
import { viewState } from "./view-state";

/** A page that stands in for the thing: its heading, one sentence, and the way back to the list. */
export interface DetailNotice {
  title: string;
  body: string;
  back: { href: string; label: string };
}

/**
 * The page of one thing found by its URL (an item, project, guide or topic): not found, withdrawn
 * (GONE), loading, offline, error, or the thing itself (lib/view-state.ts picks; cached data wins).
 *
 * `answer` is the query's field: undefined before an answer, null when nothing has this key. urql
 * keeps the previous page's answer while the next loads, so only an answer that `matches` the URL
 * is shown. The thing renders keyed: another one is another page (title, focus) on the same route.
 */
export function DetailPage<T extends object>(props: {
  result: { fetching: boolean; error?: ErrorLike | undefined };
  answer: T | null | undefined;
  matches: (found: T) => boolean;
  onRetry: () => void;
  skeletons?: number;
  notFound: DetailNotice;
  /** The withdrawn page; as a notice, the server's reason (when it gives one) replaces its body. */
  gone?: DetailNotice | (() => JSX.Element);
  children: (found: T) => JSX.Element;
}) {
  const found = () => {
    const answer = props.answer;
    return answer && props.matches(answer) ? answer : undefined;
  };
  const code = () => (props.result.error ? errorCode(props.result.error) : null);
  const missing = () =>
    code() === "NOT_FOUND" || (props.answer === null && !props.result.fetching && !props.result.error);
  const state = () =>
    viewState({
      fetching: props.result.fetching,
      hasData: found() !== undefined,
      isEmpty: false,
      hasError: props.result.error !== undefined,
      online: isOnline(),
    });

  return (
    <section class="page" aria-busy={state() === "loading"}>
      <Switch>
        <Match when={state() !== "ready" && code() === "GONE" && props.gone}>
          {(gone) => {
            const page = gone();
            if (typeof page === "function") return page();
            return (
              <div class="gone">
                <Notice notice={page} body={goneReason(props.result.error) ?? page.body} />
              </div>
            );
          }}
        </Match>
        <Match when={state() !== "ready" && missing()}>
          <Notice notice={props.notFound} body={props.notFound.body} />
        </Match>
        <Match when={state() === "loading"}>
          <SkeletonList count={props.skeletons ?? 2} />
        </Match>
        <Match when={state() === "offline"}>
          <DataOffline onRetry={props.onRetry} />
        </Match>
        <Match when={state() === "error" && props.result.error}>
          {(error) => <DataError error={error()} onRetry={props.onRetry} />}
        </Match>
        <Match when={found()} keyed>
          {(current) => props.children(current)}
        </Match>
      </Switch>
    </section>
  );
}

function Notice(props: { notice: DetailNotice; body: string }) {
  return (
    <>
      <PageHeading>{props.notice.title}</PageHeading>
      <p>{props.body}</p>
      <p>
        <A href={props.notice.back.href}>{props.notice.back.label}</A>
      </p>
    </>
  );
}

/** The server's message for GONE carries the reason (该办事指南已停止使用：…). */
function goneReason(error: ErrorLike | undefined): string | undefined {
  return error?.graphQLErrors.find((e) => e.extensions?.code === "GONE")?.message.trim() || undefined;
}

import { ErrorBoundary, lazy, Match, onMount, Show, Suspense, Switch } from "solid-js";
import type { LetterChallengeState } from "./challenge-state";
import { lettersStrings } from "./strings";

// The widget and its worker load with the form only, never in the entry chunk.
const loadWidget = () => import("./altcha-widget");
const AltchaWidget = lazy(loadWidget);

const strings = lettersStrings.challenge;

/**
 * The proof of work as the writer sees it: a sentence and an indeterminate progress bar while
 * the phone works (announced politely, three or four times in all), a retry button if it failed.
 */
export function ChallengeStatus(props: { state: LetterChallengeState }) {
  // Fetched while the challenge is on its way, so a signal lost right after opening the form
  // rarely catches the chunk half-loaded.
  onMount(() => void loadWidget().catch(() => undefined));
  const busy = () => props.state.status() === "loading" || props.state.status() === "solving";
  return (
    <div class="challenge-status" classList={{ "challenge-status--done": props.state.status() === "solved" }}>
      <p class="challenge-status__explain">{strings.explain}</p>
      <div class="challenge-status__row">
        <p role="status" class="challenge-status__text">
          <Switch>
            <Match when={props.state.status() === "loading"}>{strings.loading}</Match>
            <Match when={props.state.status() === "solving"}>{strings.running}</Match>
            <Match when={props.state.status() === "solved"}>{strings.done}</Match>
            <Match when={props.state.status() === "failed"}>{strings.failed}</Match>
            <Match when={props.state.status() === "offline"}>{strings.offline}</Match>
            <Match when={props.state.status() === "insecure"}>{strings.insecure}</Match>
          </Switch>
        </p>
        <Show when={props.state.status() === "failed"}>
          <button type="button" class="button button--secondary button--small" onClick={() => props.state.retry()}>
            {strings.retry}
          </button>
        </Show>
      </div>
      <Show when={busy()}>
        <progress class="challenge-status__progress" aria-label={strings.progressLabel} />
      </Show>
      <Show when={props.state.challengeJson()} keyed>
        {(challenge) => (
          // The chunk could not load (the signal went): the form stays usable, the outbox solves
          // a challenge itself when the letter is sent, and 重新验证 tries again.
          <ErrorBoundary fallback={<WidgetUnavailable onUnavailable={() => props.state.failed()} />}>
            <Suspense>
              <AltchaWidget
                challenge={challenge}
                onSolving={() => props.state.solving()}
                onSolved={(payload) => props.state.solved(payload)}
                onFailed={() => props.state.failed()}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </Show>
    </div>
  );
}

function WidgetUnavailable(props: { onUnavailable: () => void }) {
  onMount(() => props.onUnavailable());
  return null;
}

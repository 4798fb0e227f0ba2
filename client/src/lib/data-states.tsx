import CloudOff from "lucide-solid/icons/cloud-off";
import { For } from "solid-js";
import { type ErrorLike, errorMessage } from "./errors";
import { commonStrings } from "./strings";

/**
 * The shared non-data states of a data view (STYLE.md: loading, error, empty, offline).
 * Feature pages pick one with lib/view-state.ts.
 */

/** Placeholder cards while the first result loads; the page section carries aria-busy. */
export function SkeletonList(props: { count: number }) {
  return (
    <div class="skeleton-list">
      <p class="visually-hidden">{commonStrings.loading}</p>
      <For each={Array.from({ length: props.count })}>
        {() => (
          <div class="skeleton-card" aria-hidden="true">
            <span class="skeleton-line skeleton-line--short" />
            <span class="skeleton-line" />
            <span class="skeleton-line" />
          </div>
        )}
      </For>
    </div>
  );
}

export function DataError(props: { error: ErrorLike; onRetry: () => void }) {
  return (
    <div class="state-panel state-panel--error" role="alert">
      <p>{errorMessage(props.error)}</p>
      <button type="button" class="button" onClick={() => props.onRetry()}>
        {commonStrings.retry}
      </button>
    </div>
  );
}

/** Offline (or server unreachable) and nothing cached for this view. */
export function DataOffline(props: { onRetry: () => void }) {
  return (
    <div class="state-panel state-panel--offline">
      <CloudOff size={32} aria-hidden="true" />
      <p>{commonStrings.offline.noCache}</p>
      <button type="button" class="button button--secondary" onClick={() => props.onRetry()}>
        {commonStrings.retry}
      </button>
    </div>
  );
}

/** Shown above cached data while offline. */
export function OfflineCacheNote() {
  return <p class="inline-note inline-note--offline">{commonStrings.offline.showingCache}</p>;
}

import { useRegisterSW } from "virtual:pwa-register/solid";
import { createEffect, onCleanup, Show } from "solid-js";
import { shellStrings } from "./strings";

const OFFLINE_READY_TOAST_MS = 8000;

/**
 * Service worker registration (registerType "prompt"): a banner when a new version is
 * waiting, and a one-off toast when the shell has been precached. Loaded lazily by the
 * shell so workbox-window stays out of the entry chunk.
 */
export default function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // The toast is informational only, so it may close itself (it also has a close button).
  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_TOAST_MS);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <>
      <Show when={needRefresh()}>
        <div class="banner banner--update" role="status">
          <span class="banner__text">{shellStrings.update.available}</span>
          <button type="button" class="button button--small" onClick={() => void updateServiceWorker(true)}>
            {shellStrings.update.refresh}
          </button>
          <button type="button" class="button button--small button--quiet" onClick={() => setNeedRefresh(false)}>
            {shellStrings.update.later}
          </button>
        </div>
      </Show>
      <Show when={offlineReady()}>
        <div class="toast" role="status">
          <span>{shellStrings.update.offlineReady}</span>
          <button
            type="button"
            class="toast__close"
            aria-label={shellStrings.update.close}
            onClick={() => setOfflineReady(false)}
          >
            ×
          </button>
        </div>
      </Show>
    </>
  );
}

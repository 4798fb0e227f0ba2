import { A, type RouteSectionProps, useLocation } from "@solidjs/router";
import Search from "lucide-solid/icons/search";
import { createEffect, ErrorBoundary, lazy, on, Suspense } from "solid-js";
import { OfflineNotice } from "./features/shell/offline-notice";
import { shellStrings } from "./features/shell/strings";
import { TabBar } from "./features/shell/tab-bar";
import { SkeletonList } from "./lib/data-states";
import { commonStrings } from "./lib/strings";

// workbox-window is not needed for first paint; keep it out of the entry chunk.
const UpdatePrompt = lazy(() => import("./features/shell/update-prompt"));

/** The shell around every page: header, notices, <main>, bottom tab bar. */
export function App(props: RouteSectionProps) {
  return (
    <>
      <a class="skip-link" href="#main">
        {shellStrings.skipToContent}
      </a>
      <header class="site-header">
        <a href="/" class="site-header__brand">
          <img src="/icons/icon.svg" alt="" width="28" height="28" />
          <span>{commonStrings.siteName}</span>
        </a>
        <A href="/search" class="site-header__action" activeClass="is-active">
          <Search size={22} aria-hidden="true" />
          <span>{shellStrings.search}</span>
        </A>
      </header>
      <div class="notices">
        <OfflineNotice />
        <Suspense>
          <UpdatePrompt />
        </Suspense>
      </div>
      <main id="main" class="site-main" tabindex="-1">
        <ErrorBoundary fallback={(_error, reset) => <PageLoadError reset={reset} />}>
          <Suspense fallback={<SkeletonList count={3} />}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
      <TabBar />
    </>
  );
}

/**
 * A page chunk failed to load (typically offline before the service worker controls the
 * page) or a page threw. Navigating elsewhere clears it; 重试 reloads.
 */
function PageLoadError(props: { reset: () => void }) {
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => props.reset(),
      { defer: true },
    ),
  );
  return (
    <div class="state-panel state-panel--error" role="alert">
      <p>{shellStrings.pageLoadFailed}</p>
      <button type="button" class="button" onClick={() => window.location.reload()}>
        {commonStrings.retry}
      </button>
    </div>
  );
}

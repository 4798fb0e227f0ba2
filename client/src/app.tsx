import type { RouteSectionProps } from '@solidjs/router';
import { lazy, Suspense } from 'solid-js';
import { SkeletonList } from './lib/data-states';
import { OfflineNotice } from './features/shell/offline-notice';
import { shellStrings } from './features/shell/strings';
import { TabBar } from './features/shell/tab-bar';
import { commonStrings } from './lib/strings';

// workbox-window is not needed for first paint; keep it out of the entry chunk.
const UpdatePrompt = lazy(() => import('./features/shell/update-prompt'));

/** The shell around every page: header, notices, <main>, bottom tab bar. */
export function App(props: RouteSectionProps) {
  return (
    <>
      <a class="skip-link" href="#main">
        {shellStrings.skipToContent}
      </a>
      <header class="site-header">
        <a href="/" class="site-header__brand" aria-label={shellStrings.homeLink}>
          <img src="/icons/icon.svg" alt="" width="28" height="28" />
          <span>{commonStrings.siteName}</span>
        </a>
      </header>
      <div class="notices">
        <OfflineNotice />
        <Suspense>
          <UpdatePrompt />
        </Suspense>
      </div>
      <main id="main" class="site-main" tabindex="-1">
        <Suspense fallback={<SkeletonList count={3} />}>{props.children}</Suspense>
      </main>
      <TabBar />
    </>
  );
}

import { createEffect, onMount } from "solid-js";
import { commonStrings } from "./strings";

// The first page after load keeps focus where the browser put it; every later
// navigation moves focus to the new page's heading so screen readers announce it.
let hasNavigated = false;

/**
 * The page's <h1>. Sets document.title (from `documentTitle` when the tab should say more than
 * the heading, e.g. the words searched for) and, after client-side navigation, moves focus to
 * itself (WCAG 2.4.3 focus order, 4.1.3 status of route change).
 */
export function PageHeading(props: { children: string; documentTitle?: string }) {
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => {
    document.title = `${props.documentTitle ?? props.children} - ${commonStrings.siteName}`;
  });
  onMount(() => {
    if (hasNavigated) heading?.focus({ preventScroll: false });
    hasNavigated = true;
  });
  return (
    <h1 ref={heading} class="page-title" tabindex="-1">
      {props.children}
    </h1>
  );
}

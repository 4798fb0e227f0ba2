import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Crumb } from "./breadcrumbs";
import { contentStrings } from "./strings";

/** The trail above a page's heading; the current page is marked for screen readers. */
export function BreadcrumbsNav(props: { trail: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label={contentStrings.breadcrumbsLabel}>
      <ol class="breadcrumbs__list">
        <For each={props.trail}>
          {(crumb) => (
            <li class="breadcrumbs__item">
              <Show when={crumb.href} fallback={<span aria-current="page">{crumb.label}</span>}>
                {(href) => <A href={href()}>{crumb.label}</A>}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}

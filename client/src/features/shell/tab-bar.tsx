import { A } from "@solidjs/router";
import { For } from "solid-js";
import { shellStrings } from "./strings";
import { tabs } from "./tabs";

/** Fixed bottom navigation; the router's <A> sets aria-current="page" on the exact match. */
export function TabBar() {
  return (
    <nav class="tab-bar" aria-label={shellStrings.navLabel}>
      <ul class="tab-bar__list">
        <For each={tabs}>
          {(tab) => (
            <li class="tab-bar__item">
              <A href={tab.href} end={tab.end ?? false} class="tab-bar__link" activeClass="is-active" inactiveClass="">
                <tab.icon size={24} aria-hidden="true" />
                <span class="tab-bar__label">{tab.label}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}

import TriangleAlert from "lucide-solid/icons/triangle-alert";
import { For } from "solid-js";
import { type FilterParam, filterFixes, type ProjectFilters } from "./project-filters";
import { projectsStrings } from "./strings";

export interface NoticeAction {
  label: string;
  run: () => void;
}

/**
 * A lookup the server (or the page) refused: its message, which names the valid choices, and a
 * way out that drops the wrong condition. role="alert" so it is announced when it appears.
 */
export function InvalidFilterNotice(props: { message: string; actions: readonly NoticeAction[] }) {
  return (
    <div class="state-panel state-panel--error" role="alert">
      <p class="notice__title">
        <TriangleAlert size={20} aria-hidden="true" />
        {projectsStrings.invalid.title}
      </p>
      <p>{props.message}</p>
      <div class="query-toolbar">
        <For each={props.actions}>
          {(action) => (
            <button type="button" class="button button--secondary" onClick={() => action.run()}>
              {action.label}
            </button>
          )}
        </For>
      </div>
    </div>
  );
}

/** The buttons of a refused lookup (project-filters.ts decides which). */
export function fixActions(
  filters: ProjectFilters,
  param: FilterParam | null,
  go: (next: ProjectFilters) => void,
): NoticeAction[] {
  const strings = projectsStrings.invalid;
  return filterFixes(filters, param).map((fix) => ({
    label: fix.drop === "all" ? strings.clearAll : strings.clearOne(strings.params[fix.drop]),
    run: () => go(fix.next),
  }));
}

import { createQuery } from "@urql/solid";
import ChevronDown from "lucide-solid/icons/chevron-down";
import SlidersHorizontal from "lucide-solid/icons/sliders-horizontal";
import { createMemo, createUniqueId, For, Show } from "solid-js";
import { type ColumnTreeNode, ColumnTreeQuery } from "../content/column-tree-query";
import { CONTENT_KINDS, contentKindLabel, parseContentKind } from "../content/kind-filter";
import type { ContentKind } from "../home/content-kind";
import { activeFilterCount, type SearchState } from "./search-params";
import { searchStrings } from "./strings";

function flatten(nodes: readonly ColumnTreeNode[], depth = 0): Array<{ slug: string; label: string }> {
  return nodes.flatMap((node) => [
    // Indent sub-columns in the list; the dash keeps the hierarchy readable to screen readers too.
    { slug: node.slug, label: `${"— ".repeat(depth)}${node.name}` },
    ...flatten(node.children ?? [], depth + 1),
  ]);
}

/**
 * Kind, column and date range in a collapsible panel (a native <details>, so it opens with the
 * keyboard and announces its state without script). Every change updates the URL at once.
 */
export function SearchFilters(props: { state: SearchState; onChange: (next: SearchState) => void }) {
  const strings = searchStrings.filters;
  const ids = { kind: createUniqueId(), column: createUniqueId(), from: createUniqueId(), to: createUniqueId() };
  const [columns] = createQuery({ query: ColumnTreeQuery, requestPolicy: "cache-first" });
  const columnOptions = createMemo(() => flatten(columns.data?.columns ?? []));
  const count = () => activeFilterCount(props.state);
  // Open at first when the URL already filters; afterwards only the person opens or closes it.
  const initiallyOpen = count() > 0;
  const update = (patch: Partial<SearchState>) => props.onChange({ ...props.state, ...patch });

  return (
    <details class="search-filters" open={initiallyOpen}>
      <summary class="search-filters__toggle">
        <SlidersHorizontal size={20} aria-hidden="true" />
        {strings.toggle}
        <Show when={count() > 0}>
          <span class="search-filters__count">{strings.activeCount(count())}</span>
        </Show>
        <ChevronDown size={20} aria-hidden="true" class="search-filters__chevron" />
      </summary>
      <div class="search-filters__body">
        <div class="field">
          <label class="field__label" for={ids.kind}>
            {strings.kind}
          </label>
          <select
            id={ids.kind}
            class="field__input"
            onChange={(event) => update({ kind: parseContentKind(event.currentTarget.value) })}
          >
            <option value="" selected={props.state.kind === null}>
              {strings.any}
            </option>
            <For each={CONTENT_KINDS}>
              {(kind: ContentKind) => (
                <option value={kind} selected={props.state.kind === kind}>
                  {contentKindLabel(kind)}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label class="field__label" for={ids.column}>
            {strings.column}
          </label>
          <select
            id={ids.column}
            class="field__input"
            onChange={(event) => update({ column: event.currentTarget.value || null })}
          >
            <option value="" selected={props.state.column === null}>
              {strings.any}
            </option>
            <For each={columnOptions()}>
              {(option) => (
                <option value={option.slug} selected={props.state.column === option.slug}>
                  {option.label}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="search-filters__dates">
          <div class="field">
            <label class="field__label" for={ids.from}>
              {strings.from}
            </label>
            <input
              id={ids.from}
              class="field__input"
              type="date"
              value={props.state.from ?? ""}
              max={props.state.to ?? undefined}
              onChange={(event) => update({ from: event.currentTarget.value || null })}
            />
          </div>
          <div class="field">
            <label class="field__label" for={ids.to}>
              {strings.to}
            </label>
            <input
              id={ids.to}
              class="field__input"
              type="date"
              value={props.state.to ?? ""}
              min={props.state.from ?? undefined}
              onChange={(event) => update({ to: event.currentTarget.value || null })}
            />
          </div>
        </div>
        <Show when={count() > 0}>
          <button
            type="button"
            class="button button--quiet button--small"
            onClick={() => update({ kind: null, column: null, from: null, to: null })}
          >
            {strings.clear}
          </button>
        </Show>
      </div>
    </details>
  );
}

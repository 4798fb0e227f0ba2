import { A } from "@solidjs/router";
import ChevronRight from "lucide-solid/icons/chevron-right";
import { createSignal, createUniqueId, For, Show } from "solid-js";
import type { CatalogNode } from "./disclosure-catalog-query";
import { catalogPath } from "./paths";
import { contentStrings } from "./strings";

/**
 * The catalog as a disclosure tree: each code is a link to its items, and a code with
 * sub-codes has its own expand button (aria-expanded) so the link and the toggle never compete.
 */
export function CatalogTree(props: { nodes: readonly CatalogNode[]; label?: string; nested?: boolean }) {
  return (
    <ul class="catalog-tree" classList={{ "catalog-tree--nested": props.nested === true }} aria-label={props.label}>
      <For each={props.nodes}>{(node) => <CatalogBranch node={node} />}</For>
    </ul>
  );
}

function CatalogBranch(props: { node: CatalogNode }) {
  const strings = contentStrings.disclosure;
  const [expanded, setExpanded] = createSignal(false);
  const childrenId = createUniqueId();
  const hasChildren = () => (props.node.children?.length ?? 0) > 0;
  return (
    <li>
      <div class="catalog-tree__row">
        <Show when={hasChildren()} fallback={<span class="catalog-tree__spacer" aria-hidden="true" />}>
          <button
            type="button"
            class="catalog-tree__toggle"
            aria-expanded={expanded()}
            aria-controls={childrenId}
            aria-label={expanded() ? strings.collapse(props.node.name) : strings.expand(props.node.name)}
            onClick={() => setExpanded(!expanded())}
          >
            <ChevronRight size={20} aria-hidden="true" />
          </button>
        </Show>
        <A href={catalogPath(props.node.code)} class="catalog-tree__link">
          <span class="catalog-tree__code">{props.node.code}</span>
          <span class="catalog-tree__name">{props.node.name}</span>
          <span class="catalog-tree__count">{strings.itemCount(props.node.itemCount)}</span>
        </A>
      </div>
      <Show when={hasChildren()}>
        <div id={childrenId} hidden={!expanded()}>
          <CatalogTree nodes={props.node.children ?? []} nested />
        </div>
      </Show>
    </li>
  );
}

import { catalogPath, columnPath, DISCLOSURE_PATH, NEWS_PATH } from "./paths";
import { contentStrings } from "./strings";

/** One step of a breadcrumb trail; the current page's step has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

interface TreeNode<T> {
  readonly children?: readonly T[] | null;
}

/**
 * The path from a root of `nodes` to the first node that matches, both included,
 * or null when nothing matches. Depth-first, in the tree's own order.
 */
export function findTreePath<T extends TreeNode<T>>(nodes: readonly T[], matches: (node: T) => boolean): T[] | null {
  for (const node of nodes) {
    if (matches(node)) return [node];
    const below = findTreePath(node.children ?? [], matches);
    if (below) return [node, ...below];
  }
  return null;
}

const NEWS_CRUMB: Crumb = { label: contentStrings.root, href: NEWS_PATH };
const DISCLOSURE_CRUMB: Crumb = { label: contentStrings.disclosure.pageTitle, href: DISCLOSURE_PATH };

/**
 * A trail of linked steps. Without `current` the last step is the current page and loses its
 * link; with it, every step stays a link and `current` (e.g. an item title) ends the trail.
 */
export function buildBreadcrumbs(steps: readonly Required<Crumb>[], current?: string): Crumb[] {
  if (current !== undefined) return [...steps, { label: current }];
  return steps.map((step, index) => (index === steps.length - 1 ? { label: step.label } : step));
}

/** 资讯 › column › … (the path of columns from the top). */
export function columnCrumbs(columns: ReadonlyArray<{ slug: string; name: string }>): Required<Crumb>[] {
  return [
    NEWS_CRUMB as Required<Crumb>,
    ...columns.map((column) => ({ label: column.name, href: columnPath(column.slug) })),
  ];
}

/** 资讯 › 政务信息公开 › catalog › … (the path of catalog nodes from the top). */
export function catalogCrumbs(catalogs: ReadonlyArray<{ code: string; name: string }>): Required<Crumb>[] {
  return [
    NEWS_CRUMB as Required<Crumb>,
    DISCLOSURE_CRUMB as Required<Crumb>,
    ...catalogs.map((catalog) => ({ label: catalog.name, href: catalogPath(catalog.code) })),
  ];
}

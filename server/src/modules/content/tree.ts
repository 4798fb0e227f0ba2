// Columns and the disclosure catalog are small trees (tens of rows) that every navigation request
// needs whole, with published-item counts rolled up from the leaves. Loading the rows and one
// GROUP BY and assembling them here beats recursive SQL on both PGlite and PostgreSQL.

export interface TreeRow {
  id: string;
  parentId: string | null;
}

export interface OwnStats {
  count: number;
  latestPublishedAt: Date | null;
}

export interface TreeNode<T extends TreeRow> {
  row: T;
  parent: TreeNode<T> | null;
  children: TreeNode<T>[];
  /** Published items in this node and all its descendants. */
  itemCount: number;
  /** Newest publication in this node and all its descendants. */
  latestPublishedAt: Date | null;
}

export interface Tree<T extends TreeRow> {
  byId: Map<string, TreeNode<T>>;
  roots: TreeNode<T>[];
}

/** Builds the tree in the order of `rows` (sort them first) and rolls the stats up to the roots. */
export function buildTree<T extends TreeRow>(rows: T[], own: Map<string, OwnStats>): Tree<T> {
  const byId = new Map<string, TreeNode<T>>();
  for (const row of rows) {
    const stats = own.get(row.id);
    byId.set(row.id, {
      row,
      parent: null,
      children: [],
      itemCount: stats?.count ?? 0,
      latestPublishedAt: stats?.latestPublishedAt ?? null,
    });
  }
  const roots: TreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.row.parentId ? byId.get(node.row.parentId) : undefined;
    if (parent && !isAncestor(node, parent)) {
      node.parent = parent;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  for (const root of roots) rollUp(root);
  return { byId, roots };
}

/** Guards against a parent cycle typed in by hand: such a node becomes a root instead. */
function isAncestor<T extends TreeRow>(node: TreeNode<T>, candidate: TreeNode<T>): boolean {
  for (let at: TreeNode<T> | null = candidate; at; at = at.parent) if (at === node) return true;
  return false;
}

function rollUp<T extends TreeRow>(node: TreeNode<T>): void {
  for (const child of node.children) {
    rollUp(child);
    node.itemCount += child.itemCount;
    if (child.latestPublishedAt && (!node.latestPublishedAt || child.latestPublishedAt > node.latestPublishedAt)) {
      node.latestPublishedAt = child.latestPublishedAt;
    }
  }
}

/** The node and every node below it. */
export function subtreeIds<T extends TreeRow>(node: TreeNode<T>): string[] {
  return [node.row.id, ...node.children.flatMap(subtreeIds)];
}

/** Root first, the node itself last. */
export function pathTo<T extends TreeRow>(node: TreeNode<T>): TreeNode<T>[] {
  const path: TreeNode<T>[] = [];
  for (let at: TreeNode<T> | null = node; at; at = at.parent) path.unshift(at);
  return path;
}

/**
 * Memoises one value per request: the context object lives exactly as long as the request, so a
 * WeakMap keyed by it needs no clean-up and never serves another request's data.
 */
export function perRequest<C extends object, V>(load: (ctx: C) => Promise<V>): (ctx: C) => Promise<V> {
  const cache = new WeakMap<C, Promise<V>>();
  return (ctx) => {
    let value = cache.get(ctx);
    if (!value) {
      value = load(ctx);
      cache.set(ctx, value);
    }
    return value;
  };
}

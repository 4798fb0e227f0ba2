/**
 * The list page's grouping: guides under their category (事项类别), categories in the order the
 * server lists them (guideCategories), guides in the order the server returned them (catalogue
 * order, or its ranking when searching). Pure and tested (guide-groups.test.ts).
 */
export interface GuideGroup<G> {
  /** The category's name; null for guides without one (shown last, as 其他事项). */
  name: string | null;
  guides: G[];
}

export function groupByCategory<G extends { category: string | null }>(
  guides: readonly G[],
  categoryOrder: readonly { name: string }[],
): GuideGroup<G>[] {
  const groups = new Map<string | null, GuideGroup<G>>();
  for (const guide of guides) {
    const name = guide.category?.trim() || null;
    let group = groups.get(name);
    if (!group) {
      group = { name, guides: [] };
      groups.set(name, group);
    }
    group.guides.push(guide);
  }
  const rank = new Map(categoryOrder.map((category, index) => [category.name, index]));
  const last = Number.MAX_SAFE_INTEGER;
  // A category the list does not know (added since it was cached) comes after the known ones, in
  // first-seen order; guides without a category come last of all.
  const position = (name: string | null) => (name === null ? last : (rank.get(name) ?? last - 1));
  return [...groups.values()].sort((a, b) => position(a.name) - position(b.name));
}

import { type ContentKind, contentKindLabel } from "../home/content-kind";
import { homeStrings } from "../home/strings";

/** Every content kind, in the order filters list them. */
export const CONTENT_KINDS = Object.keys(homeStrings.kinds) as ContentKind[];

/** A kind from a URL parameter, or null for anything that is not one. */
export function parseContentKind(value: string | null | undefined): ContentKind | null {
  return CONTENT_KINDS.find((kind) => kind === value) ?? null;
}

/**
 * The kinds worth a filter chip: only when a list mixes two or more kinds (a chip that
 * changes nothing is noise). The active kind always stays so the filter can be cleared.
 */
export function kindChoices(seen: Iterable<string>, active: ContentKind | null): ContentKind[] {
  const present = new Set<string>(seen);
  if (active) present.add(active);
  const choices = CONTENT_KINDS.filter((kind) => present.has(kind));
  return choices.length >= 2 || active ? choices : [];
}

export { contentKindLabel };

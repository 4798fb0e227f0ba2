/** Where the 办事指南 pages live; links are built only here so slugs are always encoded. */

export const GUIDES_PATH = "/query/guides";

export function guidePath(slug: string): string {
  return `${GUIDES_PATH}/${encodeURIComponent(slug)}`;
}

/** The list, searched (the words live in the URL: shareable, and Back steps through searches). */
export function guidesSearchPath(query: string, category?: string | null): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query.trim());
  if (category) params.set("category", category);
  const search = params.toString();
  return search ? `${GUIDES_PATH}?${search}` : GUIDES_PATH;
}

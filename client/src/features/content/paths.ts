/**
 * Where the 资讯 pages live. Links are built only here so a slug or id with odd characters
 * is always encoded, and routes.ts and the links cannot drift apart.
 */

export const NEWS_PATH = "/news";
export const DISCLOSURE_PATH = "/news/disclosure";

/**
 * A column's page. The 政务信息公开 column's slug is "disclosure", so its link lands on the
 * catalog page (/news/disclosure), which is the better way into those items anyway.
 */
export function columnPath(slug: string): string {
  return `${NEWS_PATH}/${encodeURIComponent(slug)}`;
}

/** An item's page: by slug when it has one (readable, stable), else by id. */
export function itemPath(item: { id: string; slug?: string | null | undefined }): string {
  return item.slug
    ? `${NEWS_PATH}/item/${encodeURIComponent(item.slug)}`
    : `${NEWS_PATH}/item/id/${encodeURIComponent(item.id)}`;
}

/** The items filed under one disclosure catalog code (t01, t02 …). */
export function catalogPath(code: string): string {
  return `${DISCLOSURE_PATH}/${encodeURIComponent(code)}`;
}

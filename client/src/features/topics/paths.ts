/** Where the 专题 pages live; links are built only here so slugs are always encoded. */

export const TOPICS_PATH = "/query/topics";

export function topicPath(slug: string): string {
  return `${TOPICS_PATH}/${encodeURIComponent(slug)}`;
}

/** A project's page (built by the projects feature; only the link is made here). */
export function projectPath(code: string): string {
  return `/query/projects/${encodeURIComponent(code)}`;
}

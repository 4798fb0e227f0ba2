/**
 * Where the 查询 pages live. Links are built only here so a project code with odd characters is
 * always encoded, and routes.ts and the links cannot drift apart.
 */

export const QUERY_PATH = "/query";
export const PROJECTS_PATH = "/query/projects";
export const KEY_PROJECTS_PATH = "/query/key-projects";

/** One project's page, by its project code (项目代码). */
export function projectPath(code: string): string {
  return `${PROJECTS_PATH}/${encodeURIComponent(code)}`;
}

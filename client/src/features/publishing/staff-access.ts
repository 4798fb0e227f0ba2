import type { Role } from "../accounts/roles";

/**
 * Roles that work in the publishing workflow, so 我的 shows them the link to 工作台.
 * Kept apart from workflow-actions.ts so the 我的 chunk does not carry the publishing strings.
 */
const PUBLISHING_ROLES: readonly Role[] = ["EDITOR", "CHECKER", "DEPT_HEAD", "LEADER", "MAINTAINER"];

export function worksInPublishing(roles: readonly string[]): boolean {
  return roles.some((role) => (PUBLISHING_ROLES as readonly string[]).includes(role));
}

export const WORKBENCH_PATH = "/staff";

import type { graphql } from "../../lib/graphql";
import { accountsStrings } from "./strings";

/** The schema's Role enum, so a new role fails typecheck until it has a label. */
export type Role = ReturnType<typeof graphql.scalar<"Role">>;

const ROLE_LABELS: Record<Role, string> = accountsStrings.roles;

/** Chinese label of a role; the raw code for a role this build does not know yet. */
export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

/** Roles listed in the bureau's order (collection → review → leadership → operations). */
export function sortRoles<T extends string>(roles: readonly T[]): T[] {
  const order = Object.keys(ROLE_LABELS);
  const rank = (role: string) => {
    const index = order.indexOf(role);
    return index === -1 ? order.length : index;
  };
  return [...roles].sort((a, b) => rank(a) - rank(b));
}

/** The audit log is for ADMIN and LEADER (the server enforces this; the client only hides the link). */
export function canViewAuditLog(roles: readonly string[]): boolean {
  return roles.includes("ADMIN") || roles.includes("LEADER");
}

/** Roles as the audit log stores them ("ADMIN,LEADER"), in Chinese ("管理员、分管局领导"). */
export function formatRoleList(roles: string): string {
  return roles
    .split(/[\s,;|]+/)
    .filter(Boolean)
    .map(roleLabel)
    .join("、");
}

import type { Role } from "../../generated/prisma/enums.js";

/** The bureau's names for the roles (网站规范化管理手册). */
export const ROLE_LABELS: Record<Role, string> = {
  EDITOR: "信息采编",
  CHECKER: "信息核查",
  DEPT_HEAD: "科室负责领导",
  LEADER: "分管局领导",
  MAINTAINER: "网站维护",
  HANDLER: "承办",
  ADMIN: "管理员",
};

export const hasRole = (roles: readonly Role[], ...wanted: Role[]) => roles.some((r) => wanted.includes(r));

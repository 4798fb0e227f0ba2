import { describe, expect, it } from "vitest";
import { canViewAuditLog, formatRoleList, roleLabel, sortRoles } from "./roles";

describe("roleLabel", () => {
  it("labels every role in Chinese", () => {
    expect(roleLabel("EDITOR")).toBe("信息采编");
    expect(roleLabel("CHECKER")).toBe("信息核查");
    expect(roleLabel("DEPT_HEAD")).toBe("科室负责领导");
    expect(roleLabel("LEADER")).toBe("分管局领导");
    expect(roleLabel("MAINTAINER")).toBe("网站维护");
    expect(roleLabel("HANDLER")).toBe("承办");
    expect(roleLabel("ADMIN")).toBe("管理员");
  });

  it("shows an unknown role code as-is rather than nothing", () => {
    expect(roleLabel("AUDITOR")).toBe("AUDITOR");
  });
});

describe("sortRoles", () => {
  it("orders roles as the bureau lists them, unknown ones last", () => {
    expect(sortRoles(["ADMIN", "NEW_ROLE", "EDITOR", "LEADER"])).toEqual(["EDITOR", "LEADER", "ADMIN", "NEW_ROLE"]);
  });
});

describe("canViewAuditLog", () => {
  it("allows ADMIN and LEADER only", () => {
    expect(canViewAuditLog(["ADMIN"])).toBe(true);
    expect(canViewAuditLog(["EDITOR", "LEADER"])).toBe(true);
    expect(canViewAuditLog(["EDITOR", "CHECKER", "DEPT_HEAD", "MAINTAINER", "HANDLER"])).toBe(false);
    expect(canViewAuditLog([])).toBe(false);
  });
});

describe("formatRoleList", () => {
  it("turns a stored role list into Chinese labels", () => {
    expect(formatRoleList("ADMIN,LEADER")).toBe("管理员、分管局领导");
    expect(formatRoleList(" EDITOR, CHECKER ")).toBe("信息采编、信息核查");
    expect(formatRoleList("")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { canChangeValidity, validityLabel, validityProblem } from "./disclosure-validity";

describe("disclosure validity", () => {
  const published = { kind: "DISCLOSURE", status: "PUBLISHED" };

  it("lets department heads, leaders and maintainers change published disclosure items only", () => {
    for (const role of ["DEPT_HEAD", "LEADER", "MAINTAINER"])
      expect(canChangeValidity(published, { roles: [role] })).toBe(true);
    expect(canChangeValidity({ ...published, status: "EXPIRED" }, { roles: ["LEADER"] })).toBe(true);
    expect(canChangeValidity(published, { roles: ["EDITOR", "CHECKER"] })).toBe(false);
    expect(canChangeValidity({ ...published, status: "DRAFT" }, { roles: ["LEADER"] })).toBe(false);
    expect(canChangeValidity({ ...published, kind: "NEWS" }, { roles: ["LEADER"] })).toBe(false);
    expect(canChangeValidity(published, null)).toBe(false);
  });

  it("asks for a replacement or a note when a document is amended or repealed", () => {
    expect(validityProblem({ validity: "REPEALED", replacedBy: null, note: "  " })).toBe(
      "已修改或已废止的文件须关联替代文件或填写说明。",
    );
    expect(validityProblem({ validity: "AMENDED", replacedBy: "Q29udGVudEl0ZW06Mg==", note: "" })).toBeNull();
    expect(
      validityProblem({ validity: "REPEALED", replacedBy: null, note: "由新规定替代，新规定尚未上网" }),
    ).toBeNull();
    expect(validityProblem({ validity: "LAPSED", replacedBy: null, note: "" })).toBeNull();
  });

  it("labels an item without a recorded validity as valid", () => {
    expect(validityLabel(null)).toBe("有效");
    expect(validityLabel("REPEALED")).toBe("已废止");
  });
});

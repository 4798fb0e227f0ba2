import { describe, expect, it } from "vitest";
import { readsLetters, worksOnLetters } from "./staff-access";

describe("worksOnLetters (信件办理 on 我的)", () => {
  it("is for handlers, department heads and admins", () => {
    expect(worksOnLetters(["HANDLER"])).toBe(true);
    expect(worksOnLetters(["DEPT_HEAD"])).toBe(true);
    expect(worksOnLetters(["EDITOR", "ADMIN"])).toBe(true);
    expect(worksOnLetters(["EDITOR", "CHECKER", "LEADER", "MAINTAINER"])).toBe(false);
  });
});

describe("readsLetters (the overdue banner)", () => {
  it("is everyone the server lets read the inbox", () => {
    for (const role of ["HANDLER", "DEPT_HEAD", "LEADER", "MAINTAINER", "ADMIN"])
      expect(readsLetters([role])).toBe(true);
    expect(readsLetters(["EDITOR", "CHECKER"])).toBe(false);
    expect(readsLetters([])).toBe(false);
  });
});

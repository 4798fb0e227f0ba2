import { describe, expect, it } from "vitest";
import { canReadPublicityComments, windowText } from "./publicity-comments";

describe("publicity comments", () => {
  it("are read by the staff who read letters, since comments are letters", () => {
    for (const role of ["HANDLER", "DEPT_HEAD", "LEADER", "MAINTAINER", "ADMIN"]) {
      expect(canReadPublicityComments({ roles: [role] }), role).toBe(true);
    }
    for (const role of ["EDITOR", "CHECKER"]) expect(canReadPublicityComments({ roles: [role] }), role).toBe(false);
    expect(canReadPublicityComments(null)).toBe(false);
  });

  it("says where the comment window stands", () => {
    const now = new Date("2026-03-02T01:00:00Z");
    expect(windowText({ isOpen: true, daysLeft: 3, closesAt: "2026-03-05T00:00:00Z" }, now)).toBe(
      "正在征求意见，还剩 3 天",
    );
    expect(windowText({ isOpen: false, closesAt: null }, now)).toBe("此公示不征求在线意见");
    expect(windowText({ isOpen: false, opensAt: "2026-03-10T00:00:00Z", closesAt: "2026-04-10T00:00:00Z" }, now)).toBe(
      "尚未开始征求意见",
    );
    expect(windowText({ isOpen: false, opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-02-01T00:00:00Z" }, now)).toBe(
      "意见征集已结束",
    );
  });
});

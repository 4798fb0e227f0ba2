import { describe, expect, it } from "vitest";
import { dutyTodayNotice } from "./duty-today";

const facts = { date: "2026-03-02", viewerOnDuty: false, onDuty: ["梁振宇", "覃志刚"], viewerRoles: ["MAINTAINER"] };

describe("today's duty on the emergency page", () => {
  it("tells a maintainer or leader on duty that they may publish in an emergency", () => {
    expect(dutyTodayNotice({ ...facts, viewerOnDuty: true })).toEqual({
      tone: "ok",
      text: "您今天（3月2日）值班，可在稿件页面使用“值班紧急发布”。",
    });
    expect(dutyTodayNotice({ ...facts, viewerOnDuty: true, viewerRoles: ["LEADER"] }).tone).toBe("ok");
  });

  it("tells one who is not on duty that they may not, and whom to call", () => {
    expect(dutyTodayNotice({ ...facts, onDuty: ["覃志刚"] })).toEqual({
      tone: "warning",
      text: "您今天（3月2日）不在值班表上，不能紧急发布。今天值班的是：覃志刚。如需紧急发布，请联系值班人员。",
    });
    expect(dutyTodayNotice({ ...facts, onDuty: [] }).text).toBe(
      "您今天（3月2日）不在值班表上，不能紧急发布。今天没有安排值班人员，请联系网站维护或管理员安排。",
    );
  });

  it("tells everyone else who is on duty, and never offers them emergency publishing", () => {
    const head = { ...facts, viewerRoles: ["DEPT_HEAD"] };
    expect(dutyTodayNotice(head)).toEqual({ tone: "info", text: "今天（3月2日）值班的是：梁振宇、覃志刚。" });
    expect(dutyTodayNotice({ ...head, viewerOnDuty: true }).tone).toBe("info");
  });
});

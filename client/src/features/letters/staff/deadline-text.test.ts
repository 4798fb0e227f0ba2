import { describe, expect, it } from "vitest";
import { beyondInspectionLine, dueTone, remainingText } from "./deadline-text";

const open = (remainingWorkingDays: number | null, overdue = false) =>
  ({ status: "ASSIGNED", remainingWorkingDays, overdue }) as const;

describe("remainingText", () => {
  it("counts working days left, the due day, and days late", () => {
    expect(remainingText(open(5))).toBe("剩 5 个工作日");
    expect(remainingText(open(1))).toBe("剩 1 个工作日");
    expect(remainingText(open(0))).toBe("今天到期");
    expect(remainingText(open(-3))).toBe("逾期 3 个工作日");
  });

  it("says the clock is stopped while paused, and nothing once answered", () => {
    expect(remainingText({ status: "PAUSED", remainingWorkingDays: null })).toBe("中止计时");
    expect(remainingText({ status: "REPLIED", remainingWorkingDays: null })).toBeNull();
    expect(remainingText({ status: "CLOSED", remainingWorkingDays: 4 })).toBeNull();
  });

  it("says nothing when no clock runs yet", () => {
    expect(remainingText({ status: "RECEIVED", remainingWorkingDays: null })).toBeNull();
  });
});

describe("dueTone", () => {
  it("marks late, due within 2 working days, and the rest", () => {
    expect(dueTone(open(-1))).toBe("overdue");
    expect(dueTone(open(0))).toBe("soon");
    expect(dueTone(open(2))).toBe("soon");
    expect(dueTone(open(3))).toBe("normal");
  });

  it("trusts the server's overdue flag (a late acknowledgement with reply days left)", () => {
    expect(dueTone(open(4, true))).toBe("overdue");
  });

  it("has no tone for paused or answered letters", () => {
    expect(dueTone({ status: "PAUSED", remainingWorkingDays: null, overdue: false })).toBe("paused");
    expect(dueTone({ status: "REPLIED", remainingWorkingDays: null, overdue: false })).toBe("none");
  });
});

describe("beyondInspectionLine", () => {
  it("is 3 months (90 days) unanswered", () => {
    expect(beyondInspectionLine(89)).toBe(false);
    expect(beyondInspectionLine(90)).toBe(true);
    expect(beyondInspectionLine(200)).toBe(true);
  });
});

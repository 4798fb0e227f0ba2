import { describe, expect, it } from "vitest";
import { flowSummary } from "./step-flow";

const step = (days: number, excludedFromLimit = false) => ({ days, excludedFromLimit });

describe("flowSummary", () => {
  it("adds up the counted steps and keeps the uncounted ones apart", () => {
    // 建设工程规划许可证: 受理 1 + 审查 10 + 批前公示 7 (not counted) + 审批 3 + 发证 1.
    const summary = flowSummary([step(1), step(10), step(7, true), step(3), step(1)], 15, 20);
    expect(summary).toEqual({
      stepCount: 5,
      countedDays: 15,
      excludedDays: 7,
      promisedDays: 15,
      statutoryDays: 20,
      daysSaved: 5,
      stepsDisagree: false,
    });
  });

  it("notices counted steps that do not add up to the promise", () => {
    expect(flowSummary([step(8), step(8)], 10, 20).stepsDisagree).toBe(true);
    expect(flowSummary([step(2), step(3)], 10, 20).stepsDisagree).toBe(true);
    // Nothing to compare without steps or without a promise.
    expect(flowSummary([], 10, 20).stepsDisagree).toBe(false);
    expect(flowSummary([step(3)], null, 20).stepsDisagree).toBe(false);
  });

  it("claims no saving when the promise equals the statutory limit or one is missing", () => {
    expect(flowSummary([], 20, 20).daysSaved).toBeNull();
    expect(flowSummary([], null, 20).daysSaved).toBeNull();
    expect(flowSummary([], 20, undefined).daysSaved).toBeNull();
  });

  it("counts a same-day step as 0 and ignores nonsense values", () => {
    const summary = flowSummary([step(0), step(-2), step(Number.NaN), step(4)], -1, 5);
    expect(summary.countedDays).toBe(4);
    expect(summary.promisedDays).toBeNull();
    expect(summary.stepsDisagree).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  eachDay,
  endOfShanghaiDay,
  isIsoDate,
  isWeekend,
  shanghaiDay,
  startOfShanghaiDay,
  toDay,
  weekday,
} from "./shanghai-day.js";

describe("Asia/Shanghai calendar days", () => {
  it("reads a UTC instant as its Beijing-time day", () => {
    expect(shanghaiDay(new Date("2026-09-30T15:59:59.999Z"))).toBe("2026-09-30");
    expect(shanghaiDay(new Date("2026-09-30T16:00:00Z"))).toBe("2026-10-01");
    expect(shanghaiDay(new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01");
  });

  it("gives the start and end of a Beijing day as UTC instants", () => {
    expect(startOfShanghaiDay("2026-10-01").toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(endOfShanghaiDay("2026-10-01").toISOString()).toBe("2026-10-01T15:59:59.999Z");
    expect(shanghaiDay(endOfShanghaiDay("2026-10-01"))).toBe("2026-10-01");
  });

  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    for (const bad of ["2027-02-29", "2026-13-01", "2026-2-3", "2026-02-30", "20260201", "", "2026-02-01T00:00"]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(() => toDay("2026-02-30")).toThrow(/不是有效日期/);
    expect(toDay(new Date("2025-01-26T16:30:00Z"))).toBe("2025-01-27");
  });

  it("does day arithmetic across months, years and leap days", () => {
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(weekday("2026-10-01")).toBe(4);
    expect(isWeekend("2026-02-14")).toBe(true);
    expect(isWeekend("2026-02-16")).toBe(false);
    expect([...eachDay("2026-12-30", "2027-01-02")]).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
  });
});

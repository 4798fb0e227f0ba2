import { describe, expect, it } from "vitest";
import { dateToDay, dayLabel, daysBetween, dayToDate } from "./duty-day.js";

describe("roster days", () => {
  it("map to DATE values at UTC midnight and back", () => {
    expect(dayToDate("2026-03-02").toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(dateToDay(dayToDate("2026-03-02"))).toBe("2026-03-02");
  });

  it("count whole days across months and years", () => {
    expect(daysBetween("2026-03-02", "2026-03-16")).toBe(14);
    expect(daysBetween("2026-03-02", "2026-03-01")).toBe(-1);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
  });

  it("read in Chinese", () => {
    expect(dayLabel("2026-03-02")).toBe("3月2日");
    expect(dayLabel("2026-12-31")).toBe("12月31日");
  });
});

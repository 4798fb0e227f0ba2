import { describe, expect, it } from "vitest";
import { exportHref, parsePeriod, periodSearch, shanghaiYear, statisticsHref, yearOptions } from "./period";

describe("parsePeriod", () => {
  it("reads the year and month from the URL", () => {
    expect(parsePeriod({ year: "2025", month: "3" }, 2026)).toEqual({ year: 2025, month: 3 });
    expect(parsePeriod({ year: "2025" }, 2026)).toEqual({ year: 2025, month: null });
  });

  it("falls back to the current year and the whole year for anything else", () => {
    expect(parsePeriod({}, 2026)).toEqual({ year: 2026, month: null });
    expect(parsePeriod({ year: "1999", month: "13" }, 2026)).toEqual({ year: 2026, month: null });
    expect(parsePeriod({ year: "2025abc", month: "0" }, 2026)).toEqual({ year: 2026, month: null });
    expect(parsePeriod({ year: "2025.5", month: "1e1" }, 2026)).toEqual({ year: 2026, month: null });
  });
});

describe("shanghaiYear", () => {
  it("is the bureau's year, not the phone's (New Year's Eve 17:00 UTC is already January in Beijing)", () => {
    expect(shanghaiYear(new Date("2025-12-31T16:30:00Z"))).toBe(2026);
    expect(shanghaiYear(new Date("2025-12-31T15:30:00Z"))).toBe(2025);
  });
});

describe("yearOptions", () => {
  it("offers this year and five before it, newest first", () => {
    expect(yearOptions(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it("keeps an older year from the URL selectable", () => {
    expect(yearOptions(2026, 2012)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2012]);
  });
});

describe("links", () => {
  it("puts the month in the URL only when one is chosen", () => {
    expect(periodSearch({ year: 2026, month: null })).toEqual({ year: "2026", month: undefined });
    expect(statisticsHref({ year: 2026, month: 5 })).toBe("/letters/statistics?year=2026&month=5");
    expect(statisticsHref({ year: 2026, month: null })).toBe("/letters/statistics?year=2026");
  });

  it("points the xlsx export at the same period", () => {
    expect(exportHref({ year: 2026, month: null })).toBe("/exports/letters-statistics.xlsx?year=2026");
    expect(exportHref({ year: 2025, month: 12 })).toBe("/exports/letters-statistics.xlsx?year=2025&month=12");
  });
});

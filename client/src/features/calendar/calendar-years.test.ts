import { describe, expect, it } from "vitest";
import { dayRuns, exampleYear, formatDay, formatRun, scheduleJson } from "./calendar-years";

describe("dayRuns", () => {
  it("groups consecutive days, across a month's end, in date order", () => {
    expect(
      dayRuns([
        "2026-02-15",
        "2026-02-16",
        "2026-02-17",
        "2026-01-01",
        "2026-01-02",
        "2026-01-03",
        "2026-02-28",
        "2026-03-01",
      ]),
    ).toEqual([
      { from: "2026-01-01", to: "2026-01-03", days: 3 },
      { from: "2026-02-15", to: "2026-02-17", days: 3 },
      { from: "2026-02-28", to: "2026-03-01", days: 2 },
    ]);
  });

  it("counts a day listed twice once and drops what is not a date", () => {
    expect(dayRuns(["2027-10-01", "2027-10-01", "2027-10-02", "十月一日"])).toEqual([
      { from: "2027-10-01", to: "2027-10-02", days: 2 },
    ]);
  });

  it("runs across the end of February in a leap year", () => {
    expect(dayRuns(["2024-02-28", "2024-02-29", "2024-03-01"])).toEqual([
      { from: "2024-02-28", to: "2024-03-01", days: 3 },
    ]);
  });
});

describe("formatting days", () => {
  it("names the weekday whatever the phone's time zone", () => {
    expect(formatDay("2026-10-01")).toBe("10月1日（周四）");
    expect(formatDay("2027-02-06")).toBe("2月6日（周六）");
  });

  it("writes a run with its length, a single day alone", () => {
    expect(formatRun({ from: "2026-10-01", to: "2026-10-08", days: 8 })).toBe(
      "10月1日（周四）至10月8日（周四）（8 天）",
    );
    expect(formatRun({ from: "2026-01-04", to: "2026-01-04", days: 1 })).toBe("1月4日（周日）");
  });
});

describe("scheduleJson", () => {
  const year = {
    year: 2026,
    source: "OFFICIAL" as const,
    notice: "国务院办公厅关于2026年部分节假日安排的通知",
    holidays: ["2026-01-01", "2026-01-02"],
    workdays: ["2026-01-04"],
  };

  it("writes a year in the format loadWorkCalendarYear reads", () => {
    expect(JSON.parse(scheduleJson(year))).toEqual({
      year: 2026,
      source: "official",
      notice: "国务院办公厅关于2026年部分节假日安排的通知",
      holidays: ["2026-01-01", "2026-01-02"],
      workdays: ["2026-01-04"],
    });
    expect(JSON.parse(scheduleJson({ ...year, source: "PROVISIONAL", notice: null }))).toEqual({
      year: 2026,
      source: "provisional",
      holidays: ["2026-01-01", "2026-01-02"],
      workdays: ["2026-01-04"],
    });
  });

  it("takes the newest official year as the example", () => {
    const years = [
      { ...year, year: 2025 },
      { ...year, year: 2026 },
      { ...year, year: 2027, source: "PROVISIONAL" as const },
    ];
    expect(exampleYear(years)?.year).toBe(2026);
    expect(exampleYear([{ ...year, year: 2027, source: "PROVISIONAL" as const }])?.year).toBe(2027);
    expect(exampleYear([])).toBeUndefined();
  });
});

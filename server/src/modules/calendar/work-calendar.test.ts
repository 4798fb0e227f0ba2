import { getHolidaysInRange, getLunarDate, getSolarDateFromLunar, getSolarTermDate, isWorkday } from "chinese-days";
import { describe, expect, it } from "vitest";
import { BUILTIN_SCHEDULES, loadWorkCalendar } from "./builtin-schedules.js";
import { CalendarDataError, type YearSchedule } from "./calendar.validation.js";
import { PROVISIONAL_2027 } from "./provisional-2027.js";
import { eachDay, isWeekend } from "./shanghai-day.js";
import { CalendarYearNotCoveredError, WorkCalendar } from "./work-calendar.js";

const calendar = loadWorkCalendar();
const workingDays = (...days: string[]) => days.filter((day) => calendar.isWorkingDay(day));

describe("the built-in working-day calendar", () => {
  it("covers 2024–2026 from the State Council's notices and 2027 provisionally", () => {
    expect(calendar.years).toEqual([2024, 2025, 2026, 2027]);
    expect(calendar.coverage().map(({ year, source }) => [year, source])).toEqual([
      [2024, "official"],
      [2025, "official"],
      [2026, "official"],
      [2027, "provisional"],
    ]);
    expect(calendar.coverage()[2]?.notice).toMatch(/2026年部分节假日安排/);
    expect(calendar.sourceOf("2027-10-01")).toBe("provisional");
  });

  it("follows the 2025 Spring Festival and National Day, 调休 weekends included", () => {
    // 春节 01-28 … 02-04; worked Sun 01-26 and Sat 02-08.
    expect(workingDays("2025-01-25", "2025-01-26", "2025-01-27", "2025-01-28", "2025-02-04", "2025-02-05")).toEqual([
      "2025-01-26",
      "2025-01-27",
      "2025-02-05",
    ]);
    expect(calendar.isWorkingDay("2025-02-08")).toBe(true);
    expect(calendar.isWorkingDay("2025-02-09")).toBe(false);
    // 国庆 and 中秋 10-01 … 10-08; worked Sun 09-28 and Sat 10-11.
    expect(workingDays("2025-09-27", "2025-09-28", "2025-09-30", "2025-10-01", "2025-10-06", "2025-10-08")).toEqual([
      "2025-09-28",
      "2025-09-30",
    ]);
    expect(workingDays("2025-10-09", "2025-10-11", "2025-10-12")).toEqual(["2025-10-09", "2025-10-11"]);
  });

  it("follows the 2026 Spring Festival, 中秋 and National Day", () => {
    // 春节 02-15 … 02-23; worked Sat 02-14 and Sat 02-28.
    expect(workingDays("2026-02-13", "2026-02-14", "2026-02-15", "2026-02-16", "2026-02-23", "2026-02-24")).toEqual([
      "2026-02-13",
      "2026-02-14",
      "2026-02-24",
    ]);
    expect(workingDays("2026-02-28", "2026-03-01")).toEqual(["2026-02-28"]);
    // 中秋 09-25 … 09-27; 国庆 10-01 … 10-07; worked Sun 09-20 and Sat 10-10.
    expect(workingDays("2026-09-19", "2026-09-20", "2026-09-25", "2026-09-28", "2026-10-01", "2026-10-07")).toEqual([
      "2026-09-20",
      "2026-09-28",
    ]);
    expect(workingDays("2026-10-08", "2026-10-10", "2026-10-11")).toEqual(["2026-10-08", "2026-10-10"]);
  });

  it("has the 2027 statutory holidays off in the provisional schedule", () => {
    const statutory = ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05"];
    statutory.push("2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03");
    expect(workingDays(...statutory)).toEqual([]);
    // 春节 02-05 … 02-13 worked Sun 01-31 and Sun 02-14; 国庆 10-01 … 10-07 worked Sun 09-26 and Sat 10-09.
    expect(workingDays("2027-01-31", "2027-02-04", "2027-02-12", "2027-02-13", "2027-02-14", "2027-02-15")).toEqual([
      "2027-01-31",
      "2027-02-04",
      "2027-02-14",
      "2027-02-15",
    ]);
    expect(workingDays("2027-09-26", "2027-09-30", "2027-10-07", "2027-10-08", "2027-10-09", "2027-10-10")).toEqual([
      "2027-09-26",
      "2027-09-30",
      "2027-10-08",
      "2027-10-09",
    ]);
  });

  it("reads an instant as its Beijing day", () => {
    // 2026-09-30 16:30 UTC is 00:30 on National Day in Beijing.
    expect(calendar.isWorkingDay(new Date("2026-09-30T15:30:00Z"))).toBe(true);
    expect(calendar.isWorkingDay(new Date("2026-09-30T16:30:00Z"))).toBe(false);
  });

  it("refuses to answer for a year it has no schedule for", () => {
    expect(() => calendar.isWorkingDay("2028-01-03")).toThrow(CalendarYearNotCoveredError);
    expect(() => calendar.isWorkingDay("2023-06-01")).toThrow(/缺少 2023 年的法定节假日安排/);
    // A count that runs past the last loaded year fails instead of guessing Monday–Friday.
    const error = (() => {
      try {
        calendar.addWorkingDays("2027-12-27", 7);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarYearNotCoveredError);
    expect(error).toMatchObject({ year: 2028, coveredYears: [2024, 2025, 2026, 2027] });
    expect(calendar.covers(2028)).toBe(false);
  });
});

describe("counting working days", () => {
  it("counts from the day after the start, whatever the start is", () => {
    expect(calendar.nextWorkingDay("2025-01-27")).toBe("2025-02-05");
    expect(calendar.nextWorkingDay("2026-02-13")).toBe("2026-02-14");
    expect(calendar.addWorkingDays("2025-01-27", 7)).toBe("2025-02-12");
    // From a holiday: the first working day after it is day 1.
    expect(calendar.addWorkingDays("2025-10-03", 1)).toBe("2025-10-09");
    expect(calendar.addWorkingDays("2025-10-03", 3)).toBe("2025-10-11");
    expect(calendar.addWorkingDays("2026-02-14", 0)).toBe("2026-02-14");
    expect(calendar.addWorkingDays("2026-02-24", -1)).toBe("2026-02-14");
    expect(() => calendar.addWorkingDays("2026-02-24", 1.5)).toThrow(RangeError);
  });

  it("counts working days between two days, exclusive of the first", () => {
    expect(calendar.workingDaysBetween("2025-01-27", "2025-02-12")).toBe(7);
    expect(calendar.workingDaysBetween("2025-02-12", "2025-01-27")).toBe(-7);
    expect(calendar.workingDaysBetween("2026-10-01", "2026-10-07")).toBe(0);
    expect(calendar.workingDaysBetween("2026-09-30", "2026-10-10")).toBe(3);
    for (const [from, to] of [
      ["2024-12-20", "2025-01-10"],
      ["2026-09-18", "2026-10-16"],
      ["2027-01-29", "2027-02-26"],
    ] as const) {
      expect(calendar.addWorkingDays(from, calendar.workingDaysBetween(from, to))).toBe(to);
    }
  });
});

describe("the schedule data", () => {
  it("agrees with chinese-days on every day of 2024–2026", () => {
    // chinese-days reads "YYYY-MM-DD" as UTC midnight and then uses local getters: correct in UTC and
    // east of it (this machine runs UTC; production runs Asia/Shanghai).
    const disagreements = [...eachDay("2024-01-01", "2026-12-31")].filter(
      (day) => calendar.isWorkingDay(day) !== isWorkday(day),
    );
    expect(disagreements).toEqual([]);
  });

  it("still needs the provisional 2027: chinese-days 1.5.7 has no 2027 holidays", () => {
    // When this fails, chinese-days ships the official 2027 notice: import it in
    // builtin-schedules.ts instead of PROVISIONAL_2027.
    expect(getHolidaysInRange("2027-01-01", "2027-12-31", false)).toEqual([]);
  });

  it("puts the 2027 lunar holidays on the dates chinese-days computes", () => {
    expect(getLunarDate("2027-02-05")).toMatchObject({ lunarMon: 12, lunarDay: 29 });
    expect(getLunarDate("2027-02-06")).toMatchObject({ lunarMon: 1, lunarDay: 1 });
    expect(getSolarDateFromLunar("2027-01-01").date).toBe("2027-02-06");
    expect(getSolarDateFromLunar("2027-05-05").date).toBe("2027-06-09");
    expect(getSolarDateFromLunar("2027-08-15").date).toBe("2027-09-15");
    expect(getSolarTermDate(2027, 4, "pure_brightness")).toBe("2027-04-05");
  });

  const yearStats = (schedule: YearSchedule) => {
    const calendarOfYear = new WorkCalendar([schedule]);
    let weekendDays = 0;
    let daysOff = 0;
    let run = 0;
    let longestRun = 0;
    for (const day of eachDay(`${schedule.year}-01-01`, `${schedule.year}-12-31`)) {
      if (isWeekend(day)) weekendDays++;
      if (calendarOfYear.isWorkingDay(day)) longestRun = Math.max(longestRun, ++run);
      else [daysOff, run] = [daysOff + 1, 0];
    }
    return { extraDaysOff: daysOff - weekendDays, longestRun };
  };

  it("gives 13 statutory days off a year from 2025 and never more than 6 working days in a row", () => {
    // Since the 2024 revision: 13 statutory days, the ones on weekends made up (补假), 调休 swaps
    // days without adding any; "连续工作一般不超过6天". The provisional 2027 must do the same.
    const checked = BUILTIN_SCHEDULES.filter((s) => s.year >= 2025);
    expect(checked.map((s) => s.year)).toEqual([2025, 2026, 2027]);
    for (const schedule of checked) {
      const { extraDaysOff, longestRun } = yearStats(schedule);
      expect(extraDaysOff, String(schedule.year)).toBe(13);
      expect(longestRun, String(schedule.year)).toBeLessThanOrEqual(6);
    }
  });
});

describe("loading schedules", () => {
  const official2027: YearSchedule = {
    ...PROVISIONAL_2027,
    source: "official",
    notice: "国务院办公厅关于2027年部分节假日安排的通知",
    workdays: ["2027-01-31", "2027-02-14", "2027-04-25", "2027-09-26", "2027-10-09"],
  };

  it("lets an admin-loaded year replace a built-in one and add later years", () => {
    const loaded = loadWorkCalendar([
      official2027,
      { year: 2028, holidays: ["2028-01-01"], workdays: [], source: "provisional" },
    ]);
    expect(loaded.coverage().map(({ year, source }) => [year, source])).toEqual([
      [2024, "official"],
      [2025, "official"],
      [2026, "official"],
      [2027, "official"],
      [2028, "provisional"],
    ]);
    expect(loaded.isWorkingDay("2027-04-25")).toBe(true);
    expect(loaded.isWorkingDay("2027-05-08")).toBe(false);
    expect(loaded.isWorkingDay("2028-01-03")).toBe(true);
  });

  it("refuses invalid or repeated schedules", () => {
    expect(() => loadWorkCalendar([{ ...official2027, workdays: ["2027-04-26"] }])).toThrow(CalendarDataError);
    expect(() => loadWorkCalendar([official2027, official2027])).toThrow(/2027 年的安排重复/);
    expect(() => new WorkCalendar([PROVISIONAL_2027, PROVISIONAL_2027])).toThrow(/2027 年的安排重复/);
    expect(() => new WorkCalendar([{ ...PROVISIONAL_2027, holidays: [] }])).toThrow(
      "节假日安排数据有误：2027 年：放假日期（holidays）：不能为空：一年至少有元旦等法定假日",
    );
  });
});

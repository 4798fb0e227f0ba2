import { describe, expect, it } from "vitest";
import {
  addDays,
  candidateLabel,
  canKeepRoster,
  dayHeading,
  dayLabel,
  rosterWeeks,
  shiftsByDay,
  weekStart,
} from "./duty-week";

describe("the duty roster's weeks", () => {
  it("starts weeks on Monday, also from a Sunday", () => {
    expect(weekStart("2026-03-02")).toBe("2026-03-02"); // a Monday
    expect(weekStart("2026-03-08")).toBe("2026-03-02"); // Sunday belongs to the week before
    expect(weekStart("2026-03-04")).toBe("2026-03-02");
    expect(weekStart("2026-01-01")).toBe("2025-12-29"); // across a year
  });

  it("lists this week and next, Monday to Sunday", () => {
    const [thisWeek, nextWeek] = rosterWeeks("2026-03-04");
    expect(thisWeek?.label).toBe("本周");
    expect(thisWeek?.days).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
    expect(nextWeek?.label).toBe("下周");
    expect(nextWeek?.days[0]).toBe("2026-03-09");
    expect(nextWeek?.days.at(-1)).toBe("2026-03-15");
  });

  it("counts days across months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("labels days in Chinese with the weekday", () => {
    expect(dayLabel("2026-03-02")).toBe("3月2日");
    expect(dayHeading("2026-03-02")).toBe("3月2日 周一");
    expect(dayHeading("2026-03-08")).toBe("3月8日 周日");
  });

  it("groups shifts by day in the order given", () => {
    const shifts = [
      { id: "a", date: "2026-03-02" },
      { id: "b", date: "2026-03-02" },
      { id: "c", date: "2026-03-04" },
    ];
    const byDay = shiftsByDay(shifts);
    expect(byDay.get("2026-03-02")?.map((s) => s.id)).toEqual(["a", "b"]);
    expect(byDay.get("2026-03-03")).toBeUndefined();
    expect(byDay.get("2026-03-04")?.map((s) => s.id)).toEqual(["c"]);
  });

  it("lets maintainers and admins keep the roster", () => {
    expect(canKeepRoster(["MAINTAINER"])).toBe(true);
    expect(canKeepRoster(["EDITOR", "ADMIN"])).toBe(true);
    expect(canKeepRoster(["LEADER"])).toBe(false);
    expect(canKeepRoster([])).toBe(false);
  });

  it("names people with their department", () => {
    expect(candidateLabel({ displayName: "梁振宇", department: { name: "信息中心" } })).toBe("梁振宇 · 信息中心");
    expect(candidateLabel({ displayName: "梁振宇", department: null })).toBe("梁振宇");
  });
});

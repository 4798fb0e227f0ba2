import cd2025 from "chinese-days/dist/years/2025.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { importChineseDaysYear, parseYearSchedule, type ScheduleParseResult } from "./calendar.validation.js";

const valid = {
  year: 2027,
  holidays: ["2027-10-02", "2027-10-01"],
  workdays: ["2027-10-09"],
  source: "official",
  notice: "国务院办公厅关于2027年部分节假日安排的通知",
};

function errorsOf(result: ScheduleParseResult): string[] {
  if (result.ok) throw new Error("expected the schedule to be refused");
  return result.errors;
}

describe("parseYearSchedule", () => {
  it("accepts a valid schedule as an object or JSON text, with its dates sorted", () => {
    const expected = { ...valid, holidays: ["2027-10-01", "2027-10-02"] };
    expect(parseYearSchedule(valid)).toEqual({ ok: true, schedule: expected });
    expect(parseYearSchedule(JSON.stringify(valid))).toEqual({ ok: true, schedule: expected });
  });

  it("names a date outside the year", () => {
    expect(errorsOf(parseYearSchedule({ ...valid, holidays: ["2027-10-01", "2026-10-01"] }))).toEqual([
      "放假日期（holidays）第 2 项：2026-10-01 不在 2027 年内",
    ]);
  });

  it("refuses a day that is both a holiday and a make-up working day", () => {
    expect(errorsOf(parseYearSchedule({ ...valid, workdays: ["2027-10-02"] }))).toEqual([
      "调休上班日期（workdays）第 1 项：2027-10-02 同时出现在放假日期和调休上班日期中",
    ]);
  });

  it("refuses a make-up working day that is not a Saturday or Sunday", () => {
    expect(errorsOf(parseYearSchedule({ ...valid, workdays: ["2027-10-08"] }))).toEqual([
      "调休上班日期（workdays）第 1 项：2027-10-08 不是周六或周日：调休上班日只能是周末，平日本来就上班",
    ]);
  });

  it("refuses an empty holiday list, malformed and repeated dates, and lists every problem", () => {
    expect(errorsOf(parseYearSchedule({ ...valid, holidays: [] }))).toEqual([
      "放假日期（holidays）：不能为空：一年至少有元旦等法定假日",
    ]);
    expect(
      errorsOf(
        parseYearSchedule({ ...valid, holidays: ["2027-02-30", "2027-10-01", "2027-10-01"], workdays: ["2027-9-26"] }),
      ),
    ).toEqual([
      "放假日期（holidays）第 1 项：“2027-02-30”不是有效日期，应为 YYYY-MM-DD，如 2026-10-01",
      "放假日期（holidays）第 3 项：2027-10-01 重复出现",
      "调休上班日期（workdays）第 1 项：“2027-9-26”不是有效日期，应为 YYYY-MM-DD，如 2026-10-01",
    ]);
  });

  it("checks the dates even when another field is wrong", () => {
    expect(errorsOf(parseYearSchedule({ ...valid, source: "draft", workdays: ["2027-10-08"] }))).toEqual([
      '来源（source）：应为 "official"（国务院办公厅正式通知）或 "provisional"（暂定）',
      "调休上班日期（workdays）第 1 项：2027-10-08 不是周六或周日：调休上班日只能是周末，平日本来就上班",
    ]);
  });

  it("explains missing and mistyped fields", () => {
    expect(errorsOf(parseYearSchedule({ year: "2027", holidays: ["2027-10-01"], source: "draft" }))).toEqual([
      "年份（year）：应为 2000–2099 之间的整数",
      "调休上班日期（workdays）：缺少此项",
      '来源（source）：应为 "official"（国务院办公厅正式通知）或 "provisional"（暂定）',
    ]);
    expect(errorsOf(parseYearSchedule({ ...valid, holidays: [20271001] }))).toEqual([
      "放假日期（holidays）第 1 项：应为 YYYY-MM-DD 格式的日期字符串",
    ]);
    expect(errorsOf(parseYearSchedule([]))).toEqual(["应为一个对象，包含 year、holidays、workdays、source"]);
    expect(errorsOf(parseYearSchedule("{ year: 2027"))[0]).toMatch(/^文件不是有效的 JSON：/);
  });
});

describe("importChineseDaysYear", () => {
  it("turns chinese-days' per-year JSON into an official schedule", () => {
    const result = importChineseDaysYear(cd2025, { notice: "国办发明电〔2024〕12号" });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.schedule.year).toBe(2025);
    expect(result.schedule.source).toBe("official");
    expect(result.schedule.notice).toBe("国办发明电〔2024〕12号");
    expect(result.schedule.workdays).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
    expect(result.schedule.holidays).toContain("2025-01-28");
    expect(result.schedule.holidays).toContain("2025-10-08");
    expect(result.schedule.holidays).toHaveLength(28);
  });

  it("refuses data of several years, or data that breaks the schedule rules", () => {
    expect(
      errorsOf(importChineseDaysYear({ holidays: { "2026-12-31": "x", "2027-01-01": "元旦" }, workdays: {} })),
    ).toEqual(["无法确定年份：数据包含 2026、2027 年的日期，请指定年份"]);
    expect(
      errorsOf(importChineseDaysYear({ holidays: { "2027-01-01": "元旦" }, workdays: { "2027-01-04": "x" } })),
    ).toEqual(["调休上班日期（workdays）第 1 项：2027-01-04 不是周六或周日：调休上班日只能是周末，平日本来就上班"]);
    expect(errorsOf(importChineseDaysYear({ holidays: ["2027-01-01"] }))).toEqual([
      "chinese-days 格式应含 holidays 对象",
      "chinese-days 格式应含 workdays 对象",
    ]);
  });
});

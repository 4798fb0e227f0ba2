// A year's holiday schedule is data: the State Council's notice (国务院办公厅关于某年部分节假日安排的
// 通知) turned into the days off and the make-up working days (调休上班). Built-in years ship with the
// code (builtin-schedules.ts); an admin uploads later ones, so every message here names the bad entry
// in words an admin can act on.
import { z } from "zod";
import { type IsoDate, isIsoDate, isWeekend, yearOf } from "./shanghai-day.js";

export type ScheduleSource = "official" | "provisional";

export interface YearSchedule {
  year: number;
  /** Every day off of the year's holidays, weekends inside a holiday run included. Sorted. */
  holidays: IsoDate[];
  /** 调休上班: Saturdays and Sundays that are working days. Sorted. */
  workdays: IsoDate[];
  /** "provisional" until the State Council's notice for the year is out: the UI says 暂定. */
  source: ScheduleSource;
  /** The notice the schedule comes from, or how a provisional one was derived. */
  notice?: string;
}

export type ScheduleParseResult = { ok: true; schedule: YearSchedule } | { ok: false; errors: string[] };

/** Holiday data that cannot be used; `errors` are the same messages parseYearSchedule returns. */
export class CalendarDataError extends Error {
  override name = "CalendarDataError";
  constructor(readonly errors: readonly string[]) {
    super(`节假日安排数据有误：${errors.join("；")}`);
  }
}

const FIELD_LABELS: Record<string, string> = {
  year: "年份（year）",
  holidays: "放假日期（holidays）",
  workdays: "调休上班日期（workdays）",
  source: "来源（source）",
  notice: "通知（notice）",
};

type DateField = "holidays" | "workdays";

const MIN_YEAR = 2000;
const MAX_YEAR = 2099;

/** zod reports a missing key as a wrong type; say "missing" instead. */
const expected = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "缺少此项" : message;

const dateList = z.array(z.string({ error: expected("应为 YYYY-MM-DD 格式的日期字符串") }), {
  error: expected('应为日期列表，如 ["2026-10-01"]'),
});
const YEAR_RANGE = `应为 ${MIN_YEAR}–${MAX_YEAR} 之间的整数`;

/**
 * The date checks need a valid year and lists of strings, nothing else: run them even when, say,
 * `source` is wrong, so an admin sees every problem of a file at once.
 */
const readableDates = {
  when: ({ issues }: { issues: readonly z.core.$ZodRawIssue[] }) =>
    !issues.some(
      (issue) =>
        issue.path?.[0] === "year" ||
        (issue.code === "invalid_type" && (issue.path?.[0] === "holidays" || issue.path?.[0] === "workdays")),
    ),
};

export const yearScheduleSchema = z
  .object({
    year: z
      .number({ error: expected(YEAR_RANGE) })
      .int(YEAR_RANGE)
      .min(MIN_YEAR, YEAR_RANGE)
      .max(MAX_YEAR, YEAR_RANGE),
    holidays: dateList.min(1, "不能为空：一年至少有元旦等法定假日"),
    workdays: dateList,
    source: z.enum(["official", "provisional"], {
      error: expected('应为 "official"（国务院办公厅正式通知）或 "provisional"（暂定）'),
    }),
    notice: z.string({ error: "应为文字" }).trim().min(1, "不能为空字符串").max(500, "不能超过 500 个字").optional(),
  })
  .superRefine((schedule, ctx) => {
    const seen = new Map<IsoDate, DateField>();
    const problem = (field: DateField, day: string): string | undefined => {
      if (!isIsoDate(day)) return `“${day}”不是有效日期，应为 YYYY-MM-DD，如 2026-10-01`;
      if (yearOf(day) !== schedule.year) return `${day} 不在 ${schedule.year} 年内`;
      const earlier = seen.get(day);
      if (earlier) return earlier === field ? `${day} 重复出现` : `${day} 同时出现在放假日期和调休上班日期中`;
      seen.set(day, field);
      if (field === "workdays" && !isWeekend(day)) {
        return `${day} 不是周六或周日：调休上班日只能是周末，平日本来就上班`;
      }
      return undefined;
    };
    for (const field of ["holidays", "workdays"] as const) {
      schedule[field].forEach((day, index) => {
        const message = problem(field, day);
        if (message) ctx.addIssue({ code: "custom", path: [field, index], message });
      });
    }
  }, readableDates)
  .transform(
    (s): YearSchedule => ({
      year: s.year,
      holidays: [...s.holidays].sort(),
      workdays: [...s.workdays].sort(),
      source: s.source,
      ...(s.notice ? { notice: s.notice } : {}),
    }),
  );

function describe(issue: z.core.$ZodIssue): string {
  const [field, index] = issue.path;
  const label = typeof field === "string" ? (FIELD_LABELS[field] ?? field) : "";
  const where = typeof index === "number" ? `${label}第 ${index + 1} 项` : label;
  return where ? `${where}：${issue.message}` : issue.message;
}

function fromJson(input: unknown): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  if (typeof input !== "string") return { ok: true, value: input };
  try {
    return { ok: true, value: JSON.parse(input) };
  } catch (error) {
    return { ok: false, errors: [`文件不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * Checks a year schedule an admin uploads (JSON text or an already parsed object):
 * `{ "year": 2027, "holidays": ["2027-01-01", …], "workdays": ["2027-01-31", …],
 *    "source": "official", "notice": "国务院办公厅关于2027年部分节假日安排的通知" }`.
 */
export function parseYearSchedule(input: unknown): ScheduleParseResult {
  const json = fromJson(input);
  if (!json.ok) return json;
  if (typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) {
    return { ok: false, errors: ["应为一个对象，包含 year、holidays、workdays、source"] };
  }
  const parsed = yearScheduleSchema.safeParse(json.value);
  return parsed.success
    ? { ok: true, schedule: parsed.data }
    : { ok: false, errors: parsed.error.issues.map(describe) };
}

/** The per-year JSON that the `chinese-days` package ships (dist/years/2026.json). */
const chineseDaysYear = z.object({
  holidays: z.record(z.string(), z.string(), { error: "chinese-days 格式应含 holidays 对象" }),
  workdays: z.record(z.string(), z.string(), { error: "chinese-days 格式应含 workdays 对象" }),
  // Which of the days off are 调休 days. Informational only: they are in `holidays` already.
  inLieuDays: z.record(z.string(), z.string()).optional(),
});

/**
 * Imports a year in the `chinese-days` JSON shape: `{ holidays: { "2026-10-01": "National Day,国庆节,3" },
 * workdays: { "2026-09-20": … }, inLieuDays: {…} }`. The year comes from the dates unless given.
 * chinese-days transcribes the State Council's notices, so the result is `official`.
 */
export function importChineseDaysYear(
  input: unknown,
  options: { year?: number; notice?: string } = {},
): ScheduleParseResult {
  const json = fromJson(input);
  if (!json.ok) return json;
  const parsed = chineseDaysYear.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
  const holidays = Object.keys(parsed.data.holidays);
  const workdays = Object.keys(parsed.data.workdays);
  let year = options.year;
  if (year === undefined) {
    const years = [...new Set([...holidays, ...workdays].map((day) => day.slice(0, 4)))];
    if (years.length === 0) return { ok: false, errors: ["数据中没有任何日期"] };
    if (years.length > 1) {
      return { ok: false, errors: [`无法确定年份：数据包含 ${years.join("、")} 年的日期，请指定年份`] };
    }
    year = Number(years[0]);
  }
  return parseYearSchedule({
    year,
    holidays,
    workdays,
    source: "official",
    ...(options.notice ? { notice: options.notice } : {}),
  });
}

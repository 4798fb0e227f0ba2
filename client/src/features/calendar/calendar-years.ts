import { calendarStrings } from "./strings";

/**
 * The holiday schedules as the calendar screen shows them: runs of days off (春节 8 天 …), dates in
 * words, and a year turned back into the JSON an admin loads. Dates are calendar days (YYYY-MM-DD),
 * not instants: the arithmetic is done in UTC so no time zone can shift a day.
 */

export interface DayRun {
  from: string;
  to: string;
  days: number;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(iso: string): number | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.floor(time / DAY_MS);
}

/** Consecutive days grouped into runs, in date order (duplicates and malformed dates dropped). */
export function dayRuns(dates: readonly string[]): DayRun[] {
  const days = [...new Set(dates)]
    .map((iso) => ({ iso, n: dayNumber(iso) }))
    .filter((d): d is { iso: string; n: number } => d.n !== null)
    .sort((a, b) => a.n - b.n);
  const runs: Array<DayRun & { last: number }> = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && day.n === run.last + 1) {
      run.to = day.iso;
      run.days += 1;
      run.last = day.n;
    } else {
      runs.push({ from: day.iso, to: day.iso, days: 1, last: day.n });
    }
  }
  return runs.map(({ from, to, days }) => ({ from, to, days }));
}

/** "2026-10-01" → "10月1日（周四）". */
export function formatDay(iso: string): string {
  const n = dayNumber(iso);
  if (n === null) return iso;
  const date = new Date(n * DAY_MS);
  const weekday = calendarStrings.weekdays[date.getUTCDay()] ?? "";
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日（${weekday}）`;
}

/** One day, or "10月1日（周四）至10月8日（周四）（8 天）". */
export function formatRun(run: DayRun): string {
  return run.days === 1 ? formatDay(run.from) : calendarStrings.run(formatDay(run.from), formatDay(run.to), run.days);
}

export interface CalendarYear {
  year: number;
  source: "OFFICIAL" | "PROVISIONAL";
  notice: string | null;
  holidays: readonly string[];
  workdays: readonly string[];
}

/** A year as the JSON loadWorkCalendarYear takes: what an admin starts from for the next one. */
export function scheduleJson(year: CalendarYear): string {
  const schedule = {
    year: year.year,
    source: year.source === "OFFICIAL" ? "official" : "provisional",
    ...(year.notice ? { notice: year.notice } : {}),
    holidays: year.holidays,
    workdays: year.workdays,
  };
  return JSON.stringify(schedule, null, 2);
}

/** The newest year taken from an official notice (the best example of the format), else the newest. */
export function exampleYear<T extends CalendarYear>(years: readonly T[]): T | undefined {
  const newestFirst = [...years].sort((a, b) => b.year - a.year);
  return newestFirst.find((y) => y.source === "OFFICIAL") ?? newestFirst[0];
}

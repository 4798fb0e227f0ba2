// Working days in mainland China: Monday to Friday, less the State Council's holidays, plus the
// Saturdays and Sundays it turns into working days (调休上班). Only years with a loaded schedule can
// be answered: guessing "weekdays work" for an unknown year would count the Spring Festival as
// working days and make every deadline across it too early, so such a question throws instead.
import { CalendarDataError, parseYearSchedule, type ScheduleSource, type YearSchedule } from "./calendar.validation.js";
import { addCalendarDays, type DayInput, type IsoDate, isWeekend, toDay, yearOf } from "./shanghai-day.js";

/** A day outside every loaded year. The message is for staff; `year` says which one to load. */
export class CalendarYearNotCoveredError extends Error {
  override name = "CalendarYearNotCoveredError";
  constructor(
    readonly year: number,
    readonly coveredYears: readonly number[],
  ) {
    const covered = coveredYears.length ? `已载入 ${coveredYears.join("、")} 年` : "尚未载入任何年份";
    super(`缺少 ${year} 年的法定节假日安排，无法按工作日计算期限（${covered}）。请管理员导入 ${year} 年的放假安排。`);
  }
}

interface LoadedYear {
  schedule: YearSchedule;
  holidays: ReadonlySet<IsoDate>;
  workdays: ReadonlySet<IsoDate>;
}

export interface YearCoverage {
  year: number;
  source: ScheduleSource;
  notice?: string;
}

export class WorkCalendar {
  readonly #years = new Map<number, LoadedYear>();

  /** Throws CalendarDataError when a schedule is invalid or a year is given twice. */
  constructor(schedules: readonly YearSchedule[]) {
    const errors: string[] = [];
    for (const input of schedules) {
      // Schedules may come from the database as plain JSON: check them as an upload is checked.
      const parsed = parseYearSchedule(input);
      if (!parsed.ok) {
        errors.push(`${input?.year ?? "未知"} 年：${parsed.errors.join("；")}`);
        continue;
      }
      const { schedule } = parsed;
      if (this.#years.has(schedule.year)) {
        errors.push(`${schedule.year} 年的安排重复`);
        continue;
      }
      this.#years.set(schedule.year, {
        schedule,
        holidays: new Set(schedule.holidays),
        workdays: new Set(schedule.workdays),
      });
    }
    if (errors.length) throw new CalendarDataError(errors);
  }

  /** The years this calendar can answer for, ascending. */
  get years(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b);
  }

  /** Each loaded year with where its schedule comes from (official notice or 暂定). */
  coverage(): YearCoverage[] {
    return this.years.map((year) => {
      const { source, notice } = this.#loaded(year).schedule;
      return { year, source, ...(notice ? { notice } : {}) };
    });
  }

  covers(year: number): boolean {
    return this.#years.has(year);
  }

  schedule(year: number): YearSchedule | undefined {
    return this.#years.get(year)?.schedule;
  }

  /** Whether the day's schedule is official or provisional (暂定). */
  sourceOf(day: DayInput): ScheduleSource {
    return this.#loaded(yearOf(toDay(day))).schedule.source;
  }

  isWorkingDay(day: DayInput): boolean {
    const iso = toDay(day);
    const year = this.#loaded(yearOf(iso));
    if (year.workdays.has(iso)) return true;
    return !isWeekend(iso) && !year.holidays.has(iso);
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: DayInput): IsoDate {
    return this.addWorkingDays(day, 1);
  }

  /**
   * The |n|-th working day after `start` (before it when n < 0); `start` itself is never counted,
   * whether or not it is a working day, and n = 0 returns `start`. So a letter received on a
   * Saturday that is not a 调休 day has the next working day as its day 1. See deadline.ts for why
   * this is how "N 个工作日内" is counted.
   */
  addWorkingDays(start: DayInput, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`工作日天数应为整数，收到 ${n}`);
    const step = Math.sign(n);
    let day = toDay(start);
    for (let left = Math.abs(n); left > 0; ) {
      day = addCalendarDays(day, step);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /**
   * Working days d with from < d ≤ to: the number of working days that have passed on `to` since
   * `from`. Negative when `to` is before `from`. addWorkingDays(from, workingDaysBetween(from, to))
   * is `to` whenever `to` is a working day.
   */
  workingDaysBetween(from: DayInput, to: DayInput): number {
    const [a, b] = [toDay(from), toDay(to)];
    if (b < a) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let day = addCalendarDays(a, 1); day <= b; day = addCalendarDays(day, 1)) {
      if (this.isWorkingDay(day)) count++;
    }
    return count;
  }

  #loaded(year: number): LoadedYear {
    const loaded = this.#years.get(year);
    if (!loaded) throw new CalendarYearNotCoveredError(year, this.years);
    return loaded;
  }
}

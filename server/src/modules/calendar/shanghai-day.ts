// Calendar days in Asia/Shanghai. The server stores instants in UTC; deadlines, "today" and
// working days are Beijing-time calendar days, written as ISO dates ("2026-10-01").
//
// Asia/Shanghai has been UTC+8 all year since 1991 (no daylight saving), so a fixed offset is
// exact for every date this portal handles and needs no time-zone database.
import { DAY, HOUR } from "../../clock.js";

/** A calendar day as "YYYY-MM-DD". */
export type IsoDate = string;

/** A calendar day: an ISO date, or a UTC instant read as its Asia/Shanghai day. */
export type DayInput = IsoDate | Date;

const SHANGHAI_OFFSET = 8 * HOUR;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of the day's UTC midnight: day arithmetic without time zones. */
function utcMidnight(day: IsoDate): number | undefined {
  const match = ISO_DATE.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to 2026-03-02: refuse what does not round-trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return undefined;
  }
  return ms;
}

const fromUtcMidnight = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** True for a real calendar date written "YYYY-MM-DD". */
export const isIsoDate = (value: string): boolean => utcMidnight(value) !== undefined;

/** The Asia/Shanghai calendar day of a UTC instant. */
export function shanghaiDay(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("无效的时间");
  return fromUtcMidnight(ms + SHANGHAI_OFFSET);
}

/** An ISO date as given (checked), or the Asia/Shanghai day of an instant. */
export function toDay(input: DayInput): IsoDate {
  if (input instanceof Date) return shanghaiDay(input);
  if (!isIsoDate(input)) throw new RangeError(`“${input}”不是有效日期（格式为 YYYY-MM-DD）`);
  return input;
}

function midnight(day: IsoDate): number {
  const ms = utcMidnight(day);
  if (ms === undefined) throw new RangeError(`“${day}”不是有效日期（格式为 YYYY-MM-DD）`);
  return ms;
}

/** 00:00:00.000 Beijing time of the day, as a UTC instant. */
export const startOfShanghaiDay = (day: IsoDate): Date => new Date(midnight(day) - SHANGHAI_OFFSET);

/** 23:59:59.999 Beijing time of the day, as a UTC instant: the end of a deadline's last day. */
export const endOfShanghaiDay = (day: IsoDate): Date => new Date(midnight(day) - SHANGHAI_OFFSET + DAY - 1);

export const addCalendarDays = (day: IsoDate, days: number): IsoDate => fromUtcMidnight(midnight(day) + days * DAY);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (day: IsoDate): number => new Date(midnight(day)).getUTCDay();

export const isWeekend = (day: IsoDate): boolean => {
  const d = weekday(day);
  return d === 0 || d === 6;
};

export const yearOf = (day: IsoDate): number => Number(day.slice(0, 4));

/** Every day from `from` to `to`, both included. */
export function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let ms = midnight(from), end = midnight(to); ms <= end; ms += DAY) yield fromUtcMidnight(ms);
}

// The roster's days in the database and in messages. Days are Asia/Shanghai calendar days
// ("2026-03-02", calendar/shanghai-day.ts); the DutyShift.date column is a DATE, which Prisma
// reads and writes as the Date at UTC midnight of that day, whatever zone the server runs in.
import { DAY } from "../../clock.js";
import type { IsoDate } from "../calendar/shanghai-day.js";

/** The value of a DATE column for a day. */
export const dayToDate = (day: IsoDate): Date => new Date(`${day}T00:00:00Z`);

/** The day a DATE column holds. */
export const dateToDay = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / DAY);

/** "3月2日", for messages. */
export function dayLabel(day: IsoDate): string {
  const [, month, date] = day.split("-");
  return `${Number(month)}月${Number(date)}日`;
}

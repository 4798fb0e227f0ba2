// When the demo letters came in, and through which channel. The bureau's report counts the letters
// of January–May: 63 from the government–citizen platform (政民互动平台), 9 from the online petition
// system (网上信访) and 30 to the director's mailbox (局长信箱). The demo reproduces exactly those
// figures for the report year, and spreads the other letters over the rest of the past twelve
// months, more of them in the last three weeks so that the inbox has current work.
//
// The report year is the year of the day before the seeding day. From June on, January–May lie in
// the past and hold the figures. Earlier in the year only the days up to yesterday exist: the
// figures are then put into those days (January–May of the statistics still total 63/9/30, but
// the months after yesterday are empty), and when the seed runs on 1 January, the report year is
// the year just ended. Nothing is ever dated after the seeding day.
import { DAY, HOUR, MINUTE } from "../../clock.js";
import type { LetterChannel } from "../../generated/prisma/enums.js";
import {
  addCalendarDays,
  eachDay,
  type IsoDate,
  isWeekend,
  shanghaiDay,
  startOfShanghaiDay,
} from "../../modules/calendar/shanghai-day.js";
import { CalendarYearNotCoveredError, type WorkCalendar } from "../../modules/calendar/work-calendar.js";
import type { Rng } from "../rng.js";

/** The report's January–May figures, and how many letters the message board adds to them. */
export const REPORT_FIGURES = {
  CITIZEN_PLATFORM: 63,
  ONLINE_PETITION: 9,
  DIRECTOR_MAILBOX: 30,
  LEADER_MESSAGE_BOARD: 8,
} as const satisfies Partial<Record<LetterChannel, number>>;

/** Letters of the other months of the past year. */
const OTHER_MONTHS = {
  DIRECTOR_MAILBOX: 30,
  CITIZEN_PLATFORM: 20,
  ONLINE_PETITION: 4,
  LEADER_MESSAGE_BOARD: 6,
} as const satisfies Partial<Record<LetterChannel, number>>;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** How many demo letters there are (each has a stable key: letter-001 …). */
export const DEMO_LETTER_COUNT = sum(REPORT_FIGURES) + sum(OTHER_MONTHS);

/** The key of the n-th demo letter (from 0, oldest first): its id and its codes derive from it. */
export const demoLetterKey = (n: number) => `letter-${String(n + 1).padStart(3, "0")}`;

/** Of all letters, this many came in during the last RECENT_DAYS days. */
const RECENT_LETTERS = 30;
const RECENT_DAYS = 21;

export interface Slot {
  receivedAt: Date;
  channel: LetterChannel;
  /** Received in January–May of the report year. */
  inReport: boolean;
}

export function reportYearOf(today: Date): number {
  return Number(shanghaiDay(new Date(today.getTime() - 1)).slice(0, 4));
}

/** Every letter's receipt time and channel, oldest first. `today` is a Beijing midnight. */
export function letterSlots(r: Rng, today: Date): Slot[] {
  const yesterday = shanghaiDay(new Date(today.getTime() - 1));
  const year = reportYearOf(today);
  const all = [...eachDay(addCalendarDays(yesterday, -364), yesterday)];
  const inReport = (day: IsoDate) => day >= `${year}-01-01` && day < `${year}-06-01`;
  const recent = new Set(all.slice(-RECENT_DAYS));
  const reportDays = all.filter(inReport);
  const otherDays = all.filter((d) => !inReport(d));
  const recentReport = reportDays.filter((d) => recent.has(d));
  const recentOther = otherDays.filter((d) => recent.has(d));

  const fromReport = Math.round((RECENT_LETTERS * recentReport.length) / RECENT_DAYS);
  const place = (
    days: readonly IsoDate[],
    recentDays: readonly IsoDate[],
    bag: Record<string, number>,
    nRecent: number,
  ) => {
    const channels = r.sample(
      Object.entries(bag).flatMap(([channel, n]) => Array<LetterChannel>(n).fill(channel as LetterChannel)),
      sum(bag),
    );
    const recentCount = recentDays.length ? Math.min(nRecent, channels.length) : 0;
    const picked = [...spread(r, recentDays, recentCount), ...spread(r, days, channels.length - recentCount)];
    return picked.map((day, i) => ({
      // Letters come in at any hour people write them: 07:00–23:00 Beijing time.
      receivedAt: new Date(startOfShanghaiDay(day).getTime() + 7 * HOUR + r.int(0, 16 * 60 - 1) * MINUTE),
      channel: channels[i] as LetterChannel,
      inReport: inReport(day),
    }));
  };
  return [
    ...place(reportDays, recentReport, REPORT_FIGURES, fromReport),
    ...place(otherDays, recentOther, OTHER_MONTHS, RECENT_LETTERS - fromReport),
  ].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

/** `count` days from `days`, evenly spread with jitter (several on one day when there are few days). */
function spread(r: Rng, days: readonly IsoDate[], count: number): IsoDate[] {
  if (!days.length || count <= 0) return [];
  return Array.from({ length: count }, (_, i) => days[Math.floor(((i + r.next()) * days.length) / count)] as IsoDate);
}

/**
 * Working days and office hours (08:30–17:30 Beijing) for scheduling staff steps. Years the work
 * calendar does not cover count Monday–Friday as working days: the seed still runs, and those
 * letters get no due dates, as the letters services do.
 */
export class OfficeHours {
  /** Working days counted from an early day (its day number) up to each day: workingDaysBetween is a subtraction. */
  readonly #counted: number[] = [];
  #first = 0;

  constructor(readonly calendar: WorkCalendar) {}

  isWorkingDay(day: IsoDate): boolean {
    try {
      return this.calendar.isWorkingDay(day);
    } catch (error) {
      if (error instanceof CalendarYearNotCoveredError) return !isWeekend(day);
      throw error;
    }
  }

  covers(at: Date): boolean {
    return this.calendar.covers(Number(shanghaiDay(at).slice(0, 4)));
  }

  addWorkingDays(day: IsoDate, n: number): IsoDate {
    let d = day;
    for (let left = n; left > 0; ) {
      d = addCalendarDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** Working days d with from < d ≤ to. */
  workingDaysBetween(from: Date, to: Date): number {
    return this.#countedUpTo(shanghaiDay(to)) - this.#countedUpTo(shanghaiDay(from));
  }

  #countedUpTo(day: IsoDate): number {
    const n = Math.floor(startOfShanghaiDay(day).getTime() / DAY);
    if (!this.#counted.length || n < this.#first) {
      // Start well before the first day asked about: letters are at most a year old.
      this.#first = n - 400;
      this.#counted.length = 0;
    }
    for (let i = this.#counted.length; i <= n - this.#first; i++) {
      const date = shanghaiDay(new Date((this.#first + i) * DAY + 8 * HOUR));
      this.#counted.push((this.#counted[i - 1] ?? 0) + (this.isWorkingDay(date) ? 1 : 0));
    }
    return this.#counted[n - this.#first] as number;
  }

  /** A moment of `day` between two times of day (minutes after midnight, Beijing). */
  on(day: IsoDate, r: Rng, from = 8 * 60 + 40, to = 17 * 60 + 10): Date {
    return new Date(startOfShanghaiDay(day).getTime() + r.int(from, to) * MINUTE);
  }

  /** `minutes` (a range) after `t`, moved into office hours: the next working morning if it falls outside. */
  after(t: Date, r: Rng, minMinutes: number, maxMinutes: number): Date {
    const candidate = new Date(t.getTime() + r.int(minMinutes, maxMinutes) * MINUTE);
    const day = shanghaiDay(candidate);
    const minute = (candidate.getTime() - startOfShanghaiDay(day).getTime()) / MINUTE;
    if (this.isWorkingDay(day) && minute >= 8 * 60 + 30 && minute <= 17 * 60 + 30) return candidate;
    const next = this.isWorkingDay(day) && minute < 8 * 60 + 30 ? day : this.addWorkingDays(day, 1);
    return this.on(next, r, 8 * 60 + 30, 10 * 60 + 30);
  }

  /** The `n`-th working day after the day of `t`, at an office time. */
  workingDaysAfter(t: Date, n: number, r: Rng, from?: number, to?: number): Date {
    return this.on(this.addWorkingDays(shanghaiDay(t), n), r, from, to);
  }
}

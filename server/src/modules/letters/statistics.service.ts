// 来信统计: the figures the bureau reports (its annual report counts letters per channel) and the
// national guideline asks about, for the letters received in a year or one month of it. Public:
// only counts, never a letter or anything about its writer. The xlsx export (statistics.xlsx.ts)
// writes the same figures.
//
// On time (按时): acknowledged / replied at or before the due instant (the end of the due day,
// Beijing time). A letter counts once its outcome is known:
// - answered → on time or late by its due date;
// - not answered and past due → late already (answering it now cannot make it on time);
// - not answered and not yet due, or its clock stopped (补正, third party: no due date while it
//   stands) → pending, left out of the rate.
// Acknowledgement applies to complex letters (复杂件) only. A letter without a due date (its year's
// holiday schedule was missing when it came in) is left out of the rate it lacks a date for.
// Handling time: working days from receipt to reply (WorkCalendar.workingDaysBetween), for letters
// replied so far; pauses are not subtracted — it is how long the writer waited.
import type { Letter, LetterChannel, LetterRating, LetterType } from "../../generated/prisma/client.js";
import { LetterChannel as CHANNELS, LetterType as TYPES } from "../../generated/prisma/enums.js";
import type { Logger } from "../../logger.js";
import { startOfShanghaiDay } from "../calendar/shanghai-day.js";
import { CalendarYearNotCoveredError, type WorkCalendar } from "../calendar/work-calendar.js";
import type { LettersDeps } from "./letters.deps.js";
import { isOpen } from "./letters.rules.js";
import { workCalendar } from "./work-calendar.js";

export interface StatisticsPeriod {
  year: number;
  /** 1–12, or null for the whole year. */
  month: number | null;
}

export interface OnTimeFigures {
  onTime: number;
  late: number;
  /** Not answered and not yet due (or paused): outside the rate. */
  pending: number;
  /** onTime / (onTime + late), or null when nothing is settled yet. */
  rate: number | null;
}

export interface LetterStatistics extends StatisticsPeriod {
  total: number;
  byChannel: Array<{ channel: LetterChannel; count: number }>;
  byType: Array<{ type: LetterType; count: number }>;
  /** Departments in their usual order; departmentName null: not assigned yet (未分办). */
  byDepartment: Array<{ departmentName: string | null; count: number }>;
  byMonth: Array<{ month: number; count: number; byChannel: Array<{ channel: LetterChannel; count: number }> }>;
  acknowledgement: OnTimeFigures;
  reply: OnTimeFigures;
  handling: { replied: number; averageWorkingDays: number | null };
  satisfaction: {
    satisfied: number;
    basicallySatisfied: number;
    unsatisfied: number;
    /** Replied, not rated. */
    unrated: number;
    /** (satisfied + basically satisfied) / rated, or null when none is rated. */
    rate: number | null;
  };
  publication: { published: number; hidden: number; unpublished: number };
}

/** What the figures are computed from: no personal data is ever read. */
export type StatisticsLetter = Pick<
  Letter,
  | "channel"
  | "type"
  | "status"
  | "complex"
  | "departmentId"
  | "receivedAt"
  | "ackDueAt"
  | "acknowledgedAt"
  | "replyDueAt"
  | "repliedAt"
  | "rating"
  | "publishedAt"
  | "hiddenAt"
>;

const STATISTICS_SELECT = {
  channel: true,
  type: true,
  status: true,
  complex: true,
  departmentId: true,
  receivedAt: true,
  ackDueAt: true,
  acknowledgedAt: true,
  replyDueAt: true,
  repliedAt: true,
  rating: true,
  publishedAt: true,
  hiddenAt: true,
} as const satisfies Record<keyof StatisticsLetter, true>;

const pad = (n: number) => String(n).padStart(2, "0");

/** [from, to) of the period, Beijing time. */
export function periodRange({ year, month }: StatisticsPeriod): { from: Date; to: Date } {
  if (month === null) return { from: startOfShanghaiDay(`${year}-01-01`), to: startOfShanghaiDay(`${year + 1}-01-01`) };
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return { from: startOfShanghaiDay(`${year}-${pad(month)}-01`), to: startOfShanghaiDay(next) };
}

/** The Beijing-time month (1–12) of an instant. */
const monthOf = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCMonth() + 1;

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Array<{ key: K; count: number }> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

const channelCounts = (letters: readonly StatisticsLetter[]) =>
  tally(
    Object.values(CHANNELS),
    letters.map((l) => l.channel),
  ).map(({ key, count }) => ({ channel: key, count }));

type Outcome = "onTime" | "late" | "pending" | null;

function outcome(doneAt: Date | null, dueAt: Date | null, now: Date): Outcome {
  if (doneAt) return dueAt ? (doneAt <= dueAt ? "onTime" : "late") : null;
  if (dueAt && now > dueAt) return "late";
  return "pending";
}

function onTimeFigures(outcomes: readonly Outcome[]): OnTimeFigures {
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const [onTime, late, pending] = [count("onTime"), count("late"), count("pending")];
  return { onTime, late, pending, rate: ratio(onTime, onTime + late) };
}

/** The figures, from the period's letters (pure). `departments` in their display order. */
export function computeStatistics(
  period: StatisticsPeriod,
  letters: readonly StatisticsLetter[],
  departments: ReadonlyArray<{ id: string; name: string }>,
  calendar: WorkCalendar,
  now: Date,
  log?: Pick<Logger, "warn">,
): LetterStatistics {
  const months = period.month === null ? Array.from({ length: 12 }, (_, i) => i + 1) : [period.month];

  const perDepartment = new Map<string | null, number>();
  for (const l of letters) perDepartment.set(l.departmentId, (perDepartment.get(l.departmentId) ?? 0) + 1);
  const byDepartment = [
    ...departments
      .filter((d) => perDepartment.has(d.id))
      .map((d) => ({ departmentName: d.name, count: perDepartment.get(d.id) ?? 0 })),
    ...(perDepartment.has(null) ? [{ departmentName: null, count: perDepartment.get(null) ?? 0 }] : []),
  ];

  // A complex letter is never replied before it is acknowledged (letters.rules), so the rules for
  // "not answered" hold for acknowledgement whatever the letter's status.
  const acknowledgement = onTimeFigures(
    letters.filter((l) => l.complex).map((l) => outcome(l.acknowledgedAt, l.ackDueAt, now)),
  );
  const reply = onTimeFigures(
    letters.filter((l) => l.repliedAt !== null || isOpen(l.status)).map((l) => outcome(l.repliedAt, l.replyDueAt, now)),
  );

  const replied = letters.filter((l) => l.repliedAt !== null);
  const handlingDays: number[] = [];
  for (const l of replied) {
    try {
      handlingDays.push(calendar.workingDaysBetween(l.receivedAt, l.repliedAt as Date));
    } catch (error) {
      if (!(error instanceof CalendarYearNotCoveredError)) throw error;
      log?.warn(
        { year: error.year },
        "a replied letter left out of the average handling time: its year has no holiday schedule",
      );
    }
  }
  const averageWorkingDays = handlingDays.length
    ? Math.round((handlingDays.reduce((a, b) => a + b, 0) / handlingDays.length) * 10) / 10
    : null;

  const ratings = (r: LetterRating) => replied.filter((l) => l.rating === r).length;
  const [satisfied, basicallySatisfied, unsatisfied] = [
    ratings("SATISFIED"),
    ratings("BASICALLY_SATISFIED"),
    ratings("UNSATISFIED"),
  ];
  const rated = satisfied + basicallySatisfied + unsatisfied;

  const published = letters.filter((l) => l.publishedAt && !l.hiddenAt).length;
  const hidden = letters.filter((l) => l.publishedAt && l.hiddenAt).length;

  return {
    ...period,
    total: letters.length,
    byChannel: channelCounts(letters),
    byType: tally(
      Object.values(TYPES),
      letters.map((l) => l.type),
    ).map(({ key, count }) => ({ type: key, count })),
    byDepartment,
    byMonth: months.map((month) => {
      const inMonth = letters.filter((l) => monthOf(l.receivedAt) === month);
      return { month, count: inMonth.length, byChannel: channelCounts(inMonth) };
    }),
    acknowledgement,
    reply,
    handling: { replied: handlingDays.length, averageWorkingDays },
    satisfaction: {
      satisfied,
      basicallySatisfied,
      unsatisfied,
      unrated: replied.length - rated,
      rate: ratio(satisfied + basicallySatisfied, rated),
    },
    publication: { published, hidden, unpublished: letters.length - published - hidden },
  };
}

/** The statistics of the letters received in the period (Beijing time). */
export async function letterStatistics(
  deps: Pick<LettersDeps, "prisma" | "clock" | "log">,
  period: StatisticsPeriod,
): Promise<LetterStatistics> {
  const { from, to } = periodRange(period);
  const letters = await deps.prisma.letter.findMany({
    where: { receivedAt: { gte: from, lt: to } },
    select: STATISTICS_SELECT,
  });
  const departments = await deps.prisma.department.findMany({
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return computeStatistics(period, letters, departments, await workCalendar(deps), deps.clock.now(), deps.log);
}

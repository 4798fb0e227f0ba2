// Deadlines counted in working days ("7 个工作日内答复"), with stopped clocks.
//
// How a period of N working days is counted:
// - The day of receipt is not counted; day 1 is the first working day after it (民法典 Art. 201:
//   "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算"). A letter received on a
//   non-working day therefore has the next working day as its day 1; one received on a 调休
//   Saturday has that Saturday as its (uncounted) day of receipt.
// - Only working days count (行政许可法 Art. 82: "以工作日计算，不含法定节假日"), on the State
//   Council's schedule including 调休 (work-calendar.ts).
// - The period ends at 24:00 Beijing time of day N (民法典 Art. 203 ¶2: "期间的最后一日的截止时间为
//   二十四时"), stored as 23:59:59.999 +08:00 in UTC. Day N is always a working day, so the rule that
//   a period ending on a holiday moves to the next day (Art. 203 ¶1) never applies.
// - What the day of receipt is (the day handed in, signed for, or confirmed with an online applicant)
//   is the caller's to record: 政府信息公开条例 Art. 31.
//
// Pauses (stopped clocks). While the bureau waits for the applicant to complete a request (补正,
// 条例 Art. 30) or for a third party's or another agency's opinion (Art. 33 ¶2, Art. 32), the clock
// stands still. A pause from day F to day T removes the days after F up to and including T: day F
// still counts (the clock ran until the notice went out), and day T is like a new day of receipt
// (not counted; counting resumes after it). An open pause (`to: null`) stops the clock until it is
// closed: there is no due date meanwhile.
//   Art. 30 literally restarts the whole period on receipt of the completed request. Counting the
// completion wait as a pause gives the same due date when the 补正 notice goes out on the day of
// receipt, and an earlier one otherwise, so the bureau is never late by the law's reading. To count
// the literal way instead, pass the day the completed request arrived as `receivedAt` with no pause.
import { HOUR } from "../../clock.js";
import { addCalendarDays, endOfShanghaiDay, type IsoDate, shanghaiDay } from "./shanghai-day.js";
import type { WorkCalendar } from "./work-calendar.js";

/** Time the clock stood still; `to: null` while it still does. */
export interface Pause {
  from: Date;
  to: Date | null;
}

export interface DeadlineInput {
  receivedAt: Date;
  /** The period in working days. */
  baseDays: number;
  /** Working days added by an approved extension. */
  extensionDays?: number;
  pauses?: readonly Pause[];
}

interface DeadlineCommon {
  /** Asia/Shanghai day of receipt (not counted). */
  receivedDay: IsoDate;
  /** baseDays + extensionDays. */
  totalDays: number;
  /** A provisional (暂定) year schedule was used: show the due date as 暂定. */
  provisional: boolean;
  /**
   * totalDays less the working days counted from the day after receipt up to and including the
   * Shanghai day of `now`: 7 on the day of receipt of a 7-day reply, 0 on the due day, negative
   * after it. A weekend right after the due day still reads 0: use isOverdue for lateness.
   */
  remainingWorkingDays(now: Date): number;
}

export interface RunningDeadline extends DeadlineCommon {
  paused: false;
  /** The last day of the period (Asia/Shanghai). */
  dueDay: IsoDate;
  /** End of dueDay: 23:59:59.999 Beijing time, as a UTC instant. */
  dueAt: Date;
  isOverdue(now: Date): boolean;
}

export interface PausedDeadline extends DeadlineCommon {
  paused: true;
  /** Start of the open pause. */
  pausedAt: Date;
  /** Working days counted before the clock stopped. */
  usedWorkingDays: number;
  dueDay?: undefined;
  dueAt?: undefined;
}

export type Deadline = RunningDeadline | PausedDeadline;

/** Deadline data that cannot be right (overlapping pauses, a pause before receipt …). */
export class DeadlineInputError extends Error {
  override name = "DeadlineInputError";
}

/** "2026-10-01 09:30", Beijing time, for messages. */
const formatInstant = (at: Date) =>
  `${shanghaiDay(at)} ${new Date(at.getTime() + 8 * HOUR).toISOString().slice(11, 16)}`;

function checkDays(value: number, what: string, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new DeadlineInputError(`${what}应为不小于 ${min} 的整数，收到 ${value}`);
}

/** Sorted pauses, refusing ones that make no sense or overlap (a nested pause is an overlap). */
function checkPauses(receivedAt: Date, pauses: readonly Pause[]): Pause[] {
  const sorted = [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  sorted.forEach((pause, i) => {
    if (Number.isNaN(pause.from.getTime()) || (pause.to && Number.isNaN(pause.to.getTime()))) {
      throw new DeadlineInputError("中止计时的时间无效");
    }
    if (pause.from < receivedAt) {
      throw new DeadlineInputError(
        `中止计时开始于 ${formatInstant(pause.from)}，早于收件时间 ${formatInstant(receivedAt)}`,
      );
    }
    if (pause.to && pause.to < pause.from) {
      throw new DeadlineInputError(
        `中止计时的结束时间 ${formatInstant(pause.to)} 早于开始时间 ${formatInstant(pause.from)}`,
      );
    }
    const previous = sorted[i - 1];
    if (previous && (previous.to === null || pause.from < previous.to)) {
      const end = previous.to ? formatInstant(previous.to) : "至今";
      throw new DeadlineInputError(
        `中止计时时段重叠：${formatInstant(previous.from)}–${end} 与 ${formatInstant(pause.from)} 开始的时段。同时等待多方时请记为一个时段`,
      );
    }
  });
  return sorted;
}

export function computeDeadline(input: DeadlineInput, calendar: WorkCalendar): Deadline {
  const extensionDays = input.extensionDays ?? 0;
  checkDays(input.baseDays, "期限工作日数", 1);
  checkDays(extensionDays, "延长的工作日数", 0);
  if (Number.isNaN(input.receivedAt.getTime())) throw new DeadlineInputError("收件时间无效");
  const pauses = checkPauses(input.receivedAt, input.pauses ?? []);
  const receivedDay = shanghaiDay(input.receivedAt);
  const totalDays = input.baseDays + extensionDays;

  // Days excluded by pauses, as (afterDay, throughDay]; an open pause runs to the end of time.
  const stopped = pauses.map((p) => ({ after: shanghaiDay(p.from), through: p.to ? shanghaiDay(p.to) : null }));
  const open = pauses.find((p) => p.to === null);
  const openAfter = open ? shanghaiDay(open.from) : null;
  const counts = (day: IsoDate) =>
    !stopped.some((s) => day > s.after && (s.through === null || day <= s.through)) && calendar.isWorkingDay(day);

  // Walk to the due day, or to the start of the open pause, whichever comes first. Days inside a
  // pause are skipped before the calendar is asked, so a long pause needs no schedule for its years.
  let provisional = false;
  let used = 0;
  let day = receivedDay;
  while (used < totalDays) {
    day = addCalendarDays(day, 1);
    if (openAfter !== null && day > openAfter) break;
    if (counts(day)) {
      used++;
      if (calendar.sourceOf(day) === "provisional") provisional = true;
    }
  }

  const remainingWorkingDays = (now: Date): number => {
    const today = shanghaiDay(now);
    let passed = 0;
    for (let d = addCalendarDays(receivedDay, 1); d <= today; d = addCalendarDays(d, 1)) {
      if (openAfter !== null && d > openAfter) break;
      if (counts(d)) passed++;
    }
    return totalDays - passed;
  };

  if (used < totalDays && open) {
    return {
      paused: true,
      pausedAt: open.from,
      usedWorkingDays: used,
      receivedDay,
      totalDays,
      provisional,
      remainingWorkingDays,
    };
  }
  const dueAt = endOfShanghaiDay(day);
  return {
    paused: false,
    dueDay: day,
    dueAt,
    receivedDay,
    totalDays,
    provisional,
    remainingWorkingDays,
    isOverdue: (now: Date) => now > dueAt,
  };
}

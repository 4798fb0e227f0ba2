// The two clocks of a letter, on the working-day calendar (server/src/modules/calendar):
// - acknowledgement due (已告知), for complex letters: ackDays working days after receipt;
// - reply due: replyDays (+ an approved extension) working days after receipt, stopped while the
//   letter is paused (补正, third party). A third-party pause stops it for at most the 15 working
//   days the third party has to answer (政府信息公开条例 第三十二条): after that the clock runs again
//   even if nobody resumed the letter, so a forgotten pause cannot hide a late reply.
// Letter.ackDueAt / replyDueAt store the results so lists can filter and sort by them;
// refreshDeadlines rewrites them after every event that changes them.
import type { Letter, LetterChannel, LetterPause, LetterType } from "../../generated/prisma/client.js";
import { computeDeadline, type Deadline, type Pause } from "../calendar/deadline.js";
import {
  ACKNOWLEDGEMENT_DAYS,
  COMPLETION_NOTICE_DAYS,
  DEFAULT_REPLY_DAYS,
  DISCLOSURE_REPLY_DAYS,
  THIRD_PARTY_OPINION_DAYS,
} from "../calendar/deadline-rules.js";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import { CalendarYearNotCoveredError } from "../calendar/work-calendar.js";
import type { LettersDeps, Tx } from "./letters.deps.js";
import { workCalendar } from "./work-calendar.js";

export interface DeadlineRule {
  ackDays: number;
  replyDays: number;
}

/** The defaults when no LetterDeadlineRule row exists for the channel and type. */
export function defaultDeadlineRule(type: LetterType): DeadlineRule {
  return {
    ackDays: ACKNOWLEDGEMENT_DAYS,
    replyDays: type === "DISCLOSURE_REQUEST" ? DISCLOSURE_REPLY_DAYS : DEFAULT_REPLY_DAYS,
  };
}

export async function deadlineRuleFor(tx: Tx, channel: LetterChannel, type: LetterType): Promise<DeadlineRule> {
  const row = await tx.letterDeadlineRule.findUnique({ where: { channel_type: { channel, type } } });
  return row ? { ackDays: row.ackDays, replyDays: row.replyDays } : defaultDeadlineRule(type);
}

export type ClockLetter = Pick<Letter, "receivedAt" | "complex" | "replyDays" | "extensionDays">;
export type ClockPause = Pick<LetterPause, "kind" | "startedAt" | "endedAt">;

export interface LetterClocks {
  ack: Deadline | null;
  reply: Deadline;
}

/** The pauses as the calendar counts them: third-party waits end after 15 working days at most. */
export function effectivePauses(pauses: readonly ClockPause[], calendar: WorkCalendar): Pause[] {
  return pauses.map((p) => {
    if (p.kind !== "AWAITING_THIRD_PARTY") return { from: p.startedAt, to: p.endedAt };
    const cap = computeDeadline({ receivedAt: p.startedAt, baseDays: THIRD_PARTY_OPINION_DAYS }, calendar);
    const capAt = cap.paused ? null : cap.dueAt;
    if (!capAt) return { from: p.startedAt, to: p.endedAt };
    return { from: p.startedAt, to: p.endedAt && p.endedAt < capAt ? p.endedAt : capAt };
  });
}

/** Both clocks of a letter, pure: the calendar and the rule are given. */
export function letterClocks(
  letter: ClockLetter,
  pauses: readonly ClockPause[],
  ackDays: number,
  calendar: WorkCalendar,
): LetterClocks {
  const reply = computeDeadline(
    {
      receivedAt: letter.receivedAt,
      baseDays: letter.replyDays,
      extensionDays: letter.extensionDays,
      pauses: effectivePauses(pauses, calendar),
    },
    calendar,
  );
  const ack = letter.complex ? computeDeadline({ receivedAt: letter.receivedAt, baseDays: ackDays }, calendar) : null;
  return { ack, reply };
}

/** Whether a 补正 notice may still go out today: within 7 working days of receipt (第三十条). */
export function withinCompletionWindow(receivedAt: Date, now: Date, calendar: WorkCalendar): boolean {
  const window = computeDeadline({ receivedAt, baseDays: COMPLETION_NOTICE_DAYS }, calendar);
  return !window.paused && now <= window.dueAt;
}

/** Reads what the clocks of one letter need (inside the caller's transaction) and computes them. */
export async function loadLetterClocks(
  tx: Tx,
  deps: Pick<LettersDeps, "prisma" | "log" | "clock">,
  letter: ClockLetter & Pick<Letter, "id" | "channel" | "type">,
): Promise<LetterClocks | null> {
  // One after another: a transaction is one connection.
  const calendar = await workCalendar(deps, tx);
  const pauses = await tx.letterPause.findMany({ where: { letterId: letter.id }, orderBy: { startedAt: "asc" } });
  const rule = await deadlineRuleFor(tx, letter.channel, letter.type);
  try {
    return letterClocks(letter, pauses, rule.ackDays, calendar);
  } catch (error) {
    // A year without a schedule: no due date rather than a wrong one. Staff see "no deadline" and
    // the log says which year an admin must load.
    if (error instanceof CalendarYearNotCoveredError) {
      deps.log.warn({ letterId: letter.id, year: error.year }, error.message);
      return null;
    }
    throw error;
  }
}

/**
 * Recomputes ackDueAt and replyDueAt of a letter. Called after creation and after every event that
 * changes them (registration, pause, resume, extension). Until the letter is registered, its
 * reply period follows the deadline rule of its current channel and type; from registration on it
 * is fixed, so a later change of the rules never moves a running letter's deadline.
 */
export async function refreshDeadlines(tx: Tx, deps: LettersDeps, letterId: string): Promise<void> {
  let letter = await tx.letter.findUniqueOrThrow({ where: { id: letterId } });
  if (letter.status === "RECEIVED") {
    const rule = await deadlineRuleFor(tx, letter.channel, letter.type);
    if (rule.replyDays !== letter.replyDays) {
      letter = await tx.letter.update({ where: { id: letterId }, data: { replyDays: rule.replyDays } });
    }
  }
  const clocks = await loadLetterClocks(tx, deps, letter);
  await tx.letter.update({
    where: { id: letterId },
    data: {
      ackDueAt: clocks?.ack && !clocks.ack.paused ? clocks.ack.dueAt : null,
      replyDueAt: clocks && !clocks.reply.paused ? clocks.reply.dueAt : null,
    },
  });
}

/** The reply clock alone (lists show its remaining working days); null beyond the loaded years. */
export function replyDeadlineOf(
  letter: Pick<Letter, "receivedAt" | "replyDays" | "extensionDays">,
  pauses: readonly ClockPause[],
  calendar: WorkCalendar,
): Deadline | null {
  try {
    return computeDeadline(
      {
        receivedAt: letter.receivedAt,
        baseDays: letter.replyDays,
        extensionDays: letter.extensionDays,
        pauses: effectivePauses(pauses, calendar),
      },
      calendar,
    );
  } catch (error) {
    if (error instanceof CalendarYearNotCoveredError) return null;
    throw error;
  }
}

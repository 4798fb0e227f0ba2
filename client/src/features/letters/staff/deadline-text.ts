import { isOpenStatus, type LetterStatus } from "./letter-actions";
import { lettersStaffStrings } from "./strings";

const strings = lettersStaffStrings.deadline;

/** Working days ahead that count as "due soon" (the server's DUE_SOON_WORKING_DAYS, the first 催办). */
export const DUE_SOON_WORKING_DAYS = 2;

/** The national inspection's line for an unanswered letter: 3 months, counted as 90 calendar days. */
export const INSPECTION_LINE_DAYS = 90;

export interface DueFacts {
  status: LetterStatus;
  /** Working days left to reply: 0 on the due day, negative when late; null when not open or paused. */
  remainingWorkingDays: number | null;
  /** Open and past a deadline (reply, or acknowledgement of a complex letter). */
  overdue: boolean;
}

/** How urgent the reply clock is, for the row's colour and flag. */
export type DueTone = "overdue" | "soon" | "normal" | "paused" | "none";

export function dueTone(letter: DueFacts): DueTone {
  if (!isOpenStatus(letter.status)) return "none";
  if (letter.status === "PAUSED") return "paused";
  if (letter.overdue) return "overdue";
  const days = letter.remainingWorkingDays;
  if (days === null) return "none";
  if (days < 0) return "overdue";
  return days <= DUE_SOON_WORKING_DAYS ? "soon" : "normal";
}

/**
 * The reply clock in words: 剩 3 个工作日, 今天到期, 逾期 2 个工作日, 中止计时; null when the letter
 * is answered or has no running clock yet (not registered).
 */
export function remainingText(letter: Pick<DueFacts, "status" | "remainingWorkingDays">): string | null {
  if (!isOpenStatus(letter.status)) return null;
  if (letter.status === "PAUSED") return strings.paused;
  const days = letter.remainingWorkingDays;
  if (days === null) return null;
  if (days === 0) return strings.dueToday;
  return days > 0 ? strings.remaining(days) : strings.overdueBy(-days);
}

/** Past the inspection line: 3 months without an answer. */
export const beyondInspectionLine = (ageDays: number) => ageDays >= INSPECTION_LINE_DAYS;

// The working-day periods of letters (来信) and of disclosure requests (依申请公开), as pure functions
// over a WorkCalendar. How days are counted and how pauses work: deadline.ts.
import { computeDeadline, type Deadline, DeadlineInputError, type Pause } from "./deadline.js";
import type { WorkCalendar } from "./work-calendar.js";

/** 答复: the bureau answers a letter within 7 working days of receipt unless a channel says otherwise. */
export const DEFAULT_REPLY_DAYS = 7;
/** 受理告知: a letter is acknowledged within 2 working days of receipt. */
export const ACKNOWLEDGEMENT_DAYS = 2;
/** 政府信息公开条例 Art. 33 ¶1: reply within 20 working days of receipt … */
export const DISCLOSURE_REPLY_DAYS = 20;
/** … extendable once, by at most 20 working days, with the disclosure office head's approval. */
export const DISCLOSURE_MAX_EXTENSION_DAYS = 20;
/** Art. 30: a request that is unclear gets one 补正 notice within 7 working days of receipt. */
export const COMPLETION_NOTICE_DAYS = 7;
/** Art. 32: a consulted third party gives its opinion within 15 working days of receiving the request. */
export const THIRD_PARTY_OPINION_DAYS = 15;

export interface LetterClock {
  receivedAt: Date;
  /** Working days to reply; DEFAULT_REPLY_DAYS when not given. */
  days?: number;
  pauses?: readonly Pause[];
}

export const replyDeadline = (letter: LetterClock, calendar: WorkCalendar): Deadline =>
  computeDeadline(
    { receivedAt: letter.receivedAt, baseDays: letter.days ?? DEFAULT_REPLY_DAYS, pauses: letter.pauses ?? [] },
    calendar,
  );

export const acknowledgementDeadline = (receivedAt: Date, calendar: WorkCalendar): Deadline =>
  computeDeadline({ receivedAt, baseDays: ACKNOWLEDGEMENT_DAYS }, calendar);

/** Art. 33 ¶1: "需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人". */
export interface DisclosureExtension {
  days: number;
  /** Who approved it (the disclosure office head), as recorded. */
  approvedBy: string;
  approvedAt: Date;
}

export interface DisclosureRequestClock {
  /** The day of receipt as Art. 31 defines it (handed in, signed for, or confirmed). */
  receivedAt: Date;
  /** At most one extension: the law allows one. */
  extension?: DisclosureExtension | null;
  /** 补正 (Art. 30): from the completion notice to the completed request's arrival. */
  completionWaits?: readonly Pause[];
  /**
   * Art. 33 ¶2: consulting third parties or other agencies does not count, from the request for an
   * opinion to the answer (or to the end of the third party's 15 working days, Art. 32). Consulting
   * several at once is one pause from the first request to the last answer: pauses may not overlap.
   */
  consultations?: readonly Pause[];
}

/** The reply deadline of a disclosure request (依申请公开), with its one possible extension. */
export function disclosureDeadline(request: DisclosureRequestClock, calendar: WorkCalendar): Deadline {
  const pauses = [...(request.completionWaits ?? []), ...(request.consultations ?? [])];
  const original = computeDeadline(
    { receivedAt: request.receivedAt, baseDays: DISCLOSURE_REPLY_DAYS, pauses },
    calendar,
  );
  const extension = request.extension;
  if (!extension) return original;
  if (!Number.isInteger(extension.days) || extension.days < 1 || extension.days > DISCLOSURE_MAX_EXTENSION_DAYS) {
    throw new DeadlineInputError(
      `延长答复期限应为 1–${DISCLOSURE_MAX_EXTENSION_DAYS} 个工作日（政府信息公开条例第三十三条），收到 ${extension.days}`,
    );
  }
  if (!extension.approvedBy.trim()) {
    throw new DeadlineInputError("延长答复期限须经政府信息公开工作机构负责人同意，请记录批准人");
  }
  if (extension.approvedAt < request.receivedAt || (!original.paused && extension.approvedAt > original.dueAt)) {
    throw new DeadlineInputError("延长答复期限须在收到申请后、原答复期限届满前批准");
  }
  return computeDeadline(
    { receivedAt: request.receivedAt, baseDays: DISCLOSURE_REPLY_DAYS, extensionDays: extension.days, pauses },
    calendar,
  );
}

/** Art. 30: the 补正 notice must go out within 7 working days of receipt. */
export const completionNoticeDeadline = (receivedAt: Date, calendar: WorkCalendar): Deadline =>
  computeDeadline({ receivedAt, baseDays: COMPLETION_NOTICE_DAYS }, calendar);

/**
 * Art. 32: a third party's opinion is due within 15 working days of its receiving the request for
 * it; when none has come by then, the consultation pause ends and the bureau decides.
 */
export const thirdPartyOpinionDeadline = (deliveredAt: Date, calendar: WorkCalendar): Deadline =>
  computeDeadline({ receivedAt: deliveredAt, baseDays: THIRD_PARTY_OPINION_DAYS }, calendar);

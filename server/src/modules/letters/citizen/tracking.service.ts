// The writer's view of their letter, opened with both codes: where it stands, what happened that
// they may see, the reply, and their rating of it. Nothing else: no staff names, no internal notes.
import { rateLimited } from "../../../errors.js";
import type { Letter, LetterRating, LetterStatus } from "../../../generated/prisma/client.js";
import { plainText } from "../../content/publicity.validation.js";
import { blockedFor, countAgainst, keysFor } from "../abuse/rate-limit.js";
import {
  ACCESS_CODE_LENGTH,
  accessCodeMatches,
  DECOY_ACCESS_HASH,
  formatCode,
  normaliseCode,
  TRACKING_CODE_LENGTH,
} from "../codes.js";
import { recordLetterEvent, withLetter } from "../letter-step.js";
import type { LettersDeps } from "../letters.deps.js";
import { CITIZEN_MESSAGES } from "./citizen.messages.js";

export const TRACK_ACTION = "letters.track";
export const RATE_ACTION = "letters.rate";

/** Where the letter stands, in the writer's terms (review inside the bureau is still 办理中). */
export type LetterProgress = "RECEIVED" | "PROCESSING" | "PAUSED" | "REPLIED" | "CLOSED";

const PROGRESS: Record<LetterStatus, LetterProgress> = {
  RECEIVED: "RECEIVED",
  REGISTERED: "PROCESSING",
  ASSIGNED: "PROCESSING",
  PAUSED: "PAUSED",
  REPLY_IN_REVIEW: "PROCESSING",
  REPLIED: "REPLIED",
  CLOSED: "CLOSED",
};

/** Labels of the events a writer sees, by LetterEvent.action. */
export const PUBLIC_EVENT_LABELS: Record<string, string> = {
  SUBMITTED: "来信已提交",
  RECEIVED: "来信已收到",
  ACKNOWLEDGED: "已告知：来信已收到，正在核实办理",
  PAUSED: "中止计时",
  RESUMED: "恢复计时",
  EXTENDED: "延期答复",
  REPLIED: "已答复",
  RATED: "已评价",
};

export interface TimelineEntry {
  action: string;
  label: string;
  at: Date;
  note: string | null;
}

export interface LetterTracking {
  trackingCode: string;
  type: Letter["type"];
  progress: LetterProgress;
  subject: string;
  receivedAt: Date;
  replyDueAt: Date | null;
  timeline: TimelineEntry[];
  reply: { text: string; repliedAt: Date; departmentName: string | null } | null;
  rating: { rating: LetterRating; comment: string | null; ratedAt: Date | null } | null;
  canRate: boolean;
}

export interface Codes {
  trackingCode: string;
  accessCode: string;
  deviceId?: string | null | undefined;
}

export interface TrackDeps extends LettersDeps {
  ip: string | null;
}

export type TrackResult<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };

const citizen = { id: null, name: null, roles: null };

/**
 * The letter both codes open, or the one answer for every wrong pair. Wrong pairs count against
 * the address and the device; once a bucket is full even the right pair waits (RATE_LIMITED).
 */
async function open(deps: TrackDeps, codes: Codes): Promise<TrackResult<Letter>> {
  const limits = keysFor(deps.ip, codes.deviceId, "wrongCodePerIp", "wrongCodePerDevice");
  const wait = await blockedFor(deps.prisma, limits);
  if (wait !== null) {
    await deps.audit.recordAs(citizen, { action: TRACK_ACTION, outcome: "DENIED", detail: { reason: "rate-limited" } });
    throw rateLimited(wait);
  }
  const tracking = normaliseCode(codes.trackingCode ?? "", TRACKING_CODE_LENGTH);
  const access = normaliseCode(codes.accessCode ?? "", ACCESS_CODE_LENGTH) ?? "";
  const letter = tracking ? await deps.prisma.letter.findUnique({ where: { trackingCode: tracking } }) : null;
  // Hash and compare whether or not the letter exists: the answer and its cost are the same.
  const matches = accessCodeMatches(access, letter?.accessCodeHash ?? DECOY_ACCESS_HASH);
  if (!letter || !matches) {
    await countAgainst(deps.prisma, limits);
    await deps.audit.recordAs(citizen, { action: TRACK_ACTION, outcome: "FAILURE", detail: { reason: "wrong-codes" } });
    return { ok: false, message: CITIZEN_MESSAGES.wrongCodes };
  }
  return { ok: true, value: letter };
}

export async function letterStatus(deps: TrackDeps, codes: Codes): Promise<TrackResult<LetterTracking>> {
  const opened = await open(deps, codes);
  if (!opened.ok) return opened;
  return { ok: true, value: await trackingOf(deps, opened.value) };
}

async function trackingOf(deps: TrackDeps, letter: Letter): Promise<LetterTracking> {
  const [events, department] = await Promise.all([
    deps.prisma.letterEvent.findMany({
      where: { letterId: letter.id, public: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, at: true, note: true },
    }),
    letter.departmentId
      ? deps.prisma.department.findUnique({ where: { id: letter.departmentId }, select: { name: true } })
      : null,
  ]);
  const replied = letter.replyText !== null && letter.repliedAt !== null;
  return {
    trackingCode: formatCode(letter.trackingCode),
    type: letter.type,
    progress: PROGRESS[letter.status],
    subject: letter.subject,
    receivedAt: letter.receivedAt,
    replyDueAt: replied ? null : letter.replyDueAt,
    timeline: events.map((e) => ({
      action: e.action,
      label: PUBLIC_EVENT_LABELS[e.action] ?? e.action,
      at: e.at,
      note: e.note,
    })),
    reply:
      replied && letter.replyText && letter.repliedAt
        ? { text: letter.replyText, repliedAt: letter.repliedAt, departmentName: department?.name ?? null }
        : null,
    rating: letter.rating ? { rating: letter.rating, comment: letter.ratingComment, ratedAt: letter.ratedAt } : null,
    canRate: rateRefusal(letter) === null,
  };
}

/** Why the writer may not rate now, or null. Once, and only a reply that was sent. */
function rateRefusal(letter: Pick<Letter, "status" | "repliedAt" | "rating">): string | null {
  if (letter.rating) return CITIZEN_MESSAGES.alreadyRated;
  // Staff may close a replied letter before the writer got to rate it: the rating is still theirs.
  const replied = letter.status === "REPLIED" || (letter.status === "CLOSED" && letter.repliedAt !== null);
  return replied ? null : CITIZEN_MESSAGES.notRepliedYet;
}

export interface RatingInput extends Codes {
  rating: LetterRating;
  comment?: string | null | undefined;
}

/** 满意/基本满意/不满意, once, after the reply: rating a replied letter closes it (办结). */
export async function rateLetterReply(deps: TrackDeps, input: RatingInput): Promise<TrackResult<LetterTracking>> {
  const comment = input.comment ? plainText(input.comment, { multiline: true }) : "";
  if (Array.from(comment).length > 500) return { ok: false, message: CITIZEN_MESSAGES.ratingComment, field: "comment" };
  const opened = await open(deps, input);
  if (!opened.ok) return opened;

  const outcome = await withLetter(deps, opened.value.id, async (tx, letter) => {
    const refusal = rateRefusal(letter);
    if (refusal) return { ok: false as const, message: refusal };
    const now = deps.clock.now();
    const toStatus: LetterStatus = "CLOSED";
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: {
        rating: input.rating,
        ratingComment: comment || null,
        ratedAt: now,
        status: toStatus,
        closedAt: letter.closedAt ?? now,
      },
    });
    await recordLetterEvent(tx, deps, null, letter.id, {
      action: "RATED",
      fromStatus: letter.status,
      toStatus,
      public: true,
      data: { rating: input.rating },
    });
    return { ok: true as const, letter: updated };
  });
  if (!outcome.ok) return outcome;

  await deps.audit.recordAs(citizen, {
    action: RATE_ACTION,
    targetType: "Letter",
    targetId: outcome.letter.id,
    detail: { trackingCode: outcome.letter.trackingCode, rating: input.rating },
  });
  return { ok: true, value: await trackingOf(deps, outcome.letter) };
}

// Moderation of what citizens wrote and the public can read or count: published letters, and
// comments on planning publicity (letters of channel PUBLICITY_COMMENT, counted on the publicity's
// page). One path for both: hiding needs a recorded reason and can be undone; every hide and
// restore is an event of the letter and is audited, and how many items were hidden each month is
// public (transparency about moderation).
import { z } from "zod";
import type { PrismaClient } from "../../db/index.js";
import type { Letter, Role } from "../../generated/prisma/client.js";
import { ROLE_LABELS } from "../accounts/roles.js";
import { startOfShanghaiDay } from "../calendar/shanghai-day.js";
import { recordLetterEvent, withLetter } from "./letter-step.js";
import type { LettersDeps } from "./letters.deps.js";

export const MODERATORS: readonly Role[] = ["MAINTAINER", "ADMIN"];

/**
 * Audit actions. A comment's hide keeps an action of its own: the public monthly counts tell
 * letters and comments apart by it (and entries written before comments became letters name the
 * comment's id, which its letter kept).
 */
export const MODERATION_ACTIONS = {
  hideLetter: "moderation.letter.hide",
  restoreLetter: "moderation.letter.restore",
  hideComment: "moderation.comment.hide",
  restoreComment: "moderation.comment.restore",
} as const;

type Moderated = Pick<Letter, "channel" | "publishedAt">;

const isComment = (letter: Pick<Letter, "channel">) => letter.channel === "PUBLICITY_COMMENT";

/** What the public sees of a letter, so what moderation may hide: its publication, or a comment's place in the count. */
export const isModeratable = (letter: Moderated) => letter.publishedAt !== null || isComment(letter);

/** The audit action of a hide or restore of this letter. */
export const moderationAction = (letter: Pick<Letter, "channel">, change: "hide" | "restore") =>
  isComment(letter)
    ? change === "hide"
      ? MODERATION_ACTIONS.hideComment
      : MODERATION_ACTIONS.restoreComment
    : change === "hide"
      ? MODERATION_ACTIONS.hideLetter
      : MODERATION_ACTIONS.restoreLetter;

/** 来信 or 意见, in the refusals. */
const noun = (letter: Pick<Letter, "channel">) => (isComment(letter) ? "该意见" : "该来信");

export interface Moderator {
  id: string;
  roles: readonly Role[];
}

export type ModerationResult<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };

const refuse = <T>(message: string, field?: string): ModerationResult<T> =>
  field ? { ok: false, message, field } : { ok: false, message };

export const hideReason = z
  .string()
  .trim()
  .min(1, "请填写隐藏原因")
  .min(2, "隐藏原因至少 2 个字")
  .max(200, "隐藏原因不能超过 200 个字");

const notModerator = (actor: Moderator) =>
  actor.roles.some((r) => MODERATORS.includes(r))
    ? null
    : `隐藏或恢复需要${ROLE_LABELS.MAINTAINER}或${ROLE_LABELS.ADMIN}`;

export async function hideLetter(
  deps: LettersDeps,
  actor: Moderator,
  letterId: string,
  rawReason: string,
): Promise<ModerationResult<Letter>> {
  const denied = notModerator(actor);
  if (denied) return refuse(denied);
  const reason = hideReason.safeParse(rawReason);
  if (!reason.success) return refuse(reason.error.issues[0]?.message ?? "请填写隐藏原因", "reason");

  const result = await withLetter(deps, letterId, async (tx, letter): Promise<ModerationResult<Letter>> => {
    if (!isModeratable(letter)) return refuse("该来信尚未公开，无需隐藏");
    if (letter.hiddenAt) return refuse(`${noun(letter)}已隐藏`);
    const updated = await tx.letter.update({
      where: { id: letter.id },
      data: { hiddenAt: deps.clock.now(), hiddenReason: reason.data },
    });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "HIDDEN",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: reason.data,
    });
    return { ok: true, value: updated };
  });
  if (result.ok) await auditLetter(deps, moderationAction(result.value, "hide"), result.value, { reason: reason.data });
  return result;
}

export async function restoreLetter(
  deps: LettersDeps,
  actor: Moderator,
  letterId: string,
): Promise<ModerationResult<Letter>> {
  const denied = notModerator(actor);
  if (denied) return refuse(denied);
  const result = await withLetter(deps, letterId, async (tx, letter): Promise<ModerationResult<Letter>> => {
    if (!letter.hiddenAt) return refuse(`${noun(letter)}未被隐藏`);
    const updated = await tx.letter.update({ where: { id: letter.id }, data: { hiddenAt: null, hiddenReason: null } });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "RESTORED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: `原隐藏原因：${letter.hiddenReason ?? ""}`,
    });
    return { ok: true, value: updated };
  });
  if (result.ok) await auditLetter(deps, moderationAction(result.value, "restore"), result.value);
  return result;
}

function auditLetter(deps: LettersDeps, action: string, letter: Letter, detail: Record<string, string> = {}) {
  return deps.audit.record({
    action,
    targetType: "Letter",
    targetId: letter.id,
    detail: { trackingCode: letter.trackingCode, ...detail },
  });
}

export interface ModerationMonth {
  /** 1–12. */
  month: number;
  /** Published letters hidden in that month (each letter once, even if hidden again after a restore). */
  letters: number;
  /** Comments on planning publicity hidden in that month. */
  comments: number;
}

/**
 * How many items were hidden in each month of a year (Beijing time). Read from the audit log:
 * a restore does not undo the fact that an item was hidden, so the count cannot be rewritten.
 */
export async function moderationCounts(prisma: PrismaClient, year: number): Promise<ModerationMonth[]> {
  const from = startOfShanghaiDay(`${year}-01-01`);
  const to = startOfShanghaiDay(`${year + 1}-01-01`);
  const entries = await prisma.auditEntry.findMany({
    where: {
      action: { in: [MODERATION_ACTIONS.hideLetter, MODERATION_ACTIONS.hideComment] },
      outcome: "SUCCESS",
      at: { gte: from, lt: to },
    },
    select: { action: true, targetId: true, at: true },
  });
  const months = Array.from({ length: 12 }, () => ({ letters: new Set<string>(), comments: new Set<string>() }));
  for (const entry of entries) {
    const month = months[monthOf(entry.at, year)];
    if (!month || !entry.targetId) continue;
    (entry.action === MODERATION_ACTIONS.hideLetter ? month.letters : month.comments).add(entry.targetId);
  }
  return months.map((m, i) => ({ month: i + 1, letters: m.letters.size, comments: m.comments.size }));
}

/** The 0-based month of an instant in Beijing time, within the given year. */
function monthOf(at: Date, year: number): number {
  for (let month = 11; month >= 0; month--) {
    if (at >= startOfShanghaiDay(`${year}-${String(month + 1).padStart(2, "0")}-01`)) return month;
  }
  return -1;
}

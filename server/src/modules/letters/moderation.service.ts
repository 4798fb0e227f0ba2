// Moderation of what citizens wrote and the public can read: published letters and planning
// publicity comments. Hiding needs a recorded reason and can be undone; every hide and restore is
// audited, and how many items were hidden each month is public (transparency about moderation).
import { z } from "zod";
import type { PrismaClient } from "../../db/index.js";
import type { Letter, PublicityComment, Role } from "../../generated/prisma/client.js";
import { ROLE_LABELS } from "../accounts/roles.js";
import { startOfShanghaiDay } from "../calendar/shanghai-day.js";
import { setCommentHidden } from "../content/publicity.service.js";
import { recordLetterEvent, withLetter } from "./letter-step.js";
import type { LettersDeps } from "./letters.deps.js";

export const MODERATORS: readonly Role[] = ["MAINTAINER", "ADMIN"];

export const MODERATION_ACTIONS = {
  hideLetter: "moderation.letter.hide",
  restoreLetter: "moderation.letter.restore",
  hideComment: "moderation.comment.hide",
  restoreComment: "moderation.comment.restore",
} as const;

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
    if (!letter.publishedAt) return refuse("该来信尚未公开，无需隐藏");
    if (letter.hiddenAt) return refuse("该来信已隐藏");
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
  if (result.ok) await auditLetter(deps, MODERATION_ACTIONS.hideLetter, result.value, { reason: reason.data });
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
    if (!letter.hiddenAt) return refuse("该来信未被隐藏");
    const updated = await tx.letter.update({ where: { id: letter.id }, data: { hiddenAt: null, hiddenReason: null } });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "RESTORED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: `原隐藏原因：${letter.hiddenReason ?? ""}`,
    });
    return { ok: true, value: updated };
  });
  if (result.ok) await auditLetter(deps, MODERATION_ACTIONS.restoreLetter, result.value);
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

export async function hidePublicityComment(
  deps: LettersDeps,
  actor: Moderator,
  commentId: string,
  rawReason: string,
): Promise<ModerationResult<PublicityComment>> {
  const denied = notModerator(actor);
  if (denied) return refuse(denied);
  const reason = hideReason.safeParse(rawReason);
  if (!reason.success) return refuse(reason.error.issues[0]?.message ?? "请填写隐藏原因", "reason");
  const comment = await deps.prisma.publicityComment.findUnique({ where: { id: commentId } });
  if (!comment) return refuse("该意见不存在或已删除");
  if (comment.hiddenAt) return refuse("该意见已隐藏");
  const hidden = await setCommentHidden(deps, comment.id, { at: deps.clock.now(), reason: reason.data });
  await deps.audit.record({
    action: MODERATION_ACTIONS.hideComment,
    targetType: "PublicityComment",
    targetId: comment.id,
    detail: { itemId: comment.itemId, reason: reason.data },
  });
  return { ok: true, value: hidden };
}

export async function restorePublicityComment(
  deps: LettersDeps,
  actor: Moderator,
  commentId: string,
): Promise<ModerationResult<PublicityComment>> {
  const denied = notModerator(actor);
  if (denied) return refuse(denied);
  const comment = await deps.prisma.publicityComment.findUnique({ where: { id: commentId } });
  if (!comment) return refuse("该意见不存在或已删除");
  if (!comment.hiddenAt) return refuse("该意见未被隐藏");
  const restored = await setCommentHidden(deps, comment.id, null);
  await deps.audit.record({
    action: MODERATION_ACTIONS.restoreComment,
    targetType: "PublicityComment",
    targetId: comment.id,
    detail: { itemId: comment.itemId },
  });
  return { ok: true, value: restored };
}

export interface ModerationMonth {
  /** 1–12. */
  month: number;
  /** Published letters hidden in that month (each letter once, even if hidden again after a restore). */
  letters: number;
  /** Publicity comments hidden in that month. */
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

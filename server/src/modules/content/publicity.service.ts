// 规划公示: the comment window and citizens' comments (no account, no personal data shown back).
import { createHash } from "node:crypto";
import { DAY, MINUTE } from "../../clock.js";
import type { Context } from "../../context.js";
import { isUniqueViolation, notFound, rateLimited } from "../../errors.js";
import type { ContentItem, PublicityComment } from "../../generated/prisma/client.js";
import { countRecent } from "../security/audit.service.js";
import { REACHABLE } from "./content.service.js";
import { idempotencyKey, publicityCommentInput } from "./publicity.validation.js";

export const SUBMIT_COMMENT_ACTION = "publicity.comment.submit";
/**
 * Accepted comments per IP address and window before RATE_LIMITED. Counted from the audit log,
 * like failed sign-ins: it holds across server instances and restarts and needs no table.
 */
export const COMMENT_WINDOW_MS = 10 * MINUTE;
export const MAX_COMMENTS_PER_IP = 5;

type WindowFields = Pick<ContentItem, "status" | "publishedAt" | "commentOpensAt" | "commentClosesAt">;

/** The window opens at commentOpensAt, or at publication when none is set. No close, no window. */
export const opensAtOf = (item: WindowFields) => item.commentOpensAt ?? item.publishedAt;

/** Open while the item is published and opensAt ≤ now < closesAt, by the server clock. */
export function isWindowOpen(item: WindowFields, now: Date): boolean {
  const opensAt = opensAtOf(item);
  return (
    item.status === "PUBLISHED" &&
    opensAt !== null &&
    item.commentClosesAt !== null &&
    opensAt <= now &&
    now < item.commentClosesAt
  );
}

/** Whole days left, rounded up (1 on the last day), while the window is open; null otherwise. */
export function daysLeft(item: WindowFields, now: Date): number | null {
  if (!isWindowOpen(item, now) || !item.commentClosesAt) return null;
  return Math.ceil((item.commentClosesAt.getTime() - now.getTime()) / DAY);
}

const shanghaiDate = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long" });

function closedMessage(item: WindowFields, now: Date): string {
  const opensAt = opensAtOf(item);
  if (item.status !== "PUBLISHED") return "该公示已撤回，不再征求意见";
  if (!item.commentClosesAt) return "该公示不征求在线意见";
  if (opensAt && now < opensAt) return `该公示将于${shanghaiDate.format(opensAt)}开始征求意见`;
  return `该公示已于${shanghaiDate.format(item.commentClosesAt)}结束征求意见`;
}

/**
 * The id of a comment submitted with an idempotency key: derived from the key (and the item), so a
 * repeated submission finds the original by primary key, and two concurrent repeats cannot both
 * insert (the second hits the unique key). 96 bits of SHA-256 in the shape of a cuid.
 *
 * Chosen over keeping a hash of the key in the audit entry's detail and looking it up there: that
 * lookup scans JSON without an index and races with the insert. Trade-offs: a repeat with the same
 * key but different text still returns the original (the key names the submission, not its
 * content), and the key cannot be reused on the same item after a success, which is the point.
 */
export function keyedCommentId(itemId: string, idempotencyKey: string): string {
  const hash = createHash("sha256").update(`publicity-comment\0${itemId}\0${idempotencyKey.toLowerCase()}`);
  return `c${hash.digest("hex").slice(0, 24)}`;
}

export type SubmitResult =
  | { ok: true; comment: PublicityComment }
  | { ok: false; message: string; field?: string | undefined };

const citizen = { id: null, name: null, roles: null };

export interface SubmitInput {
  name: string;
  phone: string;
  body: string;
  idempotencyKey?: string | null | undefined;
}

export async function submitComment(ctx: Context, itemId: string | null, input: SubmitInput): Promise<SubmitResult> {
  const item = itemId
    ? await ctx.prisma.contentItem.findFirst({ where: { id: itemId, kind: "PUBLICITY", ...REACHABLE } })
    : null;
  if (!item) throw notFound("公示");
  const now = ctx.clock.now();

  // A repeat of an accepted submission answers with the original, even after the window closed
  // or the rate limit was reached: the citizen's comment was received the first time.
  const key = idempotencyKey.safeParse(input.idempotencyKey);
  const id = key.success && key.data ? keyedCommentId(item.id, key.data) : undefined;
  if (id) {
    const original = await ctx.prisma.publicityComment.findUnique({ where: { id } });
    if (original) return { ok: true, comment: original };
  }

  if (ctx.ip) {
    const since = new Date(now.getTime() - COMMENT_WINDOW_MS);
    const recent = await countRecent(ctx.prisma, {
      action: SUBMIT_COMMENT_ACTION,
      outcome: "SUCCESS",
      since,
      ip: ctx.ip,
    });
    if (recent >= MAX_COMMENTS_PER_IP) {
      await ctx.audit.recordAs(citizen, {
        action: SUBMIT_COMMENT_ACTION,
        outcome: "DENIED",
        targetType: "ContentItem",
        targetId: item.id,
        detail: { reason: "rate-limited" },
      });
      throw rateLimited(COMMENT_WINDOW_MS / 1000);
    }
  }

  if (!isWindowOpen(item, now)) return { ok: false, message: closedMessage(item, now) };
  const parsed = publicityCommentInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: issue?.message ?? "输入有误", field: issue?.path[0]?.toString() };
  }

  const { name, phone, body } = parsed.data;
  let comment: PublicityComment;
  try {
    comment = await ctx.prisma.publicityComment.create({
      data: { ...(id ? { id } : {}), itemId: item.id, name, phone, body, createdAt: now },
    });
  } catch (error) {
    // A concurrent repeat of the same submission inserted first: answer with that one.
    if (id && isUniqueViolation(error)) {
      return { ok: true, comment: await ctx.prisma.publicityComment.findUniqueOrThrow({ where: { id } }) };
    }
    throw error;
  }
  // No personal data in the log: the comment id leads staff to it. The IP is the entry's own.
  await ctx.audit.recordAs(citizen, {
    action: SUBMIT_COMMENT_ACTION,
    targetType: "ContentItem",
    targetId: item.id,
    detail: { commentId: comment.id, idempotent: id !== undefined },
  });
  return { ok: true, comment };
}

/**
 * Hides a comment (with the reason) or, given null, restores it. Moderation decides and audits
 * (letters/moderation.service.ts); a hidden comment stays for staff and leaves citizens' count.
 */
export async function setCommentHidden(
  ctx: Pick<Context, "prisma">,
  commentId: string,
  hidden: { at: Date; reason: string } | null,
): Promise<PublicityComment> {
  return ctx.prisma.publicityComment.update({
    where: { id: commentId },
    data: { hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null },
  });
}

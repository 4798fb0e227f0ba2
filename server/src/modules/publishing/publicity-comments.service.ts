// 规划公示 comments as staff read them: the name and phone citizens gave, so someone can answer.
// Kept apart from the citizens' side (content/publicity.service.ts) and from the review workflow:
// comments are to become letters (channel PUBLICITY_COMMENT), and this file is what moves.
import type { Context } from "../../context.js";
import { notFound } from "../../errors.js";
import type { ContentItem, PublicityComment } from "../../generated/prisma/client.js";
import type { Role } from "../../generated/prisma/enums.js";

/**
 * Who reads citizens' names and phone numbers: the editor who wrote the publicity and compiles
 * the opinions, the department head and leader who answer for it, and the handlers (承办) who
 * reply to citizens. Checkers, maintainers and admins do not need personal data for their work.
 */
export const COMMENT_READERS: readonly Role[] = ["EDITOR", "DEPT_HEAD", "LEADER", "HANDLER"];

/** Moderators (hide/restore) read the comments too, with names and phones masked (张*, 138****5678). */
export const COMMENT_MODERATORS: readonly Role[] = ["MAINTAINER", "ADMIN"];

/** Whether the viewer sees commenters' names and phones in full. */
export const seesCommenterInFull = (roles: readonly Role[]) => roles.some((role) => COMMENT_READERS.includes(role));

export const READ_COMMENTS_ACTION = "publicity.comments.read";

export interface CommentThread {
  item: ContentItem;
  /** Counted once per request, however many count fields the query selects. */
  counts(): Promise<CommentCounts>;
}

export interface CommentCounts {
  total: number;
  hidden: number;
}

/** The publicity item whose comments staff open; NOT_FOUND for any other kind of item. */
export async function commentThread(ctx: Context, itemId: string | null): Promise<CommentThread> {
  const item = itemId ? await ctx.prisma.contentItem.findFirst({ where: { id: itemId, kind: "PUBLICITY" } }) : null;
  if (!item) throw notFound("公示");
  let counts: Promise<CommentCounts> | undefined;
  return { item, counts: () => (counts ??= commentCounts(ctx, item.id)) };
}

/** Every comment received, and how many of them staff hid from the count citizens see. */
async function commentCounts(ctx: Context, itemId: string): Promise<CommentCounts> {
  const [total, hidden] = await Promise.all([
    ctx.prisma.publicityComment.count({ where: { itemId } }),
    ctx.prisma.publicityComment.count({ where: { itemId, hiddenAt: { not: null } } }),
  ]);
  return { total, hidden };
}

/** Newest first; `id` breaks ties so the cursor is stable. */
export const COMMENT_ORDER = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/**
 * Records that the viewer was shown these comments' personal data (one entry per page read,
 * naming each comment). `take` is the page query's: a connection reads one row beyond the page
 * to know whether another follows, and that row is not shown, so it is not recorded.
 */
export async function recordCommentsRead(
  ctx: Context,
  itemId: string,
  rows: readonly PublicityComment[],
  take: number,
): Promise<void> {
  const size = Math.abs(take) - 1;
  const shown = rows.length <= size ? rows : take > 0 ? rows.slice(0, size) : rows.slice(rows.length - size);
  if (shown.length === 0) return;
  await ctx.audit.record({
    action: READ_COMMENTS_ACTION,
    targetType: "ContentItem",
    targetId: itemId,
    detail: { commentIds: shown.map((c) => c.id) },
  });
}

// 规划公示: the comment window of a PUBLICITY item. Comments themselves are letters of channel
// PUBLICITY_COMMENT (letters/citizen/publicity-comment.ts takes them in); this file only says
// whether the window is open, and why not in words a citizen understands.
import { DAY } from "../../clock.js";
import type { ContentItem } from "../../generated/prisma/client.js";

export type WindowFields = Pick<ContentItem, "status" | "publishedAt" | "commentOpensAt" | "commentClosesAt">;

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

/** Why a comment is not taken now (call it when isWindowOpen is false). */
export function closedMessage(item: WindowFields, now: Date): string {
  const opensAt = opensAtOf(item);
  if (item.status !== "PUBLISHED") return "该公示已撤回，不再征求意见";
  if (!item.commentClosesAt) return "该公示不征求在线意见";
  if (opensAt && now < opensAt) return `该公示将于${shanghaiDate.format(opensAt)}开始征求意见`;
  return `该公示已于${shanghaiDate.format(item.commentClosesAt)}结束征求意见`;
}

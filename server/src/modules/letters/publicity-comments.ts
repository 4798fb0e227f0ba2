// 规划公示意见 as staff read them: the letters of channel PUBLICITY_COMMENT about one PUBLICITY
// item. They are letters like any other, so the letters module's rules hold: personal data masked
// in lists, the full values only through Letter.writer(full: true) for the handler, the head of the
// letter's department and admins, and every such read audited (personal-data.ts).
import { notFound } from "../../errors.js";
import type { ContentItem, Prisma } from "../../generated/prisma/client.js";
import type { LettersDeps } from "./letters.deps.js";

export interface ItemComments {
  item: ContentItem;
  /** The letters of the item's comments, for findMany and count. */
  where: Prisma.LetterWhereInput;
  /** Counted once per request, however many count fields the query selects. */
  counts(): Promise<CommentCounts>;
}

export interface CommentCounts {
  total: number;
  /** Hidden by moderation: not in the count citizens see. */
  hidden: number;
}

/** Newest first; `id` breaks ties so the cursor is stable. */
export const COMMENT_ORDER: Prisma.LetterOrderByWithRelationInput[] = [{ receivedAt: "desc" }, { id: "desc" }];

/** The comments on a publicity item (any status: staff follow withdrawn ones too); NOT_FOUND for other items. */
export async function commentsOnItem(deps: Pick<LettersDeps, "prisma">, itemId: string | null): Promise<ItemComments> {
  const item = itemId ? await deps.prisma.contentItem.findFirst({ where: { id: itemId, kind: "PUBLICITY" } }) : null;
  if (!item) throw notFound("公示");
  const where: Prisma.LetterWhereInput = { channel: "PUBLICITY_COMMENT", contentItemId: item.id };
  let counts: Promise<CommentCounts> | undefined;
  const count = async (): Promise<CommentCounts> => {
    const [total, hidden] = await Promise.all([
      deps.prisma.letter.count({ where }),
      deps.prisma.letter.count({ where: { ...where, hiddenAt: { not: null } } }),
    ]);
    return { total, hidden };
  };
  return { item, where, counts: () => (counts ??= count()) };
}

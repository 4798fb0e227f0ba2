// 规划公示意见 for staff: one root field, the comments on one publicity item as letters (counts and a
// page of letters, newest first). Everyone who works with letters reads them, with the Letter type's
// masking; each letter opens on its own page (/staff/letters/:id) like any other.
import { builder } from "../../builder.js";
import { ContentItemRef } from "../content/content.schema.js";
import { contentItemIdOf } from "../content/content.service.js";
import { LETTER_STAFF } from "./letters.staff.schema.js";
import { COMMENT_ORDER, commentsOnItem, type ItemComments } from "./publicity-comments.js";

const STAFF_SCOPE = { roles: LETTER_STAFF };

const PublicityCommentsRef = builder.objectRef<ItemComments>("PublicityComments").implement({
  description: "The comments received on one PUBLICITY item: letters of channel PUBLICITY_COMMENT.",
  authScopes: STAFF_SCOPE,
  fields: (t) => ({
    item: t.field({ type: ContentItemRef, resolve: (comments) => comments.item }),
    totalCount: t.int({
      description: "Every comment received, hidden ones included.",
      resolve: async (comments) => (await comments.counts()).total,
    }),
    hiddenCount: t.int({
      description: "Comments hidden by moderation (not in the count citizens see).",
      resolve: async (comments) => (await comments.counts()).hidden,
    }),
    letters: t.prismaConnection({
      type: "Letter",
      cursor: "id",
      description: "Newest first, hidden ones included. Personal data masked as in the inbox.",
      defaultSize: 20,
      maxSize: 50,
      resolve: (query, comments, _args, ctx) =>
        ctx.prisma.letter.findMany({ ...query, where: comments.where, orderBy: COMMENT_ORDER }),
    }),
  }),
});

builder.queryFields((t) => ({
  publicityComments: t.field({
    type: PublicityCommentsRef,
    description: `The comments on a PUBLICITY item, as letters (NOT_FOUND for other items). ${LETTER_STAFF.join(", ")}.`,
    authScopes: STAFF_SCOPE,
    args: { itemId: t.arg.id({ required: true, description: "The publicity item's global id." }) },
    resolve: (_root, args, ctx) => commentsOnItem(ctx, contentItemIdOf(String(args.itemId))),
  }),
}));

// 规划公示 comments for staff: one root field, the thread of one publicity item (counts and a
// page of comments with the citizens' names and phone numbers). Every page read is audited.

import { builder } from "../../builder.js";
import { ContentItemRef } from "../content/content.schema.js";
import { contentItemIdOf } from "../content/content.service.js";
import { maskName, maskPhone } from "../letters/personal-data.js";
import {
  COMMENT_MODERATORS,
  COMMENT_ORDER,
  COMMENT_READERS,
  type CommentThread,
  commentThread,
  recordCommentsRead,
  seesCommenterInFull,
} from "./publicity-comments.service.js";

const READERS = { roles: [...COMMENT_READERS, ...COMMENT_MODERATORS] };

// A variant of its own: the citizens' PublicityComment type shows only id and time, and no field
// added here can reach it.
const StaffPublicityCommentRef = builder.prismaObject("PublicityComment", {
  variant: "StaffPublicityComment",
  description: "A citizen's comment on planning publicity with the name and phone they gave. Reading it is audited.",
  authScopes: READERS,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.string({
      description: "In full for COMMENT_READERS, masked (张*) for moderators.",
      resolve: (c, _args, ctx) => (seesCommenterInFull(ctx.viewer?.roles ?? []) ? c.name : maskName(c.name)),
    }),
    phone: t.string({
      description: "In full for COMMENT_READERS, masked (138****5678) for moderators.",
      resolve: (c, _args, ctx) => (seesCommenterInFull(ctx.viewer?.roles ?? []) ? c.phone : maskPhone(c.phone)),
    }),
    body: t.exposeString("body", { description: "Plain text as the citizen typed it; escape when shown." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    hiddenAt: t.expose("hiddenAt", { type: "DateTime", nullable: true }),
    hiddenReason: t.exposeString("hiddenReason", { nullable: true }),
  }),
});

const PublicityCommentThreadRef = builder.objectRef<CommentThread>("PublicityCommentThread").implement({
  description: "The comments received on one PUBLICITY item, as staff handle them.",
  authScopes: READERS,
  fields: (t) => ({
    item: t.field({ type: ContentItemRef, resolve: (thread) => thread.item }),
    totalCount: t.int({
      description: "Every comment received, hidden ones included.",
      resolve: async (thread) => (await thread.counts()).total,
    }),
    hiddenCount: t.int({
      description: "Comments staff hid (not counted for citizens).",
      resolve: async (thread) => (await thread.counts()).hidden,
    }),
    comments: t.prismaConnection({
      type: StaffPublicityCommentRef,
      cursor: "id",
      description: "Newest first, hidden ones included (with why).",
      defaultSize: 20,
      maxSize: 50,
      resolve: async (query, thread, _args, ctx) => {
        const rows = await ctx.prisma.publicityComment.findMany({
          ...query,
          where: { itemId: thread.item.id },
          orderBy: COMMENT_ORDER,
        });
        await recordCommentsRead(ctx, thread.item.id, rows, query.take);
        return rows;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  publicityCommentThread: t.field({
    type: PublicityCommentThreadRef,
    description: `Comments on a PUBLICITY item with the commenters' names and phones (NOT_FOUND for other items). ${COMMENT_READERS.join(", ")}; ${COMMENT_MODERATORS.join(", ")} see them masked.`,
    authScopes: READERS,
    args: { itemId: t.arg.id({ required: true, description: "The publicity item's global id." }) },
    resolve: (_root, args, ctx) => commentThread(ctx, contentItemIdOf(String(args.itemId))),
  }),
}));

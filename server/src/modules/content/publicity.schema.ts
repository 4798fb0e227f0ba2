// 规划公示: the comment window shown on a PUBLICITY item, and citizens' comments.
import { builder, InputError, type InputErrorShape } from "../../builder.js";
import type { PublicityComment } from "../../generated/prisma/client.js";
import { PublicityType } from "../../generated/prisma/enums.js";
import { contentItemIdOf } from "./content.service.js";
import { daysLeft, isWindowOpen, opensAtOf, submitComment } from "./publicity.service.js";

const PublicityTypeEnum = builder.enumType(PublicityType, {
  name: "PublicityType",
  description: "PLAN_DRAFT 规划草案公示 (30 days), PRE_APPROVAL 批前公示 (10 days), POST_APPROVAL 批后公布, OTHER.",
});

const PublicityRef = builder.prismaObject("ContentItem", {
  variant: "Publicity",
  description: "The comment window of a PUBLICITY item. Times are UTC; open/closed follows the server clock.",
  fields: (t) => ({
    type: t.expose("publicityType", { type: PublicityTypeEnum, nullable: true }),
    opensAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When comments open (the publication time unless set).",
      resolve: (item) => opensAtOf(item),
    }),
    closesAt: t.expose("commentClosesAt", {
      type: "DateTime",
      nullable: true,
      description: "When comments close; null when the publicity takes no comments.",
    }),
    isOpen: t.boolean({
      description: "Whether comments are accepted now.",
      resolve: (item, _args, ctx) => isWindowOpen(item, ctx.clock.now()),
    }),
    daysLeft: t.int({
      nullable: true,
      description: "Whole days left, rounded up (1 on the last day), while open; null otherwise.",
      resolve: (item, _args, ctx) => daysLeft(item, ctx.clock.now()),
    }),
    commentCount: t.relationCount("comments", {
      description: "Comments received (hidden ones excluded). Comments themselves are never public.",
      where: { hiddenAt: null },
    }),
  }),
});

builder.prismaObjectField("ContentItem", "publicity", (t) =>
  t.variant(PublicityRef, {
    description: "The comment window; null unless the item is a PUBLICITY.",
    isNull: (item) => item.kind !== "PUBLICITY",
  }),
);

// Only what the citizen needs to know their comment arrived. Name, phone and text are personal
// data for staff: any field added for them must carry its own authScopes.
const PublicityCommentRef = builder.prismaObject("PublicityComment", {
  description: "A citizen's comment on planning publicity, as its author sees it after submitting.",
  fields: (t) => ({
    id: t.exposeID("id"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const SubmitPublicityCommentInput = builder.inputType("SubmitPublicityCommentInput", {
  fields: (t) => ({
    itemId: t.id({ required: true, description: "The publicity item's global id." }),
    name: t.string({ required: true, description: "姓名, 1–40 characters." }),
    phone: t.string({ required: true, description: "A mainland mobile or landline number." }),
    body: t.string({ required: true, description: "Plain text, 5–2000 characters; markup is removed." }),
    idempotencyKey: t.string({
      description: "A client-generated UUID. Repeating a submission with the same key returns the original comment.",
    }),
  }),
});

type SubmitPayload = { comment?: PublicityComment | null; error?: InputErrorShape | null };

const SubmitPublicityCommentPayload = builder.objectRef<SubmitPayload>("SubmitPublicityCommentPayload").implement({
  description: "The received comment, or why it was not accepted (a message for the citizen, zh-CN).",
  fields: (t) => ({
    comment: t.field({ type: PublicityCommentRef, nullable: true, resolve: (p) => p.comment ?? null }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

builder.mutationFields((t) => ({
  submitPublicityComment: t.field({
    type: SubmitPublicityCommentPayload,
    description:
      "A citizen comments on a PUBLICITY item while its window is open. NOT_FOUND for other items; RATE_LIMITED after too many comments from one address. Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: SubmitPublicityCommentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await submitComment(ctx, contentItemIdOf(String(input.itemId)), input);
      return result.ok
        ? { comment: result.comment }
        : { error: { message: result.message, field: result.field ?? null } };
    },
  }),
}));

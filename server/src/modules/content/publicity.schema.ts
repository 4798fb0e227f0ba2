// 规划公示: the comment window shown on a PUBLICITY item and the count of comments received.
// Comments are letters (channel PUBLICITY_COMMENT): citizens send them with submitPublicityComment
// (letters/citizen/citizen.schema.ts); staff read them as letters (letters.publicity.schema.ts).
import { builder } from "../../builder.js";
import { PublicityType } from "../../generated/prisma/enums.js";
import { daysLeft, isWindowOpen, opensAtOf } from "./publicity.service.js";

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
      description:
        "Comments received: letters of channel PUBLICITY_COMMENT on this item, hidden ones excluded. The comments themselves are never public.",
      where: { channel: "PUBLICITY_COMMENT", hiddenAt: null },
    }),
  }),
});

builder.prismaObjectField("ContentItem", "publicity", (t) =>
  t.variant(PublicityRef, {
    description: "The comment window; null unless the item is a PUBLICITY.",
    isNull: (item) => item.kind !== "PUBLICITY",
  }),
);

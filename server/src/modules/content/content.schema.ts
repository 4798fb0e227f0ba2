// Columns and content items as citizens see them. The reviewed publishing workflow, revisions,
// disclosure catalog and search arrive with the content issue and extend these types.
import { builder } from "../../builder.js";
import { ContentKind } from "../../generated/prisma/enums.js";
import { PUBLISHED } from "./content.service.js";

const ContentKindEnum = builder.enumType(ContentKind, {
  name: "ContentKind",
  description:
    "NEWS 新闻动态/工作动态, NOTICE 通知公告, PUBLICITY 规划公示, EXHIBITION 展示, DISCLOSURE 政务信息公开, TOPIC_PAGE 专题, INTERVIEW 访谈.",
});

builder.prismaNode("Column", {
  description: "栏目",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
  }),
});

builder.prismaNode("ContentItem", {
  description: "信息/稿件. Only published items are visible to citizens.",
  id: { field: "id" },
  // A global id must not reveal drafts to citizens.
  findUnique: (id, ctx) => (ctx.viewer ? { id } : { id, ...PUBLISHED }),
  fields: (t) => ({
    kind: t.expose("kind", { type: ContentKindEnum }),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
    body: t.exposeString("body"),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    column: t.relation("column"),
  }),
});

builder.queryFields((t) => ({
  latestContent: t.prismaConnection({
    type: "ContentItem",
    cursor: "id",
    description: "Latest published content, newest first. Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    maxSize: 50,
    defaultSize: 20,
    args: { kind: t.arg({ type: ContentKindEnum }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.contentItem.findMany({
        ...query,
        where: { ...PUBLISHED, ...(args.kind ? { kind: args.kind } : {}) },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

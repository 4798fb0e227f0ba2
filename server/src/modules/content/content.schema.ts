// Content items as citizens read them: lists, one page, and everything shown on the page.
// Staff-side fields (drafts, the registration form) are added by the publishing module.
import { builder } from "../../builder.js";
import { ContentKind, ContentStatus } from "../../generated/prisma/enums.js";
import { ColumnRef } from "./column.schema.js";
import {
  type Attachment,
  attachmentsOf,
  type ChangeNote,
  changeNotesOf,
  columnTree,
  contentItemIdOf,
  listWhere,
  NEWEST_FIRST,
  newestFirstPage,
  PUBLISHED,
  publishStepsSelect,
  REACHABLE,
  readableItem,
  relatedWhere,
} from "./content.service.js";
import { contentItemArgs, contentItemsArgs } from "./content.validation.js";
import { pathTo } from "./tree.js";

export const ContentKindEnum = builder.enumType(ContentKind, {
  name: "ContentKind",
  description:
    "NEWS 新闻动态/工作动态, NOTICE 通知公告, PUBLICITY 规划公示, EXHIBITION 展示, DISCLOSURE 政务信息公开, TOPIC_PAGE 专题, INTERVIEW 访谈.",
});

export const ContentStatusEnum = builder.enumType(ContentStatus, {
  name: "ContentStatus",
  description:
    "Where an item stands. Citizens only ever see PUBLISHED, WITHDRAWN (撤回, with the reason) and EXPIRED (已过期); the other states are visible to staff only.",
});

const AttachmentRef = builder.objectRef<Attachment>("Attachment").implement({
  description: "A file attached to an item (附件).",
  fields: (t) => ({
    name: t.exposeString("name"),
    url: t.exposeString("url"),
    size: t.exposeInt("size", { nullable: true, description: "Bytes, when known." }),
    mimeType: t.exposeString("mimeType", { nullable: true }),
  }),
});

const ChangeNoteRef = builder.objectRef<ChangeNote>("ChangeNote").implement({
  description: "The note of a major change made to a published item (更新说明), and when it went live.",
  fields: (t) => ({
    note: t.exposeString("note"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
  }),
});

export const ContentItemRef = builder.prismaNode("ContentItem", {
  description:
    "信息/稿件. Citizens see published items, and withdrawn or expired ones they open directly; staff see every item.",
  id: { field: "id" },
  // A global id must not reveal drafts or removed items to citizens.
  findUnique: (id, ctx) => (ctx.viewer ? { id } : { id, ...REACHABLE }),
  fields: (t) => ({
    slug: t.exposeString("slug", { nullable: true }),
    kind: t.expose("kind", { type: ContentKindEnum }),
    status: t.expose("status", { type: ContentStatusEnum }),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
    body: t.exposeString("body", { description: "Sanitised HTML (cleaned when saved)." }),
    coverImageUrl: t.exposeString("coverImageUrl", { nullable: true }),
    videoUrl: t.exposeString("videoUrl", { nullable: true }),
    attachments: t.field({ type: [AttachmentRef], resolve: (item) => attachmentsOf(item.attachments) }),
    tags: t.exposeStringList("tags"),
    column: t.relation("column", { type: ColumnRef }),
    sourceDepartmentName: t.string({
      nullable: true,
      description: "The department (科室) the information comes from (信息来源).",
      select: { sourceDepartment: { select: { name: true } } },
      resolve: (item) => item.sourceDepartment?.name ?? null,
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawReason: t.exposeString("withdrawReason", { nullable: true }),
    expiredAt: t.expose("expiredAt", { type: "DateTime", nullable: true }),
    changeNotes: t.field({
      type: [ChangeNoteRef],
      description: "Notes of the major changes published after the first publication, newest first.",
      select: publishStepsSelect,
      resolve: (item) => changeNotesOf(item.reviewRecords),
    }),
    breadcrumbs: t.field({
      type: [ColumnRef],
      description: "The item's column path, top-level column first.",
      resolve: async (item, _args, ctx) => {
        const node = (await columnTree(ctx)).byId.get(item.columnId);
        return node ? pathTo(node).map((n) => n.row) : [];
      },
    }),
    related: t.prismaConnection({
      type: "ContentItem",
      cursor: "id",
      description: "Published items in the same column or sharing a tag, newest first.",
      defaultSize: 5,
      maxSize: 20,
      resolve: async (query, item, _args, ctx) => {
        const page = await newestFirstPage(ctx, query);
        return page
          ? ctx.prisma.contentItem.findMany({
              ...page,
              where: { AND: [relatedWhere(item), page.where] },
              orderBy: NEWEST_FIRST,
            })
          : [];
      },
    }),
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
    resolve: async (query, _root, args, ctx) => {
      const page = await newestFirstPage(ctx, query);
      return page
        ? ctx.prisma.contentItem.findMany({
            ...page,
            where: { AND: [{ ...PUBLISHED, ...(args.kind ? { kind: args.kind } : {}) }, page.where] },
            orderBy: NEWEST_FIRST,
          })
        : [];
    },
  }),
  contentItems: t.prismaConnection(
    {
      type: "ContentItem",
      cursor: "id",
      description:
        "Published items, newest first. `column` and `catalogCode` include their descendants; `from`/`to` bound publishedAt (inclusive). Withdrawn items are not listed. Public.",
      skipTypeScopes: true,
      authScopes: { public: true },
      maxSize: 50,
      defaultSize: 20,
      args: {
        column: t.arg.string({ description: "Column slug.", validate: { maxLength: 200 } }),
        kind: t.arg({ type: ContentKindEnum }),
        catalogCode: t.arg.string({ description: "Disclosure catalog code, e.g. t01.", validate: { maxLength: 50 } }),
        from: t.arg({ type: "DateTime" }),
        to: t.arg({ type: "DateTime" }),
      },
      validate: { schema: contentItemsArgs },
      totalCount: async (_connection, args, ctx) => ctx.prisma.contentItem.count({ where: await listWhere(ctx, args) }),
      resolve: async (query, _root, args, ctx) => {
        const [where, page] = await Promise.all([listWhere(ctx, args), newestFirstPage(ctx, query)]);
        return page
          ? ctx.prisma.contentItem.findMany({ ...page, where: { AND: [where, page.where] }, orderBy: NEWEST_FIRST })
          : [];
      },
    },
    { description: "A page of content items; totalCount counts every match." },
  ),
  contentItem: t.prismaField({
    type: "ContentItem",
    nullable: true,
    description:
      "One item by global id or slug (exactly one). Citizens: published items; withdrawn ones with withdrawnAt and withdrawReason; GONE (该信息已撤下) when removed; NOT_FOUND otherwise. Staff read any item. Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    args: {
      id: t.arg.id(),
      slug: t.arg.string(),
    },
    validate: { schema: contentItemArgs },
    resolve: (query, _root, args, ctx) =>
      readableItem(ctx, async () => {
        if (args.slug != null) return ctx.prisma.contentItem.findUnique({ ...query, where: { slug: args.slug } });
        const id = args.id ? contentItemIdOf(args.id) : null;
        return id ? ctx.prisma.contentItem.findUnique({ ...query, where: { id } }) : null;
      }),
  }),
}));

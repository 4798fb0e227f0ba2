// 栏目 as citizens navigate them: only columns with something published in them (or below).
import { builder } from "../../builder.js";
import { notFound } from "../../errors.js";
import type { Column } from "../../generated/prisma/client.js";
import { type ColumnNode, columnTree, isBlank, visibleChildren } from "./content.service.js";

const nodeOf = async (column: Column, ctx: Parameters<typeof columnTree>[0]): Promise<ColumnNode | undefined> =>
  (await columnTree(ctx)).byId.get(column.id);

export const ColumnRef = builder.prismaNode("Column", {
  description: "栏目. Citizens only ever see columns with published content in them or below them.",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    itemCount: t.int({
      description: "Published items in this column and its sub-columns.",
      resolve: async (column, _args, ctx) => (await nodeOf(column, ctx))?.itemCount ?? 0,
    }),
    latestPublishedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The newest publication in this column or its sub-columns.",
      resolve: async (column, _args, ctx) => (await nodeOf(column, ctx))?.latestPublishedAt ?? null,
    }),
    updateEveryDays: t.exposeInt("updateEveryDays", {
      nullable: true,
      description: "How often the column must be updated, in days (inspection rule), if it has a rule.",
    }),
  }),
});

// Declared apart from the type: the fields refer to the type itself.
builder.prismaObjectFields(ColumnRef, (t) => ({
  // Parent and children come from the per-request column tree (one query for the whole tree),
  // not from Prisma relations, so a navigation tree costs two queries however deep it is.
  parent: t.field({
    type: ColumnRef,
    nullable: true,
    resolve: async (column, _args, ctx) => (await nodeOf(column, ctx))?.parent?.row ?? null,
  }),
  children: t.field({
    type: [ColumnRef],
    description: "Sub-columns shown in navigation that are not blank, in display order.",
    resolve: async (column, _args, ctx) => {
      const node = await nodeOf(column, ctx);
      return node ? visibleChildren(node).map((c) => c.row) : [];
    },
  }),
}));

builder.queryFields((t) => ({
  columns: t.field({
    type: [ColumnRef],
    description:
      "The navigation tree: top-level columns shown in navigation that are not blank; descend with `children`. Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) =>
      (await columnTree(ctx)).roots.filter((n) => n.row.showInNav && !isBlank(n)).map((n) => n.row),
  }),
  column: t.field({
    type: ColumnRef,
    description: "One column by slug. NOT_FOUND when it does not exist or is blank. Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { slug: t.arg.string({ required: true, validate: { maxLength: 200 } }) },
    resolve: async (_root, args, ctx) => {
      const node = (await columnTree(ctx)).bySlug.get(args.slug);
      if (!node || isBlank(node)) throw notFound("栏目");
      return node.row;
    },
  }),
}));

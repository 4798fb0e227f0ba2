// 政务信息公开: the disclosure catalog (公开目录) and the metadata block every disclosure item shows.
import { builder } from "../../builder.js";
import { DisclosureMode, Validity } from "../../generated/prisma/enums.js";
import { catalogTree, REACHABLE } from "./content.service.js";

export const DisclosureModeEnum = builder.enumType(DisclosureMode, {
  name: "DisclosureMode",
  description: "公开方式: PROACTIVE 主动公开, ON_REQUEST 依申请公开, NOT_DISCLOSED 不予公开.",
});

export const ValidityEnum = builder.enumType(Validity, {
  name: "Validity",
  description: "有效性: VALID 有效, AMENDED 已修改, REPEALED 已废止, LAPSED 已失效.",
});

export const DisclosureCatalogRef = builder.prismaNode("DisclosureCatalog", {
  description: "公开目录: one entry of the disclosure catalog tree (e.g. t01 机构职能).",
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    itemCount: t.int({
      description: "Published items filed under this entry or any entry below it.",
      resolve: async (catalog, _args, ctx) => (await catalogTree(ctx)).byId.get(catalog.id)?.itemCount ?? 0,
    }),
  }),
});

// Declared apart from the type: the field refers to the type itself.
builder.prismaObjectField(DisclosureCatalogRef, "children", (t) =>
  t.field({
    type: [DisclosureCatalogRef],
    description: "Entries below this one, in catalog order (empty ones included: the catalog is fixed by rule).",
    resolve: async (catalog, _args, ctx) =>
      (await catalogTree(ctx)).byId.get(catalog.id)?.children.map((c) => c.row) ?? [],
  }),
);

const DisclosureRef = builder.prismaObject("ContentItem", {
  variant: "Disclosure",
  description: "The disclosure metadata of a DISCLOSURE item (政务信息公开 信息索引).",
  fields: (t) => ({
    indexNumber: t.exposeString("indexNumber", { nullable: true, description: "索引号" }),
    catalog: t.relation("catalog", { nullable: true, description: "所属目录" }),
    documentNumber: t.exposeString("documentNumber", { nullable: true, description: "文号" }),
    issuingOrgan: t.exposeString("issuingOrgan", { nullable: true, description: "发布机构" }),
    generatedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "生成日期: the publication time.",
    }),
    disclosureMode: t.expose("disclosureMode", { type: DisclosureModeEnum, nullable: true, description: "公开方式" }),
    validity: t.expose("validity", { type: ValidityEnum, nullable: true, description: "有效性" }),
    replacedBy: t.prismaField({
      type: "ContentItem",
      nullable: true,
      description: "The item that amends or repeals this one, when citizens can open it.",
      resolve: (query, item, _args, ctx) =>
        item.replacedById
          ? ctx.prisma.contentItem.findFirst({
              ...query,
              where: { id: item.replacedById, ...(ctx.viewer ? {} : REACHABLE) },
            })
          : null,
    }),
    replaces: t.relation("replaces", {
      description: "Earlier items this one amends or repeals, newest first.",
      query: (_args, ctx) => ({
        where: ctx.viewer ? {} : REACHABLE,
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
    }),
  }),
});

builder.prismaObjectField("ContentItem", "disclosure", (t) =>
  t.variant(DisclosureRef, {
    description: "Disclosure metadata; null unless the item is a DISCLOSURE.",
    isNull: (item) => item.kind !== "DISCLOSURE",
  }),
);

builder.queryFields((t) => ({
  disclosureCatalog: t.field({
    type: [DisclosureCatalogRef],
    description: "The disclosure catalog: its top-level entries; descend with `children`. Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => (await catalogTree(ctx)).roots.map((n) => n.row),
  }),
}));

// 专题 and 热点区域 for citizens: the list on the 查询 tab and one page with its map extent and
// layers (drawn by the map issue) and what it gathers. Staff write them as TOPIC_PAGE items.
import { builder } from "../../builder.js";
import { ColumnRef } from "../content/column.schema.js";
import { ContentItemRef } from "../content/content.schema.js";
import { GuideRef } from "../guides/guides.schema.js";
import type { Extent } from "./topic-details.js";
import {
  listTopics,
  PUBLISHED_TOPIC,
  readableTopic,
  relatedGuides,
  relatedItems,
  topicDetailsOf,
  topicTypeOf,
} from "./topics.service.js";

const PUBLIC = { skipTypeScopes: true, authScopes: { public: true } } as const;

const TopicTypeEnum = builder.enumType("TopicType", {
  values: {
    TOPIC: { description: "专题 (水城专题, 城市总体规划修编…)" },
    HOT_AREA: { description: "热点区域 (五象新区核心区, 邕江两岸…)" },
  },
});

const MapExtentRef = builder.objectRef<Extent>("MapExtent").implement({
  description: "A bounding box in WGS-84 degrees. Chinese basemaps (GCJ-02) need converting.",
  fields: (t) => ({
    west: t.float({ resolve: (e) => e[0] }),
    south: t.float({ resolve: (e) => e[1] }),
    east: t.float({ resolve: (e) => e[2] }),
    north: t.float({ resolve: (e) => e[3] }),
  }),
});

export const TopicRef = builder.prismaNode("ContentItem", {
  variant: "Topic",
  description: "A published topic page (专题) or hot area (热点区域).",
  id: { field: "id" },
  // A global id opens only a published topic page.
  findUnique: (id) => ({ id, ...PUBLISHED_TOPIC }),
  fields: (t) => ({
    slug: t.exposeString("slug", {
      nullable: true,
      description: "Opens it with topic(slug); null for pages published before topic details existed.",
    }),
    type: t.field({ type: TopicTypeEnum, description: "Pages without details are TOPIC.", resolve: topicTypeOf }),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
    body: t.exposeString("body", { description: "Sanitised HTML." }),
    coverImageUrl: t.exposeString("coverImageUrl", { nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    column: t.relation("column", { type: ColumnRef }),
    extent: t.field({
      type: MapExtentRef,
      nullable: true,
      description: "The area to show on the map; null for pages without one.",
      resolve: (topic) => topicDetailsOf(topic)?.extent ?? null,
    }),
    layers: t.stringList({
      description: "Ids of the map layers to show (the map issue defines them).",
      resolve: (topic) => topicDetailsOf(topic)?.layers ?? [],
    }),
    relatedProjectCodes: t.stringList({
      description: "项目代码 of the related projects (the projects module resolves them).",
      resolve: (topic) => topicDetailsOf(topic)?.relatedProjectCodes ?? [],
    }),
    relatedProjects: t.prismaField({
      type: ["Project"],
      description: "The related projects published now, in the editor's order (codes not found are left out).",
      resolve: async (query, topic, _args, ctx) => {
        const codes = topicDetailsOf(topic)?.relatedProjectCodes ?? [];
        if (codes.length === 0) return [];
        const projects = await ctx.prisma.project.findMany({
          ...query,
          where: { code: { in: codes }, contentItem: { status: "PUBLISHED", removed: false } },
        });
        const byCode = new Map(projects.map((project) => [project.code, project]));
        return codes.flatMap((code) => byCode.get(code) ?? []);
      },
    }),
    relatedItems: t.field({
      type: [ContentItemRef],
      description: "Related news, publicity and disclosure: those published now, in the editor's order.",
      resolve: (topic, _args, ctx) => relatedItems(ctx, topic),
    }),
    relatedGuides: t.field({
      type: [GuideRef],
      description: "Related service guides: those published now, in the editor's order.",
      resolve: (topic, _args, ctx) => relatedGuides(ctx, topic),
    }),
  }),
});

builder.queryFields((t) => ({
  topics: t.prismaField({
    type: [TopicRef],
    description: "Published topic pages and hot areas, newest first (the 查询 tab's list). Public.",
    ...PUBLIC,
    args: { type: t.arg({ type: TopicTypeEnum, description: "Only topics, or only hot areas." }) },
    resolve: (query, _root, args, ctx) => listTopics(ctx, query, args.type ?? null),
  }),
  topic: t.prismaField({
    type: TopicRef,
    description:
      "One published topic page or hot area by slug. A page taken offline is GONE (with the reason); otherwise NOT_FOUND. Public.",
    ...PUBLIC,
    args: { slug: t.arg.string({ required: true, validate: { maxLength: 100 } }) },
    resolve: async (query, _root, args, ctx) =>
      readableTopic(await ctx.prisma.contentItem.findUnique({ ...query, where: { slug: args.slug } })),
  }),
}));

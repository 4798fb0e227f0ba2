// 办事指南 for citizens: the catalogue, search and one guide with every element typed, so the
// client draws the steps as a stepper and the materials as a checklist it can keep offline.
// Staff write guides as GUIDE content items through the publishing workflow (detailsJson).
import { builder } from "../../builder.js";
import type { ContentItem } from "../../generated/prisma/client.js";
import { countedStepDays, type GuideMaterial, type GuideStep, type MATERIAL_FORMS } from "./guide-details.js";
import {
  type GuideCategory,
  type GuideEdge,
  type GuidePage,
  guideCategories,
  guideDetailsOf,
  listGuides,
  materialId,
  PUBLISHED_GUIDE,
  publishedGuide,
} from "./guides.service.js";
import { type GuidesArgs, guidesArgs } from "./guides.validation.js";

const PUBLIC = { skipTypeScopes: true, authScopes: { public: true } } as const;

const MaterialFormEnum = builder.enumType("MaterialForm", {
  description: "What the applicant hands in.",
  values: {
    ORIGINAL: { description: "原件" },
    COPY: { description: "复印件" },
    ORIGINAL_AND_COPY: { description: "原件及复印件" },
  } satisfies Record<(typeof MATERIAL_FORMS)[number], { description: string }>,
});

const LegalBasisRef = builder.objectRef<{ law: string; article: string | null }>("GuideLegalBasis").implement({
  description: "设定依据: a law and, when cited, its article.",
  fields: (t) => ({
    law: t.exposeString("law", { description: "《中华人民共和国城乡规划法》" }),
    article: t.exposeString("article", { nullable: true, description: "第四十条; null when cited as a whole." }),
  }),
});

const MaterialRef = builder.objectRef<GuideMaterial>("GuideMaterial").implement({
  description: "申请材料: one line of the materials checklist.",
  fields: (t) => ({
    id: t.string({
      description: "Stable within a guide revision: what the citizen's ticks are kept under.",
      resolve: (m) => materialId(m.name),
    }),
    name: t.exposeString("name"),
    form: t.field({ type: MaterialFormEnum, resolve: (m) => m.form }),
    copies: t.exposeInt("copies", { description: "份数." }),
    required: t.exposeBoolean("required", { description: "False: only in some cases (the note says when)." }),
    note: t.string({ nullable: true, resolve: (m) => m.note || null }),
    templateUrl: t.exposeString("templateUrl", { nullable: true, description: "空白表格 to download." }),
    sampleUrl: t.exposeString("sampleUrl", { nullable: true, description: "填写样例 to download." }),
  }),
});

const StepRef = builder.objectRef<GuideStep>("GuideStep").implement({
  description: "办理流程: one step, in order.",
  fields: (t) => ({
    name: t.exposeString("name"),
    actor: t.string({
      nullable: true,
      description: "Who acts (申请人, 窗口, 科室…).",
      resolve: (s) => s.actor || null,
    }),
    description: t.string({ nullable: true, resolve: (s) => s.description || null }),
    days: t.exposeInt("days", { description: "Working days (0: same day)." }),
    outcome: t.string({ nullable: true, resolve: (s) => s.outcome || null }),
    excludedFromLimit: t.exposeBoolean("excludedFromLimit", {
      description: "Not counted in the time limit (批前公示, 专家评审…); its days are shown apart.",
    }),
  }),
});

const FeeRef = builder.objectRef<{ name: string; amount: string; basis: string }>("GuideFee").implement({
  description: "收费项目. A guide without fees is 不收费.",
  fields: (t) => ({
    name: t.exposeString("name"),
    amount: t.exposeString("amount"),
    basis: t.string({ nullable: true, resolve: (f) => f.basis || null }),
  }),
});

const FaqRef = builder.objectRef<{ question: string; answer: string }>("GuideFaq").implement({
  description: "常见问题.",
  fields: (t) => ({ question: t.exposeString("question"), answer: t.exposeString("answer") }),
});

const RelatedLawRef = builder.objectRef<{ name: string; url: string | null }>("GuideRelatedLaw").implement({
  fields: (t) => ({ name: t.exposeString("name"), url: t.exposeString("url", { nullable: true }) }),
});

const text = (value: string) => value || null;

export const GuideRef = builder.prismaNode("ContentItem", {
  variant: "Guide",
  description: "A published service guide (办事指南).",
  id: { field: "id" },
  // A global id opens only a published guide.
  findUnique: (id) => ({ id, ...PUBLISHED_GUIDE }),
  fields: (t) => ({
    slug: t.string({
      description: "Opens it with guide(slug). Publication gives every guide one.",
      // PUBLISHED_GUIDE and publishedGuide() only let guides with a slug through.
      resolve: (g) => g.slug ?? "",
    }),
    revision: t.string({
      description: "Changes whenever a new revision goes live: ticks made on another revision are not carried over.",
      resolve: (g) => g.liveRevisionId ?? g.id,
    }),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
    body: t.exposeString("body", { description: "Sanitised HTML: notes beyond the structured elements." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    itemName: t.string({ description: "事项名称.", resolve: (g) => guideDetailsOf(g).itemName || g.title }),
    category: t.string({ nullable: true, description: "事项类别.", resolve: (g) => text(guideDetailsOf(g).category) }),
    implementingOrgan: t.string({
      nullable: true,
      description: "实施机关.",
      resolve: (g) => text(guideDetailsOf(g).implementingOrgan),
    }),
    legalBasis: t.field({
      type: [LegalBasisRef],
      description: "设定依据.",
      resolve: (g) => guideDetailsOf(g).legalBasis,
    }),
    conditions: t.stringList({ description: "申请条件, one per entry.", resolve: (g) => guideDetailsOf(g).conditions }),
    materials: t.field({ type: [MaterialRef], description: "申请材料.", resolve: (g) => guideDetailsOf(g).materials }),
    steps: t.field({ type: [StepRef], description: "办理流程, in order.", resolve: (g) => guideDetailsOf(g).steps }),
    statutoryDays: t.int({
      nullable: true,
      description: "法定时限, working days.",
      resolve: (g) => guideDetailsOf(g).statutoryDays,
    }),
    promisedDays: t.int({
      nullable: true,
      description: "承诺时限, working days: the total the stepper shows (the counted steps add up to it).",
      resolve: (g) => guideDetailsOf(g).promisedDays,
    }),
    excludedDays: t.int({
      description: "Working days of the steps not counted in the time limit (批前公示…), shown apart.",
      resolve: (g) => {
        const steps = guideDetailsOf(g).steps;
        return steps.reduce((sum, s) => sum + s.days, 0) - countedStepDays(steps);
      },
    }),
    fees: t.field({ type: [FeeRef], description: "Empty: 不收费.", resolve: (g) => guideDetailsOf(g).fees }),
    officeAddress: t.string({
      nullable: true,
      description: "办理地点.",
      resolve: (g) => text(guideDetailsOf(g).officeAddress),
    }),
    officeHours: t.string({
      nullable: true,
      description: "办理时间.",
      resolve: (g) => text(guideDetailsOf(g).officeHours),
    }),
    phone: t.string({ nullable: true, description: "咨询电话.", resolve: (g) => text(guideDetailsOf(g).phone) }),
    onlineUrl: t.string({ nullable: true, description: "网上办理地址.", resolve: (g) => guideDetailsOf(g).onlineUrl }),
    faq: t.field({ type: [FaqRef], description: "常见问题.", resolve: (g) => guideDetailsOf(g).faq }),
    relatedLaws: t.field({
      type: [RelatedLawRef],
      description: "相关法规.",
      resolve: (g) => guideDetailsOf(g).relatedLaws,
    }),
  }),
});

const GuideEdgeRef = builder.objectRef<GuideEdge>("GuideEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.field({ type: GuideRef, resolve: (edge) => edge.item as ContentItem }),
    highlightedTitle: t.exposeString("highlightedTitle", {
      nullable: true,
      description: "With a query: the title as HTML, text escaped, matches in <mark>. Null without a query.",
    }),
    snippet: t.exposeString("snippet", {
      nullable: true,
      description: "With a query: text around the first match as HTML (escaped, <mark>). Null without a query.",
    }),
  }),
});

const GuideConnectionRef = builder.objectRef<GuidePage>("GuideConnection").implement({
  description: "A page of published guides.",
  fields: (t) => ({
    edges: t.field({ type: [GuideEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (page) => ({
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      }),
    }),
    totalCount: t.exposeInt("totalCount", { description: "How many guides match." }),
  }),
});

const GuideCategoryRef = builder.objectRef<GuideCategory>("GuideCategory").implement({
  description: "事项类别 with how many published guides it has.",
  fields: (t) => ({ name: t.exposeString("name"), count: t.exposeInt("count") }),
});

builder.queryFields((t) => ({
  guides: t.field({
    type: GuideConnectionRef,
    description:
      "Published service guides (办事指南). Without a query in catalogue order (category, then name); with one ranked by the content search (words, pinyin, initials: jsgcgh). Public.",
    ...PUBLIC,
    args: {
      category: t.arg.string({ description: "事项类别, as guideCategories lists it." }),
      query: t.arg.string({ description: "What the citizen typed; at most 100 characters." }),
      first: t.arg.int({ description: "Page size, 20 by default, at most 50." }),
      after: t.arg.string({ description: "endCursor of the previous page." }),
    },
    validate: { schema: guidesArgs },
    // The zod plugin hands the resolver the schema's output (trimmed, page size clamped).
    resolve: (_root, args, ctx) => listGuides(ctx.prisma, args as GuidesArgs),
  }),
  guide: t.prismaField({
    type: GuideRef,
    description:
      "One published guide by slug. A guide taken offline is GONE (该办事指南已停止使用, with the reason); otherwise NOT_FOUND. Public.",
    ...PUBLIC,
    args: { slug: t.arg.string({ required: true, validate: { maxLength: 100 } }) },
    resolve: async (query, _root, args, ctx) =>
      publishedGuide(await ctx.prisma.contentItem.findUnique({ ...query, where: { slug: args.slug } })),
  }),
  guideCategories: t.field({
    type: [GuideCategoryRef],
    description: "The categories of published guides (for the category tabs), in pinyin order. Public.",
    ...PUBLIC,
    resolve: (_root, _args, ctx) => guideCategories(ctx.prisma),
  }),
}));

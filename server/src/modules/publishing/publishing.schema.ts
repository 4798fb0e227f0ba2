// Staff-side GraphQL of the review workflow: the fields staff see on an item (its open draft,
// revisions, registration form) and the work lists. Mutations are in workflow.schema.ts.
import { z } from "zod";
import { builder } from "../../builder.js";
import { DraftStage, LinkApprovalStatus, ReviewDecision, ReviewStep } from "../../generated/prisma/enums.js";
import { ContentStatusEnum } from "../content/content.schema.js";
import { REPLACEMENT_CANDIDATES, replacementCandidatesWhere } from "./disclosure.service.js";
import { DAY_MS } from "./publishing.service.js";
import { pendingSignOffs, TIMELINESS_WARNING_DAYS } from "./workflow.js";

const STAFF = { staff: true } as const;

export const DraftStageEnum = builder.enumType(DraftStage, { name: "DraftStage" });
export const ReviewStepEnum = builder.enumType(ReviewStep, { name: "ReviewStep" });
const ReviewDecisionEnum = builder.enumType(ReviewDecision, { name: "ReviewDecision" });
export const LinkApprovalStatusEnum = builder.enumType(LinkApprovalStatus, { name: "LinkApprovalStatus" });
export const SignOffStepEnum = builder.enumType("SignOffStep", {
  description: "信息发布审核, 保密审查, 科室负责领导审批, 分管局领导审批.",
  values: ["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL", "LEADER_APPROVAL"] as const,
});
const TimelinessEnum = builder.enumType("Timeliness", { values: ["OVERDUE", "DUE_SOON", "OK"] as const });

builder.prismaNode("ContentRevision", {
  description: "One saved version of an item. Revisions never change once written.",
  id: { field: "id" },
  authScopes: { staff: true },
  fields: (t) => ({
    number: t.exposeInt("number"),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", { nullable: true }),
    body: t.exposeString("body"),
    coverImageUrl: t.exposeString("coverImageUrl", { nullable: true }),
    videoUrl: t.exposeString("videoUrl", { nullable: true }),
    tags: t.exposeStringList("tags"),
    attachmentsJson: t.string({ resolve: (r) => JSON.stringify(r.attachments ?? []) }),
    detailsJson: t.string({
      nullable: true,
      description: "Kind-specific structured content (projects, guides…) as JSON, or null.",
      resolve: (r) => (r.details === null ? null : JSON.stringify(r.details)),
    }),
    changeNote: t.exposeString("changeNote", { nullable: true }),
    major: t.exposeBoolean("major"),
    createdBy: t.relation("createdBy", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    contentSha256: t.exposeString("contentSha256"),
  }),
});

builder.prismaObject("ReviewRecord", {
  description: "One line of the registration form (信息发布审核登记表).",
  authScopes: { staff: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    step: t.expose("step", { type: ReviewStepEnum }),
    decision: t.expose("decision", { type: ReviewDecisionEnum }),
    opinion: t.exposeString("opinion", { nullable: true }),
    checklistJson: t.string({
      nullable: true,
      resolve: (r) => (r.checklist === null ? null : JSON.stringify(r.checklist)),
    }),
    actorName: t.exposeString("actorName", { nullable: true }),
    actorRoles: t.exposeString("actorRoles", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
    revision: t.relation("revision", { nullable: true }),
  }),
});

builder.prismaObjectFields("ContentItem", (t) => ({
  draftStage: t.expose("draftStage", { type: DraftStageEnum, nullable: true, authScopes: STAFF }),
  draft: t.relation("draftRevision", { nullable: true, authScopes: STAFF }),
  liveRevision: t.relation("liveRevision", { nullable: true, authScopes: STAFF }),
  revisions: t.relatedConnection("revisions", {
    cursor: "id",
    query: { orderBy: { number: "desc" } },
    authScopes: STAFF,
  }),
  registrationForm: t.relation("reviewRecords", {
    description: "信息发布审核登记表: every step, oldest first.",
    query: { orderBy: [{ at: "asc" }, { id: "asc" }] },
    authScopes: STAFF,
  }),
  pendingSignOffs: t.field({
    type: [SignOffStepEnum],
    description: "Sign-offs the open draft still needs, in order (empty unless IN_REVIEW).",
    authScopes: STAFF,
    select: { reviewRecords: { select: { step: true, decision: true, revisionId: true }, orderBy: { at: "asc" } } },
    resolve: (item) =>
      item.draftStage === "IN_REVIEW" ? pendingSignOffs({ ...item, draftEditorId: null }, item.reviewRecords) : [],
  }),
  author: t.relation("author", { nullable: true, authScopes: STAFF }),
  important: t.exposeBoolean("important", { authScopes: STAFF }),
  scheduledAt: t.expose("scheduledAt", { type: "DateTime", nullable: true, authScopes: STAFF }),
  reviewBy: t.expose("reviewBy", { type: "DateTime", nullable: true, authScopes: STAFF }),
  timeliness: t.field({
    type: TimelinessEnum,
    nullable: true,
    authScopes: STAFF,
    resolve: (item, _args, ctx) => {
      if (item.status !== "PUBLISHED" || !item.reviewBy) return null;
      const now = ctx.clock.now().getTime();
      const due = item.reviewBy.getTime();
      return due <= now ? "OVERDUE" : due - now <= TIMELINESS_WARNING_DAYS * DAY_MS ? "DUE_SOON" : "OK";
    },
  }),
  emergencyReason: t.exposeString("emergencyReason", { nullable: true, authScopes: STAFF }),
  emergencyApprovedAt: t.expose("emergencyApprovedAt", { type: "DateTime", nullable: true, authScopes: STAFF }),
}));

export const LinkApprovalRef = builder.prismaNode("LinkApproval", {
  description: "网站链接审批: an external host allowed (or not) in bodies.",
  id: { field: "id" },
  authScopes: { staff: true },
  fields: (t) => ({
    host: t.exposeString("host"),
    status: t.expose("status", { type: LinkApprovalStatusEnum }),
    exampleUrl: t.exposeString("exampleUrl", { nullable: true }),
    requestReason: t.exposeString("requestReason", { nullable: true }),
    requestedBy: t.relation("requestedBy", { nullable: true }),
    requestedAt: t.expose("requestedAt", { type: "DateTime" }),
    decidedBy: t.relation("decidedBy", { nullable: true }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true }),
    decisionReason: t.exposeString("decisionReason", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  replacementCandidates: t.prismaField({
    type: ["ContentItem"],
    description: `有效性: published disclosure items whose title, 索引号 or 文号 contains \`search\`, other than \`itemId\`; at most ${REPLACEMENT_CANDIDATES}, newest first. Staff.`,
    args: {
      itemId: t.arg.globalID({ required: true, description: "The item being marked amended or repealed." }),
      search: t.arg.string({
        required: true,
        validate: { schema: z.string().trim().min(1, "请输入标题、索引号或文号").max(100, "搜索内容过长") },
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.contentItem.findMany({
        ...query,
        where: replacementCandidatesWhere(args.itemId.id, args.search),
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: REPLACEMENT_CANDIDATES,
      }),
  }),
  workItems: t.prismaConnection({
    type: "ContentItem",
    cursor: "id",
    description: "Items being worked on (an open draft), newest change first. Staff.",
    args: {
      stage: t.arg({ type: DraftStageEnum }),
      status: t.arg({ type: ContentStatusEnum }),
      mine: t.arg.boolean({ description: "Only items the signed-in user wrote." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.contentItem.findMany({
        ...query,
        where: {
          ...(args.stage ? { draftStage: args.stage } : args.status ? {} : { draftStage: { not: null } }),
          ...(args.status ? { status: args.status } : {}),
          ...(args.mine ? { authorId: ctx.viewer?.userId ?? "" } : {}),
        },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      }),
  }),
  timelinessDue: t.prismaConnection({
    type: "ContentItem",
    cursor: "id",
    description: `信息时效确认: published items past their review date or due within ${TIMELINESS_WARNING_DAYS} days, most urgent first. Staff.`,
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.contentItem.findMany({
        ...query,
        where: {
          status: "PUBLISHED",
          reviewBy: { lte: new Date(ctx.clock.now().getTime() + TIMELINESS_WARNING_DAYS * DAY_MS) },
        },
        orderBy: [{ reviewBy: "asc" }, { id: "asc" }],
      }),
  }),
  emergencyPublications: t.prismaConnection({
    type: "ContentItem",
    cursor: "id",
    description: "Emergency publications still waiting for someone else's approval. Staff.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.contentItem.findMany({
        ...query,
        where: { emergencyReason: { not: null }, emergencyApprovedAt: null },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
  }),
  linkApprovals: t.prismaConnection({
    type: "LinkApproval",
    cursor: "id",
    description: "网站链接审批 requests and decisions. Staff.",
    args: { status: t.arg({ type: LinkApprovalStatusEnum }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.linkApproval.findMany({
        ...query,
        where: args.status ? { status: args.status } : {},
        orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

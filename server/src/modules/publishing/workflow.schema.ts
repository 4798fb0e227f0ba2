// Staff mutations of the review workflow. Each returns the item or an error the user can fix;
// the role each needs is declared here, the finer rules (second pair of eyes, order of steps)
// are in workflow.ts and explained in the error message.
import type { z } from "zod";
import { builder, InputError, type InputErrorShape } from "../../builder.js";
import type { Context } from "../../context.js";
import { badInput } from "../../errors.js";
import type { ContentItem, LinkApproval } from "../../generated/prisma/client.js";
import { ContentItemRef, ContentKindEnum } from "../content/content.schema.js";
import { ValidityEnum } from "../content/disclosure.schema.js";
import { setValidity } from "./disclosure.service.js";
import { approveEmergency, emergencyPublish } from "./emergency.service.js";
import { decideLinkApproval, type LinkResult, requestLinkApproval } from "./link-approval.service.js";
import { LinkApprovalRef, SignOffStepEnum } from "./publishing.schema.js";
import { createItemDraft, type StaffActor, type StepResult, saveDraft, submitForReview } from "./publishing.service.js";
import { createItem, draftContent, emergencyReason, opinion, withdrawReason } from "./publishing.validation.js";
import { cancelSchedule, publish, withdraw } from "./release.service.js";
import { signOff } from "./review.service.js";
import { confirmTimeliness, expire } from "./timeliness.service.js";

type Payload = { item?: ContentItem | null; error?: InputErrorShape | null };

/**
 * The zod plugin hands the resolver its schema's output, transforms applied (detailsJson already
 * parsed into details): parsing it again would drop what the transforms made.
 */
const validated = <S extends z.ZodType>(_schema: S, input: unknown) => input as z.output<S>;

const WorkflowPayload = builder.objectRef<Payload>("WorkflowPayload").implement({
  description: "The item after the step, or why the step was refused.",
  fields: (t) => ({
    item: t.field({ type: ContentItemRef, nullable: true, resolve: (p) => p.item ?? null }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

const LinkApprovalPayload = builder
  .objectRef<{ approval?: LinkApproval | null; error?: InputErrorShape | null }>("LinkApprovalPayload")
  .implement({
    fields: (t) => ({
      approval: t.field({ type: LinkApprovalRef, nullable: true, resolve: (p) => p.approval ?? null }),
      error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
    }),
  });

const AttachmentInput = builder.inputType("AttachmentInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    url: t.string({ required: true }),
    size: t.int({ required: true }),
    mimeType: t.string({ required: true }),
  }),
});

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

const draftFields = (t: InputFieldBuilder) => ({
  title: t.string({ required: true }),
  summary: t.string(),
  body: t.string({ required: true, description: "Rich text (HTML); sanitised on the server." }),
  coverImageUrl: t.string(),
  videoUrl: t.string(),
  attachments: t.field({ type: [AttachmentInput] }),
  tags: t.stringList(),
  important: t.boolean({ description: "Policy documents and major plans: also needs the leader's approval." }),
  detailsJson: t.string({
    description:
      "Kind-specific structured content as JSON (PROJECT, GUIDE, TOPIC_PAGE…); absent keeps the previous revision's, null clears.",
  }),
});

/** Where the item is filed. Required on creation; on a save, absent means unchanged. */
const placementFields = (t: InputFieldBuilder, required: boolean) => ({
  kind: t.field({ type: ContentKindEnum, required }),
  columnSlug: t.string({ required }),
  catalogCode: t.string({ description: "公开目录类目 (DISCLOSURE only)." }),
  documentNumber: t.string({ description: "文号" }),
  issuingOrgan: t.string({ description: "发布机构" }),
  publicityType: t.string({ description: "PLAN_DRAFT, PRE_APPROVAL, POST_APPROVAL or OTHER (PUBLICITY only)." }),
});

const DraftContentInput = builder.inputType("DraftContentInput", {
  description:
    "A new revision of the open draft. Kind, column and their metadata may change only while the item has never been published.",
  fields: (t) => ({
    ...draftFields(t),
    ...placementFields(t, false),
    major: t.boolean({ description: "A major change to a published item: citizens see the change note." }),
    changeNote: t.string(),
  }),
});

const CreateContentItemInput = builder.inputType("CreateContentItemInput", {
  fields: (t) => ({
    ...draftFields(t),
    ...placementFields(t, true),
  }),
});

const ChecklistInput = builder.inputType("ConfidentialityChecklistInput", {
  description: "保密审查 checklist: every box must be ticked to pass.",
  fields: (t) => ({
    noStateSecrets: t.boolean({ required: true }),
    noPersonalData: t.boolean({ required: true }),
    noInternalOnly: t.boolean({ required: true }),
  }),
});

const SignOffInput = builder.inputType("SignOffInput", {
  fields: (t) => ({
    step: t.field({ type: SignOffStepEnum, required: true }),
    approve: t.boolean({ required: true }),
    opinion: t.string({ validate: { schema: opinion } }),
    checklist: t.field({ type: ChecklistInput }),
  }),
});

function actorOf(ctx: Context): StaffActor {
  const v = ctx.viewer;
  if (!v) throw new Error("workflow mutation reached without a viewer");
  return { id: v.userId, name: v.displayName, roles: v.roles };
}

function itemIdOf(id: { typename: string; id: string }, field = "itemId"): string {
  if (id.typename !== "ContentItem") throw badInput(`${field} 须为稿件的 ID`, field);
  return id.id;
}

const toPayload = (r: StepResult): Payload =>
  r.ok ? { item: r.item } : { error: { message: r.message, field: r.field ?? null } };
const toLinkPayload = (r: LinkResult) =>
  r.ok ? { approval: r.approval } : { error: { message: r.message, field: r.field ?? null } };

const EDITORS = { roles: ["EDITOR"] } as const;
const SIGNERS = { roles: ["CHECKER", "DEPT_HEAD", "LEADER"] } as const;
const PUBLISHERS = { roles: ["EDITOR", "MAINTAINER"] } as const;

builder.mutationFields((t) => {
  const itemId = t.arg.globalID({ required: true });
  return {
    createContentItem: t.field({
      type: WorkflowPayload,
      authScopes: { roles: [...EDITORS.roles] },
      args: { input: t.arg({ type: CreateContentItemInput, required: true, validate: { schema: createItem } }) },
      resolve: async (_r, { input }, ctx) =>
        toPayload(await createItemDraft(ctx, actorOf(ctx), validated(createItem, input))),
    }),
    saveContentDraft: t.field({
      type: WorkflowPayload,
      description: "Saves a new revision of the item's open draft (starting one for a published item).",
      authScopes: { roles: [...EDITORS.roles] },
      args: { itemId, input: t.arg({ type: DraftContentInput, required: true, validate: { schema: draftContent } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await saveDraft(ctx, actorOf(ctx), itemIdOf(args.itemId), validated(draftContent, args.input))),
    }),
    submitContentItem: t.field({
      type: WorkflowPayload,
      authScopes: { roles: [...EDITORS.roles] },
      args: { itemId },
      resolve: async (_r, args, ctx) => toPayload(await submitForReview(ctx, actorOf(ctx), itemIdOf(args.itemId))),
    }),
    signOffContentItem: t.field({
      type: WorkflowPayload,
      description: "A review or approval of the open draft; approve: false sends it back with the opinion.",
      authScopes: { roles: [...SIGNERS.roles] },
      args: { itemId, input: t.arg({ type: SignOffInput, required: true }) },
      resolve: async (_r, args, ctx) => toPayload(await signOff(ctx, actorOf(ctx), itemIdOf(args.itemId), args.input)),
    }),
    publishContentItem: t.field({
      type: WorkflowPayload,
      description: "Publishes the approved draft now, or at `at` (in the future; the time is recorded by the server).",
      authScopes: { roles: [...PUBLISHERS.roles] },
      args: { itemId, at: t.arg({ type: "DateTime" }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await publish(ctx, actorOf(ctx), itemIdOf(args.itemId), args.at ?? null)),
    }),
    cancelScheduledPublication: t.field({
      type: WorkflowPayload,
      authScopes: { roles: [...PUBLISHERS.roles] },
      args: { itemId },
      resolve: async (_r, args, ctx) => toPayload(await cancelSchedule(ctx, actorOf(ctx), itemIdOf(args.itemId))),
    }),
    emergencyPublishContentItem: t.field({
      type: WorkflowPayload,
      description: "值班紧急发布: publishes the draft without reviews; flagged until someone else approves it.",
      authScopes: { roles: ["MAINTAINER", "LEADER"] },
      args: { itemId, reason: t.arg.string({ required: true, validate: { schema: emergencyReason } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await emergencyPublish(ctx, actorOf(ctx), itemIdOf(args.itemId), args.reason.trim())),
    }),
    approveEmergencyPublication: t.field({
      type: WorkflowPayload,
      authScopes: { roles: ["DEPT_HEAD", "LEADER"] },
      args: { itemId, opinion: t.arg.string({ validate: { schema: opinion } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await approveEmergency(ctx, actorOf(ctx), itemIdOf(args.itemId), args.opinion ?? null)),
    }),
    withdrawContentItem: t.field({
      type: WorkflowPayload,
      description: "Takes a published item down. The reason is shown to citizens; remove: true answers 410 instead.",
      authScopes: { roles: ["DEPT_HEAD", "LEADER", "MAINTAINER"] },
      args: {
        itemId,
        reason: t.arg.string({ required: true, validate: { schema: withdrawReason } }),
        remove: t.arg.boolean({ defaultValue: false }),
      },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await withdraw(ctx, actorOf(ctx), itemIdOf(args.itemId), {
            reason: args.reason.trim(),
            remove: args.remove ?? false,
          }),
        ),
    }),
    expireContentItem: t.field({
      type: WorkflowPayload,
      authScopes: { roles: ["EDITOR", "DEPT_HEAD", "MAINTAINER"] },
      args: { itemId, note: t.arg.string({ validate: { schema: opinion } }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await expire(ctx, actorOf(ctx), itemIdOf(args.itemId), args.note ?? null)),
    }),
    confirmContentTimeliness: t.field({
      type: WorkflowPayload,
      description: "信息时效确认: still accurate; check again at `until` (default: the kind's period).",
      authScopes: { roles: ["EDITOR", "DEPT_HEAD", "MAINTAINER"] },
      args: { itemId, until: t.arg({ type: "DateTime" }) },
      resolve: async (_r, args, ctx) =>
        toPayload(await confirmTimeliness(ctx, actorOf(ctx), itemIdOf(args.itemId), args.until ?? null)),
    }),
    setDisclosureValidity: t.field({
      type: WorkflowPayload,
      description: "有效性: mark a disclosure item amended, repealed or lapsed, linking its replacement.",
      authScopes: { roles: ["DEPT_HEAD", "LEADER", "MAINTAINER"] },
      args: {
        itemId,
        validity: t.arg({ type: ValidityEnum, required: true }),
        replacedBy: t.arg.globalID(),
        note: t.arg.string({ validate: { schema: opinion } }),
      },
      resolve: async (_r, args, ctx) =>
        toPayload(
          await setValidity(ctx, actorOf(ctx), itemIdOf(args.itemId), {
            validity: args.validity,
            replacedById: args.replacedBy ? itemIdOf(args.replacedBy, "replacedBy") : null,
            note: args.note?.trim() || null,
          }),
        ),
    }),
    requestLinkApproval: t.field({
      type: LinkApprovalPayload,
      authScopes: { roles: [...EDITORS.roles] },
      args: { url: t.arg.string({ required: true }), reason: t.arg.string({ required: true }) },
      resolve: async (_r, args, ctx) => toLinkPayload(await requestLinkApproval(ctx, actorOf(ctx), args)),
    }),
    decideLinkApproval: t.field({
      type: LinkApprovalPayload,
      authScopes: { roles: ["MAINTAINER"] },
      args: {
        id: t.arg.globalID({ required: true }),
        approve: t.arg.boolean({ required: true }),
        reason: t.arg.string(),
      },
      resolve: async (_r, args, ctx) =>
        toLinkPayload(
          await decideLinkApproval(ctx, actorOf(ctx), {
            id: args.id.id,
            approve: args.approve,
            reason: args.reason ?? null,
          }),
        ),
    }),
  };
});

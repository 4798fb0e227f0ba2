// Staff side of what citizens read: the redaction step and publishing of letters (来信选登), and
// moderation of what the public sees or counts — published letters and comments on planning
// publicity, both letters (hide with a reason, restore). Website maintainers (网站维护) and admins.
// The monthly count of hidden items is public.
import { builder, InputError, type InputErrorShape } from "../../builder.js";
import type { Context } from "../../context.js";
import { badInput } from "../../errors.js";
import { PublishedLetterRef } from "./citizen/citizen.schema.js";
import type { LettersDeps } from "./letters.deps.js";
import {
  hideLetter,
  MODERATORS,
  type ModerationMonth,
  type ModerationResult,
  moderationCounts,
  restoreLetter,
} from "./moderation.service.js";
import {
  letterRedaction,
  PUBLISHERS,
  type PublishResult,
  publishLetter,
  type RedactionView,
} from "./publish.service.js";
import type { FieldRedaction, Finding } from "./redaction.js";

const PUBLISHER_SCOPE = { roles: [...PUBLISHERS] };
const MODERATOR_SCOPE = { roles: [...MODERATORS] };

const depsOf = (ctx: Context): LettersDeps => ({
  prisma: ctx.prisma,
  clock: ctx.clock,
  audit: ctx.audit,
  jobs: ctx.jobs,
  log: ctx.log,
});

function actorOf(ctx: Context) {
  if (!ctx.viewer) throw new Error("staff field reached without a viewer");
  return { id: ctx.viewer.userId, roles: ctx.viewer.roles };
}

/** A staff Letter id or a PublishedLetter id: both name the same row. */
function letterIdOf(id: { typename: string; id: string }): string {
  if (id.typename !== "Letter" && id.typename !== "PublishedLetter")
    throw badInput("letterId 须为来信的 ID", "letterId");
  return id.id;
}

// ───────────────────────── redaction and publishing ─────────────────────────

const FindingKindEnum = builder.enumType("RedactionFindingKind", {
  values: ["PHONE", "ID_NUMBER", "EMAIL", "NAME", "ADDRESS"] as const,
  description: "PHONE 电话号码, ID_NUMBER 身份证号码, EMAIL 电子邮箱, NAME 姓名, ADDRESS 地址.",
});

const RedactionFindingRef = builder.objectRef<Finding>("RedactionFinding").implement({
  description: "Something in a text that looks like personal data.",
  fields: (t) => ({
    kind: t.expose("kind", { type: FindingKindEnum }),
    text: t.exposeString("text"),
    masked: t.exposeString("masked", { description: "What the proposal puts in its place." }),
    start: t.exposeInt("start", { description: "Offset in UTF-16 code units, as JavaScript strings count." }),
    end: t.exposeInt("end"),
    known: t.exposeBoolean("known", {
      description: "The writer's own data (name, phone …): it can only be masked, never confirmed.",
    }),
  }),
});

const FieldRedactionRef = builder.objectRef<FieldRedaction>("FieldRedaction").implement({
  fields: (t) => ({
    original: t.exposeString("original"),
    proposed: t.exposeString("proposed", { description: "The original with every finding masked." }),
    findings: t.field({ type: [RedactionFindingRef], resolve: (f) => f.findings }),
  }),
});

const LetterRedactionRef = builder.objectRef<RedactionView>("LetterRedaction").implement({
  description: "The redaction step before publishing: findings and proposed texts for subject, letter and reply.",
  authScopes: PUBLISHER_SCOPE,
  fields: (t) => ({
    subject: t.field({ type: FieldRedactionRef, resolve: (r) => r.proposal.subject }),
    body: t.field({ type: FieldRedactionRef, resolve: (r) => r.proposal.body }),
    reply: t.field({ type: FieldRedactionRef, resolve: (r) => r.proposal.reply }),
    blocker: t.string({
      nullable: true,
      description: "Why the letter cannot be published at all (no consent, not replied, hidden); null when it can.",
      resolve: (r) => r.blocker,
    }),
  }),
});

const PublishLetterInput = builder.inputType("PublishLetterInput", {
  description: "The texts to publish, as the maintainer confirmed or edited them from the proposal.",
  fields: (t) => ({
    subject: t.string({ required: true }),
    body: t.string({ required: true }),
    reply: t.string({ required: true }),
    confirmedFindings: t.stringList({
      description:
        "Finding texts checked and found not personal (e.g. the bureau's hotline). The writer's own data cannot be confirmed.",
    }),
  }),
});

type PublishPayloadShape = { result: PublishResult };

const PublishLetterPayload = builder.objectRef<PublishPayloadShape>("PublishLetterPayload").implement({
  description: "The published letter, or why not: with the findings still standing in the way.",
  fields: (t) => ({
    letter: t.field({
      type: PublishedLetterRef,
      nullable: true,
      resolve: (p) => (p.result.ok ? p.result.letter : null),
    }),
    error: t.field({
      type: InputError,
      nullable: true,
      resolve: (p): InputErrorShape | null =>
        p.result.ok ? null : { message: p.result.message, field: p.result.field ?? null },
    }),
    findings: t.field({
      type: [RedactionFindingRef],
      description: "Findings neither masked nor confirmed (empty on success).",
      resolve: (p) => (p.result.ok ? [] : (p.result.findings ?? [])),
    }),
  }),
});

// ───────────────────────── moderation ─────────────────────────

type ModerationShape = ModerationResult<{ hiddenAt: Date | null; hiddenReason: string | null }>;

const ModerationPayload = builder.objectRef<ModerationShape>("ModerationPayload").implement({
  description: "The item's moderation state after the change, or why it was refused.",
  fields: (t) => ({
    hiddenAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (p) => (p.ok ? p.value.hiddenAt : null),
    }),
    hiddenReason: t.string({ nullable: true, resolve: (p) => (p.ok ? p.value.hiddenReason : null) }),
    error: t.field({
      type: InputError,
      nullable: true,
      resolve: (p): InputErrorShape | null => (p.ok ? null : { message: p.message, field: p.field ?? null }),
    }),
  }),
});

const ModerationMonthRef = builder.objectRef<ModerationMonth>("ModerationMonth").implement({
  description: "How many items were hidden in one month (Beijing time).",
  fields: (t) => ({
    month: t.exposeInt("month", { description: "1–12." }),
    letters: t.exposeInt("letters", { description: "Published letters hidden." }),
    comments: t.exposeInt("comments", { description: "Planning publicity comments hidden." }),
  }),
});

// ───────────────────────── root fields ─────────────────────────

builder.queryFields((t) => ({
  letterRedaction: t.field({
    type: LetterRedactionRef,
    nullable: true,
    description: `The redaction step for a letter (null when it does not exist). ${PUBLISHERS.join(", ")}.`,
    authScopes: PUBLISHER_SCOPE,
    args: { letterId: t.arg.globalID({ required: true }) },
    resolve: (_root, args, ctx) => letterRedaction(depsOf(ctx), actorOf(ctx), letterIdOf(args.letterId)),
  }),
  moderationCounts: t.field({
    type: [ModerationMonthRef],
    description: "Items hidden by moderation in each month of a year (transparency). Public.",
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { year: t.arg.int({ required: true, validate: { min: 2000, max: 2100 } }) },
    resolve: (_root, args, ctx) => moderationCounts(ctx.prisma, args.year),
  }),
}));

builder.mutationFields((t) => ({
  publishLetter: t.field({
    type: PublishLetterPayload,
    description: `Publishes a replied letter whose writer agreed, with redacted texts; refused while personal data is neither masked nor confirmed. Publishing again edits the texts. ${PUBLISHERS.join(", ")}.`,
    authScopes: PUBLISHER_SCOPE,
    args: {
      letterId: t.arg.globalID({ required: true }),
      input: t.arg({ type: PublishLetterInput, required: true }),
    },
    resolve: async (_root, args, ctx) => ({
      result: await publishLetter(depsOf(ctx), actorOf(ctx), letterIdOf(args.letterId), args.input),
    }),
  }),
  hideLetter: t.field({
    type: ModerationPayload,
    description: `Hides a published letter from the public, or a comment on planning publicity from its count, with the reason recorded. ${MODERATORS.join(", ")}.`,
    authScopes: MODERATOR_SCOPE,
    args: { letterId: t.arg.globalID({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => hideLetter(depsOf(ctx), actorOf(ctx), letterIdOf(args.letterId), args.reason),
  }),
  restoreLetter: t.field({
    type: ModerationPayload,
    description: `Shows a hidden letter (or counts a hidden comment) again. ${MODERATORS.join(", ")}.`,
    authScopes: MODERATOR_SCOPE,
    args: { letterId: t.arg.globalID({ required: true }) },
    resolve: (_root, args, ctx) => restoreLetter(depsOf(ctx), actorOf(ctx), letterIdOf(args.letterId)),
  }),
}));

// The public side of letters: the challenge for the form, submitting a letter, a disclosure
// request or a comment on planning publicity, tracking it with its two codes, rating the reply,
// and the published letters.
// Every root field here is public (no account); nothing returns a personal field.
import { builder, InputError, type InputErrorShape } from "../../../builder.js";
import type { Context } from "../../../context.js";
import { rateLimited } from "../../../errors.js";
import { contentItemIdOf } from "../../content/content.service.js";
import { issueChallenge } from "../abuse/altcha.js";
import { blockedFor, countAgainst, keysFor } from "../abuse/rate-limit.js";
import { LetterRatingEnum, LetterTypeEnum } from "../letters.enums.js";
import { PUBLICLY_VISIBLE, PUBLISHED_ORDER, publishedFilter, publishedWhere } from "./published.service.js";
import { type LetterReceipt, submitDisclosureRequest, submitLetter, submitPublicityComment } from "./submit.service.js";
import {
  APPLICANT_TYPES,
  COMMENT_LIMITS,
  DISCLOSURE_DELIVERIES,
  DISCLOSURE_FORMATS,
  deviceId as deviceIdSchema,
  ID_DOCUMENT_TYPES,
  LETTER_LIMITS,
} from "./submit.validation.js";
import {
  type LetterProgress,
  type LetterTracking,
  letterStatus,
  rateLetterReply,
  type TimelineEntry,
  type TrackResult,
} from "./tracking.service.js";

const citizenDeps = (ctx: Context) => ({
  prisma: ctx.prisma,
  clock: ctx.clock,
  audit: ctx.audit,
  jobs: ctx.jobs,
  log: ctx.log,
  ip: ctx.ip,
});

const PUBLIC = { skipTypeScopes: true, authScopes: { public: true } } as const;

// ───────────────────────── the challenge ─────────────────────────

type ChallengeShape = { challenge: string; expiresAt: Date; submitNotBefore: Date };

const LetterChallengeRef = builder.objectRef<ChallengeShape>("LetterChallenge").implement({
  description: "An ALTCHA proof-of-work challenge for the letter forms (self-hosted; no third-party service).",
  fields: (t) => ({
    challenge: t.exposeString("challenge", {
      description: "The challenge as JSON, for the altcha widget's `challenge` attribute (ALTCHA PoW v2).",
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      description: "After this a solution is refused: fetch a new challenge.",
    }),
    submitNotBefore: t.expose("submitNotBefore", {
      type: "DateTime",
      description: "Submissions with this challenge are refused before this moment (the minimum fill time).",
    }),
  }),
});

// ───────────────────────── submitting ─────────────────────────

const LetterReceiptRef = builder.objectRef<LetterReceipt>("LetterReceipt").implement({
  description: "What the writer keeps: show both codes once, copyable and savable as an image.",
  fields: (t) => ({
    trackingCode: t.exposeString("trackingCode", { description: "受理编号, e.g. 7KQ2-M9XD-4TRB." }),
    accessCode: t.exposeString("accessCode", {
      description: "查询码 (140 random bits, groups of four). Not stored by the bureau: lost means lost.",
    }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    replyDueAt: t.expose("replyDueAt", {
      type: "DateTime",
      nullable: true,
      description: "The reply deadline (working days), when one could be computed.",
    }),
  }),
});

type SubmitPayloadShape = { receipt?: LetterReceipt | null; error?: InputErrorShape | null };

const SubmitLetterPayload = builder.objectRef<SubmitPayloadShape>("SubmitLetterPayload").implement({
  description: "The receipt, or why the letter was not accepted (a message for the writer, zh-CN).",
  fields: (t) => ({
    receipt: t.field({ type: LetterReceiptRef, nullable: true, resolve: (p) => p.receipt ?? null }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

const SubmitLetterInput = builder.inputType("SubmitLetterInput", {
  description: "A letter to the director's mailbox (局长信箱). Disclosure requests use submitDisclosureRequest.",
  fields: (t) => ({
    type: t.field({
      type: LetterTypeEnum,
      required: true,
      description: "CONSULTATION, OPINION, SUGGESTION or COMPLAINT.",
    }),
    subject: t.string({
      required: true,
      description: `标题, ${LETTER_LIMITS.subjectMin}–${LETTER_LIMITS.subjectMax} characters.`,
    }),
    body: t.string({
      required: true,
      description: `Plain text, ${LETTER_LIMITS.bodyMin}–${LETTER_LIMITS.bodyMax} characters; markup is removed.`,
    }),
    name: t.string({ required: true, description: `姓名, 1–${LETTER_LIMITS.nameMax} characters.` }),
    phone: t.string({ required: true, description: "A mainland mobile or landline number." }),
    email: t.string({ description: "Optional." }),
    mayPublish: t.boolean({
      description: "The writer agrees that letter and reply may be published without personal data.",
    }),
    attachmentIds: t.stringList({
      description: `Ids answered by POST /letters/attachments (at most ${LETTER_LIMITS.attachments}).`,
    }),
    altcha: t.string({ description: "The altcha widget's payload (base64), solving a letterChallenge." }),
    website: t.string({
      description: "Honeypot: a visually hidden input people leave empty; send its value as it is.",
    }),
    deviceId: t.string({ description: "A random id the app keeps per installation (crypto.randomUUID())." }),
  }),
});

const enumOf = <T extends string>(name: string, values: readonly T[], description: string) =>
  builder.enumType(name, { values: values as T[], description });

const ApplicantTypeEnum = enumOf(
  "DisclosureApplicantType",
  APPLICANT_TYPES,
  "CITIZEN 公民, ORGANISATION 法人或者其他组织.",
);
const IdDocumentTypeEnum = enumOf(
  "IdDocumentType",
  ID_DOCUMENT_TYPES,
  "RESIDENT_ID 居民身份证, PASSPORT 护照, HK_MACAO_PERMIT 港澳居民来往内地通行证, TAIWAN_PERMIT 台湾居民来往大陆通行证, OTHER 其他.",
);
const DisclosureFormatEnum = enumOf("DisclosureFormat", DISCLOSURE_FORMATS, "PAPER 纸质, ELECTRONIC 电子文本.");
const DisclosureDeliveryEnum = enumOf(
  "DisclosureDelivery",
  DISCLOSURE_DELIVERIES,
  "POST 邮寄, EMAIL 电子邮件, PICK_UP 当面领取, FAX 传真.",
);

const SubmitDisclosureRequestInput = builder.inputType("SubmitDisclosureRequestInput", {
  description:
    "政府信息公开申请 (条例 第二十九条): the applicant (name, proof of identity, contact), the information wanted, and its form and delivery.",
  fields: (t) => ({
    applicantType: t.field({ type: ApplicantTypeEnum, required: true }),
    name: t.string({ required: true, description: "申请人姓名 (citizens) or 名称 (organisations)." }),
    idType: t.field({ type: IdDocumentTypeEnum, description: "Citizens: required." }),
    idNumber: t.string({ description: "Citizens: required; a resident ID is checked (18 characters, check digit)." }),
    organisationCode: t.string({ description: "Organisations: 统一社会信用代码 (18 characters), required." }),
    contactName: t.string({ description: "Organisations: 联系人." }),
    phone: t.string({ required: true }),
    email: t.string({ description: "Required when delivery is EMAIL." }),
    address: t.string({ description: "通信地址; required when delivery is POST." }),
    postcode: t.string({ description: "邮政编码, 6 digits." }),
    informationTitle: t.string({ required: true, description: "所需政府信息的名称." }),
    description: t.string({ required: true, description: "所需信息的特征描述 (10–5000 characters)." }),
    documentNumber: t.string({ description: "文号, when known." }),
    purpose: t.string({ description: "用途 (optional)." }),
    format: t.field({ type: DisclosureFormatEnum, required: true, description: "提供形式." }),
    delivery: t.field({ type: DisclosureDeliveryEnum, required: true, description: "获取方式." }),
    attachmentIds: t.stringList({
      description: `Ids answered by POST /letters/attachments (at most ${LETTER_LIMITS.attachments}).`,
    }),
    altcha: t.string({ description: "The altcha widget's payload (base64), solving a letterChallenge." }),
    website: t.string({
      description: "Honeypot: a visually hidden input people leave empty; send its value as it is.",
    }),
    deviceId: t.string({ description: "A random id the app keeps per installation (crypto.randomUUID())." }),
  }),
});

const SubmitPublicityCommentInput = builder.inputType("SubmitPublicityCommentInput", {
  description:
    "规划公示意见: an opinion on a PUBLICITY item while its comment window is open. It becomes a letter (channel PUBLICITY_COMMENT, type OPINION) with the publicity's title as its subject.",
  fields: (t) => ({
    itemId: t.id({ required: true, description: "The publicity item's global id." }),
    name: t.string({ required: true, description: `姓名, 1–${LETTER_LIMITS.nameMax} characters.` }),
    phone: t.string({ required: true, description: "A mainland mobile or landline number." }),
    body: t.string({
      required: true,
      description: `Plain text, ${COMMENT_LIMITS.bodyMin}–${COMMENT_LIMITS.bodyMax} characters; markup is removed.`,
    }),
    altcha: t.string({ description: "The altcha widget's payload (base64), solving a letterChallenge." }),
    website: t.string({
      description: "Honeypot: a visually hidden input people leave empty; send its value as it is.",
    }),
    deviceId: t.string({ description: "A random id the app keeps per installation (crypto.randomUUID())." }),
  }),
});

const submitted = (result: Awaited<ReturnType<typeof submitLetter>>): SubmitPayloadShape =>
  result.ok ? { receipt: result.receipt } : { error: { message: result.message, field: result.field ?? null } };

// ───────────────────────── tracking ─────────────────────────

const LetterProgressEnum = builder.enumType("LetterProgress", {
  values: ["RECEIVED", "PROCESSING", "PAUSED", "REPLIED", "CLOSED"] as const satisfies readonly LetterProgress[],
  description:
    "Where a letter stands, for its writer: RECEIVED 已收到, PROCESSING 办理中, PAUSED 中止计时, REPLIED 已答复, CLOSED 已办结.",
});

const TimelineEntryRef = builder.objectRef<TimelineEntry>("LetterTimelineEntry").implement({
  description: "An event the writer may see (received, acknowledged, paused, replied, rated …).",
  fields: (t) => ({
    action: t.exposeString("action", {
      description: "SUBMITTED, RECEIVED, ACKNOWLEDGED, PAUSED, RESUMED, EXTENDED, REPLIED, RATED.",
    }),
    label: t.exposeString("label", { description: "zh-CN." }),
    at: t.expose("at", { type: "DateTime" }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

const LetterReplyRef = builder.objectRef<NonNullable<LetterTracking["reply"]>>("LetterReply").implement({
  description: "The bureau's reply.",
  fields: (t) => ({
    text: t.exposeString("text"),
    repliedAt: t.expose("repliedAt", { type: "DateTime" }),
    departmentName: t.exposeString("departmentName", {
      nullable: true,
      description: "The replying department (科室).",
    }),
  }),
});

const LetterWriterRatingRef = builder.objectRef<NonNullable<LetterTracking["rating"]>>("LetterWriterRating").implement({
  fields: (t) => ({
    rating: t.expose("rating", { type: LetterRatingEnum }),
    comment: t.exposeString("comment", { nullable: true }),
    ratedAt: t.expose("ratedAt", { type: "DateTime", nullable: true }),
  }),
});

const LetterTrackingRef = builder.objectRef<LetterTracking>("LetterTracking").implement({
  description: "A letter as its writer sees it with both codes.",
  fields: (t) => ({
    trackingCode: t.exposeString("trackingCode"),
    type: t.expose("type", { type: LetterTypeEnum }),
    progress: t.expose("progress", { type: LetterProgressEnum }),
    subject: t.exposeString("subject"),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    replyDueAt: t.expose("replyDueAt", {
      type: "DateTime",
      nullable: true,
      description: "While not replied: the reply deadline; null while the clock is stopped.",
    }),
    timeline: t.field({ type: [TimelineEntryRef], resolve: (l) => l.timeline }),
    reply: t.field({ type: LetterReplyRef, nullable: true, resolve: (l) => l.reply }),
    rating: t.field({ type: LetterWriterRatingRef, nullable: true, resolve: (l) => l.rating }),
    canRate: t.exposeBoolean("canRate", { description: "Replied and not rated yet." }),
  }),
});

type TrackingPayloadShape = { letter?: LetterTracking | null; error?: InputErrorShape | null };

const LetterTrackingPayload = builder.objectRef<TrackingPayloadShape>("LetterTrackingPayload").implement({
  description:
    "The letter, or one message for any wrong pair of codes (the same whichever code is wrong). Too many wrong pairs: RATE_LIMITED.",
  fields: (t) => ({
    letter: t.field({ type: LetterTrackingRef, nullable: true, resolve: (p) => p.letter ?? null }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

const tracked = (result: TrackResult<LetterTracking>): TrackingPayloadShape =>
  result.ok ? { letter: result.value } : { error: { message: result.message, field: result.field ?? null } };

// ───────────────────────── published letters ─────────────────────────

export const PublishedLetterRef = builder.prismaNode("Letter", {
  variant: "PublishedLetter",
  description:
    "A published letter (来信选登) with its reply: texts redacted by staff, never the writer's personal data.",
  id: { field: "id" },
  // Only the columns fields ask for are read: nothing personal is ever loaded.
  select: { id: true },
  // A global id opens only a letter that is published and not hidden.
  findUnique: (id) => ({ id, ...PUBLICLY_VISIBLE }),
  fields: (t) => ({
    type: t.expose("type", { type: LetterTypeEnum }),
    subject: t.string({ select: { publicSubject: true }, resolve: (l) => l.publicSubject ?? "" }),
    body: t.string({ select: { publicBody: true }, resolve: (l) => l.publicBody ?? "" }),
    reply: t.string({ select: { publicReply: true }, resolve: (l) => l.publicReply ?? "" }),
    acceptedAt: t.expose("receivedAt", { type: "DateTime", description: "受理日期." }),
    repliedAt: t.expose("repliedAt", { type: "DateTime", nullable: true, description: "答复日期." }),
    departmentName: t.string({
      nullable: true,
      description: "The replying department (答复部门).",
      select: { department: { select: { name: true } } },
      resolve: (l) => l.department?.name ?? null,
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
  }),
});

const LetterPolicyRef = builder.objectRef<{ retentionDays: number }>("LetterPolicy").implement({
  description: "What the bureau promises about letters, as the privacy notice states it (个人信息保护法 art. 17).",
  fields: (t) => ({
    retentionDays: t.exposeInt("retentionDays", {
      description:
        "Days after a letter is closed until its writer's name, contact, application data and attachments are erased (LETTER_RETENTION_DAYS).",
    }),
  }),
});

// ───────────────────────── root fields ─────────────────────────

builder.queryFields((t) => ({
  letterPolicy: t.field({
    type: LetterPolicyRef,
    description: "How long letters keep personal data, for the privacy notice on the letter forms. Public.",
    ...PUBLIC,
    resolve: (_root, _args, ctx) => ({ retentionDays: ctx.letterRetentionDays }),
  }),
  letterChallenge: t.field({
    type: LetterChallengeRef,
    description:
      "A proof-of-work challenge for submitLetter / submitDisclosureRequest / submitPublicityComment. Fetch it when the form opens (its issue time starts the minimum fill time). RATE_LIMITED after many per address. Public.",
    ...PUBLIC,
    resolve: async (_root, _args, ctx) => {
      const limits = keysFor(ctx.ip, null, "challengePerIp");
      const wait = await blockedFor(ctx.prisma, limits);
      if (wait !== null) throw rateLimited(wait);
      await countAgainst(ctx.prisma, limits);
      const issued = await issueChallenge(ctx);
      return {
        challenge: JSON.stringify(issued.challenge),
        expiresAt: issued.expiresAt,
        submitNotBefore: issued.submitNotBefore,
      };
    },
  }),
  letterStatus: t.field({
    type: LetterTrackingPayload,
    description:
      "A letter opened with its tracking code and access code. Wrong pairs count per address and device; past the limit RATE_LIMITED even for the right pair. Public.",
    ...PUBLIC,
    args: {
      trackingCode: t.arg.string({ required: true, validate: { maxLength: 100 } }),
      accessCode: t.arg.string({ required: true, validate: { maxLength: 100 } }),
      deviceId: t.arg.string(),
    },
    resolve: async (_root, args, ctx) =>
      tracked(
        await letterStatus(citizenDeps(ctx), {
          trackingCode: args.trackingCode,
          accessCode: args.accessCode,
          deviceId: deviceIdSchema.parse(args.deviceId),
        }),
      ),
  }),
  publishedLetters: t.prismaConnection(
    {
      type: PublishedLetterRef,
      cursor: "id",
      description:
        "Published letters with their replies, newest reply first. `month` (YYYY-MM, Beijing time) is the month of acceptance; `search` looks in the published texts. Public.",
      ...PUBLIC,
      maxSize: 50,
      defaultSize: 20,
      args: {
        type: t.arg({ type: LetterTypeEnum }),
        month: t.arg.string({ description: "YYYY-MM" }),
        search: t.arg.string(),
      },
      validate: { schema: publishedFilter },
      totalCount: (_connection, args, ctx) => ctx.prisma.letter.count({ where: publishedWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.letter.findMany({ ...query, where: publishedWhere(args), orderBy: PUBLISHED_ORDER }),
    },
    { description: "A page of published letters; totalCount counts every match." },
  ),
}));

builder.mutationFields((t) => ({
  submitLetter: t.field({
    type: SubmitLetterPayload,
    description:
      "A citizen writes to the director's mailbox. Repeating the same submission with the same idempotencyKey returns the original receipt (same codes). Needs a solved letterChallenge. RATE_LIMITED per address and device. Public.",
    ...PUBLIC,
    args: {
      input: t.arg({ type: SubmitLetterInput, required: true }),
      idempotencyKey: t.arg.string({ required: true, description: "A client-generated UUID (crypto.randomUUID())." }),
    },
    resolve: async (_root, args, ctx) =>
      submitted(await submitLetter(citizenDeps(ctx), args.input, args.idempotencyKey)),
  }),
  submitDisclosureRequest: t.field({
    type: SubmitLetterPayload,
    description:
      "A citizen or organisation applies for government information (依申请公开); otherwise as submitLetter. Public.",
    ...PUBLIC,
    args: {
      input: t.arg({ type: SubmitDisclosureRequestInput, required: true }),
      idempotencyKey: t.arg.string({ required: true, description: "A client-generated UUID (crypto.randomUUID())." }),
    },
    resolve: async (_root, args, ctx) =>
      submitted(await submitDisclosureRequest(citizenDeps(ctx), args.input, args.idempotencyKey)),
  }),
  submitPublicityComment: t.field({
    type: SubmitLetterPayload,
    description:
      "A citizen comments on a PUBLICITY item while its window is open; refused (with the reason) outside it or for other items. The comment is a letter: the receipt's codes track it. Otherwise as submitLetter. Public.",
    ...PUBLIC,
    args: {
      input: t.arg({ type: SubmitPublicityCommentInput, required: true }),
      idempotencyKey: t.arg.string({ required: true, description: "A client-generated UUID (crypto.randomUUID())." }),
    },
    resolve: async (_root, args, ctx) => {
      const { itemId, ...input } = args.input;
      return submitted(
        await submitPublicityComment(citizenDeps(ctx), contentItemIdOf(String(itemId)), input, args.idempotencyKey),
      );
    },
  }),
  rateLetterReply: t.field({
    type: LetterTrackingPayload,
    description:
      "The writer rates the reply once (满意/基本满意/不满意, optional comment ≤ 500), which closes the letter. Same codes and limits as letterStatus. Public.",
    ...PUBLIC,
    args: {
      trackingCode: t.arg.string({ required: true, validate: { maxLength: 100 } }),
      accessCode: t.arg.string({ required: true, validate: { maxLength: 100 } }),
      rating: t.arg({ type: LetterRatingEnum, required: true }),
      comment: t.arg.string({ validate: { maxLength: 5000 } }),
      deviceId: t.arg.string(),
    },
    resolve: async (_root, args, ctx) =>
      tracked(
        await rateLetterReply(citizenDeps(ctx), {
          trackingCode: args.trackingCode,
          accessCode: args.accessCode,
          rating: args.rating,
          comment: args.comment,
          deviceId: deviceIdSchema.parse(args.deviceId),
        }),
      ),
  }),
}));

// Staff-side GraphQL of letters: the Letter as staff see it (personal data masked unless asked for
// and allowed, timeline, attachments, pauses, clocks) and staffLetter. The inbox and the forms'
// lists are in letters.inbox.schema.ts, the actions in letters.actions.schema.ts.
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { badInput, forbidden, notFound } from "../../errors.js";
import { LetterPauseKind, type Role } from "../../generated/prisma/enums.js";
import { CalendarYearNotCoveredError } from "../calendar/work-calendar.js";
import { formatCode, normaliseCode, TRACKING_CODE_LENGTH } from "./codes.js";
import { replyDeadlineOf, withinCompletionWindow } from "./deadlines.js";
import { ackOverdue, ageInDays, isOverdue, replyOverdue } from "./inbox.service.js";
import { LetterChannelEnum, LetterRatingEnum, LetterStatusEnum, LetterTypeEnum } from "./letters.enums.js";
import {
  type LetterAction as Action,
  availableActions,
  isOpen,
  type LetterActor,
  maySeePersonalData,
} from "./letters.rules.js";
import { maskedWriter, readFullWriter, type WriterView } from "./personal-data.js";
import { workCalendar } from "./work-calendar.js";

/** Everyone who works with letters. Personal data stays masked for most of them. */
export const LETTER_STAFF: Role[] = ["HANDLER", "DEPT_HEAD", "LEADER", "MAINTAINER", "ADMIN"];

export function letterActorOf(ctx: Context): LetterActor & { name: string; roles: Role[] } {
  const v = ctx.viewer;
  if (!v) throw new Error("letters staff field reached without a viewer");
  return { id: v.userId, name: v.displayName, roles: v.roles, departmentId: v.departmentId };
}

export const LetterPauseKindEnum = builder.enumType(LetterPauseKind, {
  name: "LetterPauseKind",
  description: "AWAITING_COMPLETION 补正, AWAITING_THIRD_PARTY 征求第三方意见.",
});

export const LetterActionEnum = builder.enumType("LetterAction", {
  description:
    "The staff actions on a letter (登记, 分办, 改派, 告知, 中止/恢复计时, 延期, 起草/提交/审批/退回/发送答复, 办结).",
  values: [
    "REGISTER",
    "ASSIGN",
    "REASSIGN",
    "ACKNOWLEDGE",
    "PAUSE",
    "RESUME",
    "EXTEND",
    "DRAFT_REPLY",
    "SUBMIT_REPLY",
    "APPROVE_REPLY",
    "RETURN_REPLY",
    "SEND_REPLY",
    "CLOSE",
  ] as const satisfies readonly Action[],
});

const LetterWriterRef = builder.objectRef<WriterView>("LetterWriter").implement({
  description: "The writer's personal data: masked (张*, 138****5678) unless full values were asked for and allowed.",
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    requestDetailsJson: t.string({
      nullable: true,
      description: "Disclosure requests: the form's extra fields, as JSON text.",
      resolve: (w) => (w.requestDetails === null ? null : JSON.stringify(w.requestDetails)),
    }),
    masked: t.exposeBoolean("masked"),
    erased: t.exposeBoolean("erased", { description: "Erased after the retention period." }),
  }),
});

builder.prismaObject("LetterEvent", {
  description: "One line of a letter's timeline: who, when, what, status before and after.",
  authScopes: { roles: LETTER_STAFF },
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    action: t.exposeString("action", {
      description:
        "SUBMITTED, RECEIVED, REGISTERED, RECLASSIFIED, ASSIGNED, REASSIGNED, ACKNOWLEDGED, PAUSED, RESUMED, EXTENDED, REPLY_DRAFTED, REPLY_SUBMITTED, REPLY_APPROVED, REPLY_RETURNED, REPLIED, RATED, CLOSED …",
    }),
    fromStatus: t.expose("fromStatus", { type: LetterStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: LetterStatusEnum, nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    public: t.exposeBoolean("public", { description: "Shown to the writer on the tracking page." }),
    actor: t.relation("actor", { nullable: true }),
    dataJson: t.string({ nullable: true, resolve: (e) => (e.data === null ? null : JSON.stringify(e.data)) }),
  }),
});

builder.prismaObject("LetterAttachment", {
  description: "A file the writer attached (metadata; the file is served only to staff who may read the letter).",
  authScopes: { roles: LETTER_STAFF },
  fields: (t) => ({
    id: t.exposeID("id"),
    originalName: t.exposeString("originalName"),
    mimeType: t.exposeString("mimeType"),
    size: t.exposeInt("size"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObject("LetterPause", {
  description: "A stretch of time that does not count towards the reply deadline (补正, third party).",
  authScopes: { roles: LETTER_STAFF },
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: LetterPauseKindEnum }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

const userById = (ctx: Context, id: string | null) => (id ? ctx.prisma.user.findUnique({ where: { id } }) : null);

export const LetterRef = builder.prismaNode("Letter", {
  description: "来信, as staff see it. Personal data is masked unless `writer(full: true)` is allowed.",
  id: { field: "id" },
  authScopes: { roles: LETTER_STAFF },
  fields: (t) => ({
    trackingCode: t.string({
      description: "受理编号, grouped for reading.",
      resolve: (l) => formatCode(l.trackingCode),
    }),
    channel: t.expose("channel", { type: LetterChannelEnum }),
    type: t.expose("type", { type: LetterTypeEnum }),
    status: t.expose("status", { type: LetterStatusEnum }),
    subject: t.exposeString("subject"),
    body: t.exposeString("body"),
    complex: t.exposeBoolean("complex", { description: "复杂件: acknowledgement (已告知) required before the reply." }),
    mayPublish: t.exposeBoolean("mayPublish", { description: "The writer agreed to publication." }),
    externalId: t.exposeString("externalId", { nullable: true }),
    publicityItem: t.relation("contentItem", {
      nullable: true,
      description: "Publicity comments (channel PUBLICITY_COMMENT): the planning publicity commented on.",
    }),
    receivedAt: t.expose("receivedAt", { type: "DateTime" }),
    registeredAt: t.expose("registeredAt", { type: "DateTime", nullable: true }),
    department: t.relation("department", { nullable: true }),
    handler: t.relation("handler", { nullable: true }),
    writer: t.field({
      type: LetterWriterRef,
      description:
        "Masked by default. full: true gives the full values to the assigned handler, the head of the letter's department and admins (audited); FORBIDDEN for others.",
      args: { full: t.arg.boolean({ defaultValue: false }) },
      resolve: async (letter, args, ctx) => {
        if (!args.full) return maskedWriter(letter);
        const read = await readFullWriter(ctx.audit, letterActorOf(ctx), letter);
        if (!read.ok) throw forbidden(read.message);
        return read.writer;
      },
    }),
    mayViewFullWriter: t.boolean({
      description: "Whether writer(full: true) is allowed for the signed-in user.",
      resolve: (letter, _args, ctx) => maySeePersonalData(letter, letterActorOf(ctx)),
    }),
    replyDays: t.exposeInt("replyDays", { description: "Working days allowed for the reply, without extension." }),
    extensionDays: t.exposeInt("extensionDays"),
    ackDueAt: t.expose("ackDueAt", {
      type: "DateTime",
      nullable: true,
      description: "Acknowledgement due (complex letters).",
    }),
    replyDueAt: t.expose("replyDueAt", {
      type: "DateTime",
      nullable: true,
      description: "Reply due: the end of the last working day (Beijing time); null while the clock is paused.",
    }),
    remainingWorkingDays: t.int({
      nullable: true,
      description:
        "Working days left to reply: 0 on the due day, negative when late. Null when the letter is not open or its clock is paused.",
      select: { pauses: { select: { kind: true, startedAt: true, endedAt: true } } },
      resolve: async (letter, _args, ctx) => {
        if (!isOpen(letter.status)) return null;
        const deadline = replyDeadlineOf(letter, letter.pauses, await workCalendar(ctx));
        return deadline && !deadline.paused ? deadline.remainingWorkingDays(ctx.clock.now()) : null;
      },
    }),
    deadlineProvisional: t.boolean({
      description: "The deadline uses a provisional (暂定) holiday schedule.",
      select: { pauses: { select: { kind: true, startedAt: true, endedAt: true } } },
      resolve: async (letter, _args, ctx) =>
        replyDeadlineOf(letter, letter.pauses, await workCalendar(ctx))?.provisional ?? false,
    }),
    overdue: t.boolean({
      description: "Open and past a deadline (reply, or acknowledgement of a complex letter).",
      resolve: (letter, _args, ctx) => isOverdue(letter, ctx.clock.now()),
    }),
    replyOverdue: t.boolean({ resolve: (letter, _args, ctx) => replyOverdue(letter, ctx.clock.now()) }),
    ackOverdue: t.boolean({ resolve: (letter, _args, ctx) => ackOverdue(letter, ctx.clock.now()) }),
    ageDays: t.int({
      description: "Calendar days since receipt (the national inspection's failure line is 3 months).",
      resolve: (letter, _args, ctx) => ageInDays(letter.receivedAt, ctx.clock.now()),
    }),
    acknowledgedAt: t.expose("acknowledgedAt", { type: "DateTime", nullable: true }),
    replyDraft: t.exposeString("replyDraft", { nullable: true }),
    replyDraftedAt: t.expose("replyDraftedAt", { type: "DateTime", nullable: true }),
    replyDraftedBy: t.prismaField({
      type: "User",
      nullable: true,
      resolve: (_query, letter, _args, ctx) => userById(ctx, letter.replyDraftedById),
    }),
    replyApprovedBy: t.prismaField({
      type: "User",
      nullable: true,
      resolve: (_query, letter, _args, ctx) => userById(ctx, letter.replyApprovedById),
    }),
    replyText: t.exposeString("replyText", { nullable: true, description: "The reply as sent." }),
    repliedAt: t.expose("repliedAt", { type: "DateTime", nullable: true }),
    rating: t.expose("rating", { type: LetterRatingEnum, nullable: true }),
    ratingComment: t.exposeString("ratingComment", { nullable: true }),
    ratedAt: t.expose("ratedAt", { type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "公开 (with consent, redacted).",
    }),
    hiddenAt: t.expose("hiddenAt", {
      type: "DateTime",
      nullable: true,
      description: "Hidden from citizens by moderation.",
    }),
    hiddenReason: t.exposeString("hiddenReason", { nullable: true }),
    events: t.relation("events", {
      description: "The full timeline, oldest first.",
      query: { orderBy: [{ at: "asc" }, { id: "asc" }] },
    }),
    attachments: t.relation("attachments", { query: { orderBy: { createdAt: "asc" } } }),
    pauses: t.relation("pauses", { query: { orderBy: { startedAt: "asc" } } }),
    availableActions: t.field({
      type: [LetterActionEnum],
      description: "What the signed-in user may do next (a hint for the buttons; the server checks again).",
      select: { pauses: { select: { kind: true } } },
      resolve: async (letter, _args, ctx) => {
        const now = ctx.clock.now();
        const calendar = await workCalendar(ctx);
        let window = false;
        try {
          window = withinCompletionWindow(letter.receivedAt, now, calendar);
        } catch (error) {
          // Beyond the loaded years: no 补正 button; pauseLetter says which year to load.
          if (!(error instanceof CalendarYearNotCoveredError)) throw error;
        }
        return availableActions(letter, letterActorOf(ctx), {
          now,
          previousPauseKinds: letter.pauses.map((p) => p.kind),
          withinCompletionWindow: window,
        });
      },
    }),
  }),
});

const STAFF_SCOPE = { roles: LETTER_STAFF };

builder.queryFields((t) => ({
  staffLetter: t.prismaField({
    type: "Letter",
    description: "One letter by global id or tracking code (exactly one). NOT_FOUND when there is none.",
    authScopes: STAFF_SCOPE,
    args: { id: t.arg.globalID(), trackingCode: t.arg.string({ validate: { maxLength: 100 } }) },
    resolve: async (query, _root, args, ctx) => {
      if (Boolean(args.id) === Boolean(args.trackingCode)) throw badInput("请提供来信 ID 或受理编号之一");
      let where: { id: string } | { trackingCode: string };
      if (args.id) {
        if (args.id.typename !== "Letter") throw badInput("ID 不是来信的 ID", "id");
        where = { id: args.id.id };
      } else {
        const code = normaliseCode(args.trackingCode ?? "", TRACKING_CODE_LENGTH);
        if (!code) throw notFound("来信");
        where = { trackingCode: code };
      }
      const letter = await ctx.prisma.letter.findUnique({ ...query, where });
      if (!letter) throw notFound("来信");
      return letter;
    },
  }),
}));

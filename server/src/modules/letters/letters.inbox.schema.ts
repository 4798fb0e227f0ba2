// The staff inbox (filters, counts, the oldest open letter) and what the handling forms need:
// reply templates, handlers to assign to, departments. The Letter type is in letters.staff.schema.ts.
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { badInput, notFound } from "../../errors.js";
import type { Letter } from "../../generated/prisma/client.js";
import { type InboxFilter, inboxCounts, inboxOrder, inboxWhere } from "./inbox.service.js";
import { CHANNEL_LABELS } from "./intake.js";
import { LetterChannelEnum, LetterStatusEnum, LetterTypeEnum } from "./letters.enums.js";
import { LETTER_STAFF, LetterRef } from "./letters.staff.schema.js";
import { fillTemplate, REPLY_TEMPLATES, type ReplyTemplate } from "./reply-templates.js";

const STAFF_SCOPE = { roles: LETTER_STAFF };

const LetterInboxFilterInput = builder.inputType("LetterInboxFilter", {
  fields: (t) => ({
    channel: t.field({ type: LetterChannelEnum }),
    type: t.field({ type: LetterTypeEnum }),
    status: t.field({ type: LetterStatusEnum }),
    open: t.boolean({ description: "Only letters still being worked on (not replied or closed)." }),
    departmentId: t.globalID(),
    handlerId: t.globalID(),
    mine: t.boolean({ description: "Only letters the signed-in user handles." }),
    due: t.field({ type: builder.enumType("LetterDueFilter", { values: ["OVERDUE", "DUE_SOON", "PAUSED"] as const }) }),
    search: t.string({ description: "A tracking code, an external id, or words of the subject." }),
    contentItemId: t.globalID({
      description:
        "Only the comments on this planning publicity (a ContentItem id; use with channel PUBLICITY_COMMENT).",
    }),
    publication: t.field({
      type: builder.enumType("LetterPublicationFilter", { values: ["PUBLISHED", "VISIBLE", "HIDDEN"] as const }),
      description:
        "PUBLISHED: published letters shown to citizens; VISIBLE: what citizens read or count (published letters and comments on planning publicity); HIDDEN: either, hidden by moderation.",
    }),
  }),
});

type FilterArg = typeof LetterInboxFilterInput.$inferInput | null | undefined;

function toFilter(ctx: Context, f: FilterArg): InboxFilter {
  const idOf = (id: { typename: string; id: string } | null | undefined, typename: string, field: string) => {
    if (!id) return null;
    if (id.typename !== typename) throw badInput(`${field} 的 ID 类型不正确`, field);
    return id.id;
  };
  return {
    channel: f?.channel ?? null,
    type: f?.type ?? null,
    status: f?.status ?? null,
    open: f?.open ?? null,
    departmentId: idOf(f?.departmentId, "Department", "departmentId"),
    handlerId: f?.mine ? (ctx.viewer?.userId ?? null) : idOf(f?.handlerId, "User", "handlerId"),
    contentItemId: idOf(f?.contentItemId, "ContentItem", "contentItemId"),
    due: f?.due ?? null,
    search: f?.search ?? null,
    publication: f?.publication ?? null,
  };
}

const LetterStatusCountRef = builder
  .objectRef<{ status: Letter["status"]; count: number }>("LetterStatusCount")
  .implement({
    fields: (t) => ({
      status: t.field({ type: LetterStatusEnum, resolve: (c) => c.status }),
      count: t.exposeInt("count"),
    }),
  });

const LetterInboxCountsRef = builder.objectRef<Awaited<ReturnType<typeof inboxCounts>>>("LetterInboxCounts").implement({
  description: "Counts for the inbox tabs and the dashboard, under the same filter (status and due left out).",
  fields: (t) => ({
    total: t.exposeInt("total"),
    open: t.exposeInt("open"),
    overdue: t.exposeInt("overdue"),
    dueSoon: t.exposeInt("dueSoon", { description: "Due within 2 working days, not yet overdue." }),
    paused: t.exposeInt("paused"),
    byStatus: t.field({ type: [LetterStatusCountRef], resolve: (c) => c.byStatus }),
    oldestOpenAgeDays: t.int({
      nullable: true,
      description: "Age in calendar days of the oldest open letter (3 months is the national failure line).",
      resolve: (c) => c.oldestOpen?.ageDays ?? null,
    }),
    oldestOpenLetter: t.field({ type: LetterRef, nullable: true, resolve: (c) => c.oldestOpen?.letter ?? null }),
  }),
});

const ReplyTemplateRef = builder.objectRef<ReplyTemplate>("ReplyTemplate").implement({
  description: "答复模板: a skeleton for the reply; 【…】 marks what the handler must write.",
  fields: (t) => ({
    key: t.exposeString("key"),
    title: t.exposeString("title"),
    body: t.exposeString("body"),
  }),
});

const receivedDateLabel = (at: Date) => {
  const [y, m, d] = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
};

builder.queryFields((t) => ({
  letterInbox: t.prismaConnection(
    {
      type: "Letter",
      cursor: "id",
      description: "The staff inbox, most urgent first by default. Personal data masked.",
      authScopes: STAFF_SCOPE,
      args: {
        filter: t.arg({ type: LetterInboxFilterInput }),
        order: t.arg({
          type: builder.enumType("LetterInboxOrder", { values: ["DUE", "NEWEST", "OLDEST"] as const }),
          defaultValue: "DUE",
        }),
      },
      totalCount: async (_connection, args, ctx) =>
        ctx.prisma.letter.count({ where: await inboxWhere(ctx, toFilter(ctx, args.filter)) }),
      resolve: async (query, _root, args, ctx) =>
        ctx.prisma.letter.findMany({
          ...query,
          where: await inboxWhere(ctx, toFilter(ctx, args.filter)),
          orderBy: inboxOrder(args.order ?? "DUE"),
        }),
    },
    { description: "A page of letters; totalCount counts every match." },
  ),
  letterInboxCounts: t.field({
    type: LetterInboxCountsRef,
    description: "Counts per status, overdue, due soon and paused, and the oldest open letter's age.",
    authScopes: STAFF_SCOPE,
    args: { filter: t.arg({ type: LetterInboxFilterInput }) },
    resolve: (_root, args, ctx) => inboxCounts(ctx, toFilter(ctx, args.filter)),
  }),
  replyTemplates: t.field({
    type: [ReplyTemplateRef],
    description: "Reply templates for a letter type; with letterId, the placeholders are filled from that letter.",
    authScopes: STAFF_SCOPE,
    args: { type: t.arg({ type: LetterTypeEnum, required: true }), letterId: t.arg.globalID() },
    resolve: async (_root, args, ctx) => {
      const templates = REPLY_TEMPLATES[args.type];
      if (!args.letterId) return [...templates];
      if (args.letterId.typename !== "Letter") throw badInput("ID 不是来信的 ID", "letterId");
      const letter = await ctx.prisma.letter.findUnique({
        where: { id: args.letterId.id },
        include: { department: { select: { name: true } } },
      });
      if (!letter) throw notFound("来信");
      const values = {
        subject: letter.subject,
        receivedDate: receivedDateLabel(letter.receivedAt),
        channel: CHANNEL_LABELS[letter.channel],
        department: letter.department?.name ?? "我局",
      };
      return templates.map((tpl) => ({ ...tpl, body: fillTemplate(tpl.body, values) }));
    },
  }),
  letterAssignees: t.prismaField({
    type: ["User"],
    description: "Handlers (承办) letters can be assigned to, optionally of one department, by department.",
    authScopes: STAFF_SCOPE,
    args: { departmentId: t.arg.globalID() },
    resolve: (query, _root, args, ctx) => {
      if (args.departmentId && args.departmentId.typename !== "Department") {
        throw badInput("departmentId 的 ID 类型不正确", "departmentId");
      }
      return ctx.prisma.user.findMany({
        ...query,
        where: {
          roles: { has: "HANDLER" },
          disabledAt: null,
          ...(args.departmentId ? { departmentId: args.departmentId.id } : {}),
        },
        orderBy: [{ department: { sortOrder: "asc" } }, { displayName: "asc" }],
      });
    },
  }),
  letterDepartments: t.prismaField({
    type: ["Department"],
    description: "The bureau's departments (科室), for registering and assigning letters.",
    authScopes: STAFF_SCOPE,
    resolve: (query, _root, _args, ctx) => ctx.prisma.department.findMany({ ...query, orderBy: { sortOrder: "asc" } }),
  }),
}));

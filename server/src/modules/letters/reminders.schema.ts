// Staff GraphQL of 催办: each user's reminders (reminders.service.ts writes them every working
// day), and the two numbers every staff screen shows in its banner: how many letters are overdue,
// and how old the oldest unanswered letter is (3 months is the national inspection's failure line).
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { notFound } from "../../errors.js";
import { ReminderKind } from "../../generated/prisma/enums.js";
import { formatCode } from "./codes.js";
import { ageInDays, overdueWhere, UNANSWERED_FAILURE_DAYS } from "./inbox.service.js";
import { OPEN_STATUSES } from "./letters.rules.js";
import { LetterRef } from "./letters.staff.schema.js";
import { reminderClocks } from "./reminders.service.js";
import { workCalendar } from "./work-calendar.js";

const LetterReminderKindEnum = builder.enumType(ReminderKind, {
  name: "LetterReminderKind",
  description: "BEFORE_DUE 即将到期 (2 working days before), DUE_TODAY 今日到期, OVERDUE 已超期 (every working day).",
});

const LetterReminderClockEnum = builder.enumType("LetterReminderClock", {
  description: "Which deadline a reminder is about: ACKNOWLEDGEMENT 告知 (complex letters), REPLY 答复.",
  values: ["ACKNOWLEDGEMENT", "REPLY"] as const,
});

const viewerIdOf = (ctx: Context) => {
  if (!ctx.viewer) throw new Error("reminder field reached without a viewer");
  return ctx.viewer.userId;
};

export const LetterReminderRef = builder.prismaNode("LetterReminder", {
  description: "催办: a reminder to one staff member about one letter's deadline, on one working day.",
  id: { field: "id" },
  // Only its recipient sees a reminder, also through node(id).
  authScopes: (reminder, ctx) => ctx.viewer !== null && reminder.recipientId === ctx.viewer.userId,
  fields: (t) => ({
    kind: t.expose("kind", { type: LetterReminderKindEnum }),
    day: t.string({
      description: "The Asia/Shanghai working day it is for, YYYY-MM-DD.",
      resolve: (reminder) => reminder.day.toISOString().slice(0, 10),
    }),
    clocks: t.field({
      type: [LetterReminderClockEnum],
      description: "The deadlines it is about (both when acknowledgement and reply were due alike that day).",
      select: {
        letter: {
          select: {
            id: true,
            status: true,
            complex: true,
            ackDueAt: true,
            acknowledgedAt: true,
            replyDueAt: true,
            handlerId: true,
            departmentId: true,
          },
        },
      },
      resolve: async (reminder, _args, ctx) => reminderClocks(reminder, reminder.letter, await workCalendar(ctx)),
    }),
    letter: t.relation("letter", { type: LetterRef }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
  }),
});

const OldestOpenLetterRef = builder
  .objectRef<{ trackingCode: string; receivedAt: Date; ageDays: number }>("OldestOpenLetter")
  .implement({
    description: "The open (unanswered) letter received longest ago.",
    fields: (t) => ({
      trackingCode: t.string({
        description: "受理编号, grouped for reading.",
        resolve: (o) => formatCode(o.trackingCode),
      }),
      receivedAt: t.expose("receivedAt", { type: "DateTime" }),
      ageDays: t.exposeInt("ageDays", { description: "Calendar days since receipt (Beijing days; 0 on the day)." }),
      beyondInspectionLine: t.boolean({
        description: `Unanswered for ${UNANSWERED_FAILURE_DAYS} days or more: the national inspection's failure line (3 months).`,
        resolve: (o) => o.ageDays >= UNANSWERED_FAILURE_DAYS,
      }),
    }),
  });

const REMINDER_ORDER = [{ day: "desc" as const }, { createdAt: "desc" as const }, { id: "desc" as const }];

builder.queryFields((t) => ({
  myReminders: t.prismaConnection(
    {
      type: "LetterReminder",
      cursor: "id",
      description: "The signed-in user's reminders (催办), newest day first. Staff.",
      args: { unreadOnly: t.arg.boolean({ defaultValue: false }) },
      totalCount: (_connection, args, ctx) =>
        ctx.prisma.letterReminder.count({
          where: { recipientId: viewerIdOf(ctx), ...(args.unreadOnly ? { readAt: null } : {}) },
        }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.letterReminder.findMany({
          ...query,
          where: { recipientId: viewerIdOf(ctx), ...(args.unreadOnly ? { readAt: null } : {}) },
          orderBy: REMINDER_ORDER,
        }),
    },
    { description: "A page of reminders; totalCount counts every match." },
  ),
  unreadReminderCount: t.int({
    description: "How many of the signed-in user's reminders are unread (the badge). Staff.",
    resolve: (_root, _args, ctx) =>
      ctx.prisma.letterReminder.count({ where: { recipientId: viewerIdOf(ctx), readAt: null } }),
  }),
  overdueLetterCount: t.int({
    description:
      "Open letters past a deadline (the reply, or the acknowledgement of a complex letter): the banner on every staff screen. Staff.",
    resolve: (_root, _args, ctx) => ctx.prisma.letter.count({ where: overdueWhere(ctx.clock.now()) }),
  }),
  oldestOpenLetter: t.field({
    type: OldestOpenLetterRef,
    nullable: true,
    description: "The oldest letter not yet answered, and its age; null when none is open. Staff.",
    resolve: async (_root, _args, ctx) => {
      const letter = await ctx.prisma.letter.findFirst({
        where: { status: { in: [...OPEN_STATUSES] } },
        orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
        select: { trackingCode: true, receivedAt: true },
      });
      return letter ? { ...letter, ageDays: ageInDays(letter.receivedAt, ctx.clock.now()) } : null;
    },
  }),
}));

builder.mutationFields((t) => ({
  markReminderRead: t.prismaField({
    type: "LetterReminder",
    description: "Marks one of the signed-in user's reminders read (again: no change). NOT_FOUND for anyone else's.",
    args: { id: t.arg.globalID({ required: true, for: [LetterReminderRef] }) },
    resolve: async (query, _root, args, ctx) => {
      const recipientId = viewerIdOf(ctx);
      await ctx.prisma.letterReminder.updateMany({
        where: { id: args.id.id, recipientId, readAt: null },
        data: { readAt: ctx.clock.now() },
      });
      const reminder = await ctx.prisma.letterReminder.findFirst({ ...query, where: { id: args.id.id, recipientId } });
      if (!reminder) throw notFound("催办提醒");
      return reminder;
    },
  }),
  markAllRemindersRead: t.int({
    description: "Marks every unread reminder of the signed-in user read; returns how many. Staff.",
    resolve: async (_root, _args, ctx) => {
      const { count } = await ctx.prisma.letterReminder.updateMany({
        where: { recipientId: viewerIdOf(ctx), readAt: null },
        data: { readAt: ctx.clock.now() },
      });
      return count;
    },
  }),
}));

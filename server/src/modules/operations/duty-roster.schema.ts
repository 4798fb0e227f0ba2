// 网站值班 (duty roster). Any staff member reads it; maintainers and admins change it.
// Days are Asia/Shanghai calendar days written "YYYY-MM-DD".
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder, InputError, type InputErrorShape, signedInOnly } from "../../builder.js";
import type { Context } from "../../context.js";
import type { DutyShift } from "../../generated/prisma/client.js";
import { UserRef } from "../accounts/accounts.schema.js";
import type { IsoDate } from "../calendar/shanghai-day.js";
import { dateToDay, dayToDate } from "./duty-day.js";
import {
  assignDutyShift,
  DAY_ORDER,
  type DutyResult,
  dutyOn,
  ROSTER_ORDER,
  removeDutyShift,
  rosterRange,
  today,
} from "./duty-roster.service.js";
import { dutyDay, dutyNote, MAX_ROSTER_DAYS } from "./duty-roster.validation.js";

/**
 * Who keeps the roster: 网站维护 runs the site and its 值班制度 day to day; 管理员 manages the staff
 * accounts and stands in when no maintainer is available. Leaders are left out on purpose: they
 * approve emergency publications afterwards, and whoever approves should not also decide who may
 * publish in the first place.
 */
const ROSTER_KEEPERS = { roles: ["MAINTAINER", "ADMIN"] } as const;

export const DutyShiftRef = builder.prismaNode("DutyShift", {
  description: "网站值班: one staff member on duty on one day.",
  id: { field: "id" },
  authScopes: signedInOnly,
  fields: (t) => ({
    date: t.string({
      description: "The Asia/Shanghai calendar day, YYYY-MM-DD.",
      resolve: (shift) => dateToDay(shift.date),
    }),
    user: t.relation("user"),
    note: t.exposeString("note", { nullable: true }),
    assignedBy: t.relation("assignedBy", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const DutyDayRef = builder.objectRef<{ day: IsoDate }>("DutyDay").implement({
  description: "One day of the duty roster.",
  fields: (t) => ({
    date: t.string({ description: "The Asia/Shanghai calendar day, YYYY-MM-DD.", resolve: (d) => d.day }),
    shifts: t.prismaField({
      type: ["DutyShift"],
      description: "Who is on duty, in the order they were put on the roster. Disabled accounts are left out.",
      resolve: (query, d, _args, ctx) =>
        ctx.prisma.dutyShift.findMany({
          ...query,
          where: { date: dayToDate(d.day), user: { disabledAt: null } },
          orderBy: DAY_ORDER,
        }),
    }),
    viewerOnDuty: t.boolean({
      description: "Whether the signed-in user is on duty that day (and so may publish in an emergency).",
      resolve: async (d, _args, ctx) =>
        (await dutyOn(ctx.prisma, d.day)).shifts.some((s) => s.userId === ctx.viewer?.userId),
    }),
  }),
});

type ShiftPayload = { shift?: DutyShift | null; error?: InputErrorShape | null };
const AssignDutyShiftPayload = builder.objectRef<ShiftPayload>("AssignDutyShiftPayload").implement({
  description: "The new shift, or why it was refused.",
  fields: (t) => ({
    shift: t.field({ type: DutyShiftRef, nullable: true, resolve: (p) => p.shift ?? null }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

type RemovePayload = { removedId?: string | null; error?: InputErrorShape | null };
const RemoveDutyShiftPayload = builder.objectRef<RemovePayload>("RemoveDutyShiftPayload").implement({
  description: "The global id of the removed shift, or why it was refused.",
  fields: (t) => ({
    removedId: t.id({
      nullable: true,
      resolve: (p) => (p.removedId ? encodeGlobalID("DutyShift", p.removedId) : null),
    }),
    error: t.field({ type: InputError, nullable: true, resolve: (p) => p.error ?? null }),
  }),
});

const toError = (r: Extract<DutyResult<unknown>, { ok: false }>) => ({ message: r.message, field: r.field ?? null });

function viewerId(ctx: Context): string {
  if (!ctx.viewer) throw new Error("duty roster mutation reached without a viewer");
  return ctx.viewer.userId;
}

builder.queryFields((t) => ({
  dutyRoster: t.prismaField({
    type: ["DutyShift"],
    description: `The duty roster from \`from\` to \`to\` (both included, at most ${MAX_ROSTER_DAYS} days), by day. Staff.`,
    args: {
      from: t.arg.string({ required: true, validate: { schema: dutyDay } }),
      to: t.arg.string({ required: true, validate: { schema: dutyDay } }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.dutyShift.findMany({
        ...query,
        where: rosterRange(args.from.trim(), args.to.trim()),
        orderBy: ROSTER_ORDER,
      }),
  }),
  onDutyToday: t.field({
    type: DutyDayRef,
    description: "Who is on duty today (the Asia/Shanghai day of the server's clock). Staff.",
    resolve: (_root, _args, ctx) => ({ day: today(ctx.clock) }),
  }),
  dutyCandidates: t.prismaField({
    type: ["User"],
    description: "Active staff accounts that can be put on the duty roster. MAINTAINER or ADMIN.",
    authScopes: { roles: [...ROSTER_KEEPERS.roles] },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findMany({ ...query, where: { disabledAt: null }, orderBy: { username: "asc" } }),
  }),
}));

builder.mutationFields((t) => ({
  assignDutyShift: t.field({
    type: AssignDutyShiftPayload,
    description: "Puts a staff member on duty on a day (today or later). MAINTAINER or ADMIN.",
    authScopes: { roles: [...ROSTER_KEEPERS.roles] },
    args: {
      date: t.arg.string({ required: true, validate: { schema: dutyDay } }),
      userId: t.arg.globalID({ required: true, for: [UserRef] }),
      note: t.arg.string({ validate: { schema: dutyNote } }),
    },
    resolve: async (_root, args, ctx) => {
      const result = await assignDutyShift(ctx, viewerId(ctx), {
        date: args.date.trim(),
        userId: args.userId.id,
        note: args.note?.trim() || null,
      });
      return result.ok ? { shift: result.value } : { error: toError(result) };
    },
  }),
  removeDutyShift: t.field({
    type: RemoveDutyShiftPayload,
    description: "Takes a shift of today or later off the roster; past shifts are kept. MAINTAINER or ADMIN.",
    authScopes: { roles: [...ROSTER_KEEPERS.roles] },
    args: { id: t.arg.globalID({ required: true, for: [DutyShiftRef] }) },
    resolve: async (_root, args, ctx) => {
      const result = await removeDutyShift(ctx, args.id.id);
      return result.ok ? { removedId: result.value } : { error: toError(result) };
    },
  }),
}));

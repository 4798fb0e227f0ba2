// 网站值班: who is on duty on which Asia/Shanghai day. Maintainers and admins keep the roster;
// every staff member may read it. The roster is what authorises emergency publishing
// (publishing/emergency.service.ts), so every change, and every refused change, is audited.
import type { Clock } from "../../clock.js";
import type { PrismaClient } from "../../db/index.js";
import { badInput, isUniqueViolation } from "../../errors.js";
import type { DutyShift, Prisma, User } from "../../generated/prisma/client.js";
import { type IsoDate, shanghaiDay } from "../calendar/shanghai-day.js";
import type { RequestAudit } from "../security/audit.service.js";
import { dateToDay, dayLabel, daysBetween, dayToDate } from "./duty-day.js";
import { MAX_DAYS_AHEAD, MAX_ROSTER_DAYS } from "./duty-roster.validation.js";

export interface DutyDeps {
  prisma: PrismaClient;
  clock: Clock;
  audit: RequestAudit;
}

export type DutyResult<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };

export type ShiftWithUser = DutyShift & { user: Pick<User, "id" | "displayName"> };

/** One day of the roster and who is on duty that day. */
export interface DutyDay {
  day: IsoDate;
  shifts: ShiftWithUser[];
}

/** Within a day, who was put on the roster first; then by name, so seeded days read alike. */
export const DAY_ORDER: Prisma.DutyShiftOrderByWithRelationInput[] = [
  { createdAt: "asc" },
  { user: { displayName: "asc" } },
  { id: "asc" },
];

export const ROSTER_ORDER: Prisma.DutyShiftOrderByWithRelationInput[] = [{ date: "asc" }, ...DAY_ORDER];

/** Today, the Asia/Shanghai day of the clock's now. */
export const today = (clock: Clock): IsoDate => shanghaiDay(clock.now());

/**
 * Who is on duty on a day. Disabled accounts are left out: they cannot sign in, so they can
 * neither act on duty nor be called. Takes a transaction client so a workflow step reads the
 * roster in its own transaction.
 */
export async function dutyOn(db: Prisma.TransactionClient, day: IsoDate): Promise<DutyDay> {
  const shifts = await db.dutyShift.findMany({
    where: { date: dayToDate(day), user: { disabledAt: null } },
    include: { user: { select: { id: true, displayName: true } } },
    orderBy: DAY_ORDER,
  });
  return { day, shifts };
}

/** The `where` of a roster query, after checking the span is a sensible one. */
export function rosterRange(from: IsoDate, to: IsoDate): Prisma.DutyShiftWhereInput {
  const span = daysBetween(from, to);
  if (span < 0) throw badInput("结束日期不能早于开始日期", "to");
  if (span >= MAX_ROSTER_DAYS) throw badInput(`一次最多查询 ${MAX_ROSTER_DAYS} 天的值班表`, "to");
  return { date: { gte: dayToDate(from), lte: dayToDate(to) } };
}

export interface AssignInput {
  date: IsoDate;
  userId: string;
  note: string | null;
}

export async function assignDutyShift(
  deps: DutyDeps,
  assignedById: string,
  input: AssignInput,
): Promise<DutyResult<DutyShift>> {
  const refuse = async (reason: string, message: string, field?: string): Promise<DutyResult<DutyShift>> => {
    await deps.audit.record({
      action: "operations.duty.assign",
      outcome: "FAILURE",
      targetType: "User",
      targetId: input.userId,
      detail: { date: input.date, reason },
    });
    return { ok: false, message, field };
  };

  const now = today(deps.clock);
  if (input.date < now) return refuse("past-date", `不能为已过去的日期（${dayLabel(input.date)}）安排值班`, "date");
  if (daysBetween(now, input.date) > MAX_DAYS_AHEAD) {
    return refuse("too-far-ahead", "只能安排一年以内的值班，请检查日期", "date");
  }
  const user = await deps.prisma.user.findUnique({ where: { id: input.userId } });
  if (!user) return refuse("unknown-user", "要安排的人员不存在", "userId");
  if (user.disabledAt) return refuse("disabled-user", `${user.displayName}的账号已停用，不能安排值班`, "userId");
  const duplicate = `${user.displayName}在${dayLabel(input.date)}已有值班安排`;
  const existing = await deps.prisma.dutyShift.findUnique({
    where: { date_userId: { date: dayToDate(input.date), userId: user.id } },
  });
  if (existing) return refuse("duplicate", duplicate, "userId");

  let shift: DutyShift;
  try {
    shift = await deps.prisma.dutyShift.create({
      data: {
        date: dayToDate(input.date),
        userId: user.id,
        note: input.note,
        assignedById,
        createdAt: deps.clock.now(),
      },
    });
  } catch (error) {
    // Two maintainers adding the same person at once: the unique index decides.
    if (isUniqueViolation(error)) return refuse("duplicate", duplicate, "userId");
    throw error;
  }
  await deps.audit.record({
    action: "operations.duty.assign",
    targetType: "DutyShift",
    targetId: shift.id,
    detail: { date: input.date, userId: user.id, userName: user.displayName, note: input.note },
  });
  return { ok: true, value: shift };
}

/** Removes a shift of today or later; past shifts stay as the record of who was on duty. */
export async function removeDutyShift(deps: DutyDeps, id: string): Promise<DutyResult<string>> {
  const shift = await deps.prisma.dutyShift.findUnique({
    where: { id },
    include: { user: { select: { displayName: true } } },
  });
  const refuse = async (reason: string, message: string): Promise<DutyResult<string>> => {
    await deps.audit.record({
      action: "operations.duty.remove",
      outcome: "FAILURE",
      targetType: "DutyShift",
      targetId: id,
      detail: { reason, ...(shift ? { date: dateToDay(shift.date), userId: shift.userId } : {}) },
    });
    return { ok: false, message };
  };
  if (!shift) return refuse("not-found", "该值班安排不存在或已被删除");
  const day = dateToDay(shift.date);
  if (day < today(deps.clock)) return refuse("past-date", `${dayLabel(day)}已过去，值班记录不能删除`);
  // deleteMany: a concurrent removal is not an error, the shift is gone either way.
  await deps.prisma.dutyShift.deleteMany({ where: { id } });
  await deps.audit.record({
    action: "operations.duty.remove",
    targetType: "DutyShift",
    targetId: id,
    detail: { date: day, userId: shift.userId, userName: shift.user.displayName },
  });
  return { ok: true, value: id };
}

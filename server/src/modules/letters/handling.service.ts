// Staff handling of a letter up to the reply: register (登记), assign (分办), reassign, acknowledge
// (已告知), pause and resume the clock (补正 / third party) and the extension. The reply itself is in
// reply.service.ts. The rules are in letters.rules.ts; every step runs in one transaction holding
// the letter's row, writes a LetterEvent and, after commit, the audit log.
import type { Letter, LetterChannel, LetterPauseKind, LetterType } from "../../generated/prisma/client.js";
import { CalendarYearNotCoveredError } from "../calendar/work-calendar.js";
import { deadlineRuleFor, refreshDeadlines, withinCompletionWindow } from "./deadlines.js";
import {
  checked,
  fail,
  type LetterResult,
  type LetterStaff,
  recordLetterEvent,
  ruleLetter,
  runStep,
} from "./letter-step.js";
import type { LettersDeps, Tx } from "./letters.deps.js";
import {
  assigneeFits,
  canAcknowledge,
  canAssign,
  canExtend,
  canPause,
  canReassign,
  canRegister,
  canResume,
  PAUSE_LABELS,
  statusAfter,
  TYPE_LABELS,
} from "./letters.rules.js";
import { workCalendar } from "./work-calendar.js";

export interface RegisterInput {
  channel?: LetterChannel | null;
  type: LetterType;
  complex: boolean;
  /** The department the letter concerns, when the registrar already knows it. */
  departmentId?: string | null;
}

/**
 * 登记: classify the letter (channel, type, complex) and start its fixed reply period. A registered
 * letter not yet assigned may be registered again to correct the classification.
 */
export async function registerLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  input: RegisterInput,
): Promise<LetterResult> {
  return runStep(deps, letterId, "register", async (tx, letter) => {
    const refusal = checked(canRegister(ruleLetter(letter), actor));
    if (refusal) return refusal;
    return registerInTx(tx, deps, actor, letter, input);
  });
}

/** The registration itself, also used by the import of external letters (same transaction). */
export async function registerInTx(
  tx: Tx,
  deps: LettersDeps,
  actor: LetterStaff,
  letter: Letter,
  input: RegisterInput,
): Promise<LetterResult> {
  const channel = input.channel ?? letter.channel;
  if (channel !== letter.channel && letter.externalId) {
    const clash = await tx.letter.findFirst({
      where: { channel, externalId: letter.externalId, id: { not: letter.id } },
      select: { trackingCode: true },
    });
    if (clash) {
      return fail(`该渠道已有外部编号为 ${letter.externalId} 的来信（查询编号 ${clash.trackingCode}）`, "channel");
    }
  }
  const departmentId = input.departmentId ?? letter.departmentId;
  if (input.departmentId && !(await tx.department.findUnique({ where: { id: input.departmentId } }))) {
    return fail("所选科室不存在", "departmentId");
  }
  const rule = await deadlineRuleFor(tx, channel, input.type);
  const toStatus = statusAfter("REGISTER", letter.status);
  const updated = await tx.letter.update({
    where: { id: letter.id },
    data: {
      channel,
      type: input.type,
      complex: input.complex,
      departmentId,
      status: toStatus,
      registeredAt: letter.registeredAt ?? deps.clock.now(),
      replyDays: rule.replyDays,
    },
  });
  await recordLetterEvent(tx, deps, actor, letter.id, {
    action: letter.status === "RECEIVED" ? "REGISTERED" : "RECLASSIFIED",
    fromStatus: letter.status,
    toStatus,
    note: `${TYPE_LABELS[input.type]}${input.complex ? "（复杂件）" : ""}`,
    data: { channel, type: input.type, complex: input.complex, departmentId, replyDays: rule.replyDays },
  });
  await refreshDeadlines(tx, deps, letter.id);
  return { ok: true, letter: await tx.letter.findUniqueOrThrow({ where: { id: updated.id } }) };
}

async function resolveAssignee(
  tx: Tx,
  departmentId: string,
  handlerId: string,
): Promise<{ ok: true; label: string } | LetterResult> {
  const department = await tx.department.findUnique({ where: { id: departmentId } });
  if (!department) return fail("所选科室不存在", "departmentId");
  const handler = await tx.user.findUnique({ where: { id: handlerId } });
  if (!handler) return fail("所选承办人不存在", "handlerId");
  const fits = checked(
    assigneeFits(departmentId, {
      id: handler.id,
      roles: handler.roles,
      departmentId: handler.departmentId,
      disabled: handler.disabledAt !== null,
    }),
  );
  return fits ?? { ok: true, label: `${department.name} ${handler.displayName}` };
}

/** 分办: to a department and one of its handlers. */
export async function assignLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  input: { departmentId: string; handlerId: string },
): Promise<LetterResult> {
  return runStep(
    deps,
    letterId,
    "assign",
    async (tx, letter) => {
      const refusal = checked(canAssign(ruleLetter(letter), actor));
      if (refusal) return refusal;
      const assignee = await resolveAssignee(tx, input.departmentId, input.handlerId);
      if (!("label" in assignee)) return assignee;
      const toStatus = statusAfter("ASSIGN", letter.status);
      const updated = await tx.letter.update({
        where: { id: letter.id },
        data: { departmentId: input.departmentId, handlerId: input.handlerId, status: toStatus },
      });
      await recordLetterEvent(tx, deps, actor, letter.id, {
        action: "ASSIGNED",
        fromStatus: letter.status,
        toStatus,
        note: `分办至${assignee.label}`,
        data: { departmentId: input.departmentId, handlerId: input.handlerId },
      });
      return { ok: true, letter: updated };
    },
    () => ({ departmentId: input.departmentId, handlerId: input.handlerId }),
  );
}

/** 改派: to another department or handler, with the reason on the timeline. */
export async function reassignLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  input: { departmentId: string; handlerId?: string | null; reason: string },
): Promise<LetterResult> {
  const reason = input.reason.trim();
  return runStep(
    deps,
    letterId,
    "reassign",
    async (tx, letter) => {
      const withHandler = Boolean(input.handlerId);
      const refusal = checked(canReassign(ruleLetter(letter), actor, { reason, withHandler }));
      if (refusal) return refusal;
      if (letter.departmentId === input.departmentId && letter.handlerId === (input.handlerId ?? null)) {
        return fail("改派的科室和承办人与当前相同", "handlerId");
      }
      let label: string;
      if (input.handlerId) {
        const assignee = await resolveAssignee(tx, input.departmentId, input.handlerId);
        if (!("label" in assignee)) return assignee;
        label = assignee.label;
      } else {
        const department = await tx.department.findUnique({ where: { id: input.departmentId } });
        if (!department) return fail("所选科室不存在", "departmentId");
        label = department.name;
      }
      const toStatus = statusAfter("REASSIGN", letter.status, { withHandler });
      const updated = await tx.letter.update({
        where: { id: letter.id },
        data: { departmentId: input.departmentId, handlerId: input.handlerId ?? null, status: toStatus },
      });
      await recordLetterEvent(tx, deps, actor, letter.id, {
        action: "REASSIGNED",
        fromStatus: letter.status,
        toStatus,
        note: `改派至${label}。原因：${reason}`,
        data: {
          from: { departmentId: letter.departmentId, handlerId: letter.handlerId },
          to: { departmentId: input.departmentId, handlerId: input.handlerId ?? null },
          reason,
        },
      });
      return { ok: true, letter: updated };
    },
    () => ({ departmentId: input.departmentId, handlerId: input.handlerId ?? null }),
  );
}

/** What the writer reads on the tracking page when no note is given. */
export const DEFAULT_ACK_NOTE = "您的来信已收到，我们正在核实有关情况，将在规定期限内答复。";

/** 已告知: a public event; it never counts as the reply. */
export async function acknowledgeLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  note: string | null,
): Promise<LetterResult> {
  return runStep(deps, letterId, "acknowledge", async (tx, letter) => {
    const refusal = checked(canAcknowledge(ruleLetter(letter), actor));
    if (refusal) return refusal;
    const updated = await tx.letter.update({ where: { id: letter.id }, data: { acknowledgedAt: deps.clock.now() } });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "ACKNOWLEDGED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: note?.trim() || DEFAULT_ACK_NOTE,
      public: true,
    });
    return { ok: true, letter: updated };
  });
}

/** 中止计时 of a disclosure request: 补正 or a third party's opinion. The note goes to the writer. */
export async function pauseLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  input: { kind: LetterPauseKind; note: string },
): Promise<LetterResult> {
  const note = input.note.trim();
  return runStep(
    deps,
    letterId,
    "pause",
    async (tx, letter) => {
      const previous = await tx.letterPause.findMany({ where: { letterId: letter.id }, select: { kind: true } });
      const calendar = await workCalendar(deps, tx);
      const now = deps.clock.now();
      let inWindow: boolean;
      try {
        inWindow = withinCompletionWindow(letter.receivedAt, now, calendar);
      } catch (error) {
        // A year without a holiday schedule: the message tells which year an admin must load.
        if (error instanceof CalendarYearNotCoveredError) return fail(error.message);
        throw error;
      }
      const refusal = checked(
        canPause(ruleLetter(letter), actor, input.kind, {
          previousKinds: previous.map((p) => p.kind),
          withinCompletionWindow: inWindow,
        }),
      );
      if (refusal) return refusal;
      if (!note) return fail("请填写告知申请人的内容（需补正的事项或征求意见的情况）", "note");
      await tx.letterPause.create({ data: { letterId: letter.id, kind: input.kind, startedAt: now, note } });
      const toStatus = statusAfter("PAUSE", letter.status);
      await tx.letter.update({ where: { id: letter.id }, data: { status: toStatus } });
      await recordLetterEvent(tx, deps, actor, letter.id, {
        action: "PAUSED",
        fromStatus: letter.status,
        toStatus,
        note: `${PAUSE_LABELS[input.kind]}：${note}`,
        public: true,
        data: { kind: input.kind },
      });
      await refreshDeadlines(tx, deps, letter.id);
      return { ok: true, letter: await tx.letter.findUniqueOrThrow({ where: { id: letter.id } }) };
    },
    () => ({ kind: input.kind }),
  );
}

export const DEFAULT_RESUME_NOTE = "已恢复计时，我们将继续办理您的申请。";

/** 恢复计时: the applicant completed the request, or the third party answered. */
export async function resumeLetter(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  note: string | null,
): Promise<LetterResult> {
  return runStep(deps, letterId, "resume", async (tx, letter) => {
    const refusal = checked(canResume(ruleLetter(letter), actor));
    if (refusal) return refusal;
    const now = deps.clock.now();
    await tx.letterPause.updateMany({ where: { letterId: letter.id, endedAt: null }, data: { endedAt: now } });
    const toStatus = statusAfter("RESUME", letter.status);
    await tx.letter.update({ where: { id: letter.id }, data: { status: toStatus } });
    await recordLetterEvent(tx, deps, actor, letter.id, {
      action: "RESUMED",
      fromStatus: letter.status,
      toStatus,
      note: note?.trim() || DEFAULT_RESUME_NOTE,
      public: true,
    });
    await refreshDeadlines(tx, deps, letter.id);
    return { ok: true, letter: await tx.letter.findUniqueOrThrow({ where: { id: letter.id } }) };
  });
}

/** 延期答复 of a disclosure request: once, ≤ 20 working days, approved by the department head. */
export async function extendLetterDeadline(
  deps: LettersDeps,
  actor: LetterStaff,
  letterId: string,
  input: { days: number; reason: string },
): Promise<LetterResult> {
  const reason = input.reason.trim();
  return runStep(
    deps,
    letterId,
    "extend",
    async (tx, letter) => {
      const refusal = checked(
        canExtend(ruleLetter(letter), actor, {
          days: input.days,
          reason,
          replyDueAt: letter.replyDueAt,
          now: deps.clock.now(),
        }),
      );
      if (refusal) return refusal;
      await tx.letter.update({ where: { id: letter.id }, data: { extensionDays: input.days } });
      await recordLetterEvent(tx, deps, actor, letter.id, {
        action: "EXTENDED",
        fromStatus: letter.status,
        toStatus: letter.status,
        note: `答复期限延长 ${input.days} 个工作日。理由：${reason}`,
        public: true,
        data: { days: input.days, reason, previousReplyDueAt: letter.replyDueAt?.toISOString() ?? null },
      });
      await refreshDeadlines(tx, deps, letter.id);
      return { ok: true, letter: await tx.letter.findUniqueOrThrow({ where: { id: letter.id } }) };
    },
    () => ({ days: input.days }),
  );
}

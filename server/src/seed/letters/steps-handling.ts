// The handling steps of a demo letter, as handling.service.ts takes them: register (登记), assign
// (分办), reassign, acknowledge (已告知), pause and resume the clock (补正 / third party) and the
// head's extension — the same rules, fields, events and audit entries.

import type { LetterType } from "../../generated/prisma/enums.js";
import { CalendarYearNotCoveredError } from "../../modules/calendar/work-calendar.js";
import { withinCompletionWindow } from "../../modules/letters/deadlines.js";
import { DEFAULT_ACK_NOTE, DEFAULT_RESUME_NOTE } from "../../modules/letters/handling.service.js";
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
} from "../../modules/letters/letters.rules.js";
import { seedId } from "../ids.js";
import type { SeedLetter, SeedStaff, StepHandlers } from "./seed-letter.js";

/** registerInTx: classification, the fixed reply period, the REGISTERED event and the new deadlines. */
export function registerFields(letter: SeedLetter, actor: SeedStaff, type: LetterType, complex: boolean) {
  const l = letter.letter;
  const rule = letter.world.ruleFor(l.channel, type);
  const fromStatus = l.status;
  const toStatus = statusAfter("REGISTER", fromStatus);
  letter.set({
    type,
    complex,
    status: toStatus,
    registeredAt: l.registeredAt ?? letter.now,
    replyDays: rule.replyDays,
  });
  letter.event(actor, {
    action: fromStatus === "RECEIVED" ? "REGISTERED" : "RECLASSIFIED",
    fromStatus,
    toStatus,
    note: `${TYPE_LABELS[type]}${complex ? "（复杂件）" : ""}`,
    data: { channel: l.channel, type, complex, departmentId: l.departmentId, replyDays: rule.replyDays },
  });
  letter.refreshDeadlines();
}

/** resolveAssignee: the department and one of its handlers. */
function assignee(letter: SeedLetter, department: string, handler: string) {
  const dept = letter.world.department(department);
  const person = letter.world.staff(handler);
  letter.allow(
    assigneeFits(dept.id, { id: person.id, roles: person.roles, departmentId: person.departmentId, disabled: false }),
  );
  return { dept, person };
}

export const HANDLING_STEPS: StepHandlers<
  "register" | "assign" | "reassign" | "acknowledge" | "pause" | "resume" | "extend"
> = {
  register(letter, step, actor) {
    letter.allow(canRegister(letter.rule(), actor));
    registerFields(letter, actor, step.type, step.complex);
    letter.audit(actor, "letters.register");
  },

  assign(letter, step, actor) {
    letter.allow(canAssign(letter.rule(), actor));
    const { dept, person } = assignee(letter, step.department, step.handler);
    const fromStatus = letter.status;
    const toStatus = statusAfter("ASSIGN", fromStatus);
    letter.set({ departmentId: dept.id, handlerId: person.id, status: toStatus });
    letter.event(actor, {
      action: "ASSIGNED",
      fromStatus,
      toStatus,
      note: `分办至${dept.name} ${person.displayName}`,
      data: { departmentId: dept.id, handlerId: person.id },
    });
    letter.audit(actor, "letters.assign", { departmentId: dept.id, handlerId: person.id });
  },

  reassign(letter, step, actor) {
    const reason = step.reason.trim();
    letter.allow(canReassign(letter.rule(), actor, { reason, withHandler: true }));
    const { dept, person } = assignee(letter, step.department, step.handler);
    const l = letter.letter;
    if (l.departmentId === dept.id && l.handlerId === person.id) throw letter.error("改派的科室和承办人与当前相同");
    const fromStatus = l.status;
    const toStatus = statusAfter("REASSIGN", fromStatus, { withHandler: true });
    const from = { departmentId: l.departmentId, handlerId: l.handlerId };
    letter.set({ departmentId: dept.id, handlerId: person.id, status: toStatus });
    letter.event(actor, {
      action: "REASSIGNED",
      fromStatus,
      toStatus,
      note: `改派至${dept.name} ${person.displayName}。原因：${reason}`,
      data: { from, to: { departmentId: dept.id, handlerId: person.id }, reason },
    });
    letter.audit(actor, "letters.reassign", { departmentId: dept.id, handlerId: person.id });
  },

  acknowledge(letter, step, actor) {
    letter.allow(canAcknowledge(letter.rule(), actor));
    letter.set({ acknowledgedAt: letter.now });
    letter.event(actor, {
      action: "ACKNOWLEDGED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: step.note?.trim() || DEFAULT_ACK_NOTE,
      public: true,
    });
    letter.audit(actor, "letters.acknowledge");
  },

  pause(letter, step, actor) {
    const note = step.note.trim();
    let inWindow: boolean;
    try {
      inWindow = withinCompletionWindow(letter.letter.receivedAt, letter.now, letter.world.calendar);
    } catch (error) {
      if (error instanceof CalendarYearNotCoveredError) throw letter.error(error.message);
      throw error;
    }
    letter.allow(
      canPause(letter.rule(), actor, step.kind, {
        previousKinds: letter.pauses.map((p) => p.kind),
        withinCompletionWindow: inWindow,
      }),
    );
    if (!note) throw letter.error("请填写告知申请人的内容");
    letter.pauses.push({
      id: seedId("letter-pause", letter.key, String(letter.pauses.length)),
      letterId: letter.letter.id,
      kind: step.kind,
      startedAt: letter.now,
      endedAt: null,
      note,
    });
    const fromStatus = letter.status;
    const toStatus = statusAfter("PAUSE", fromStatus);
    letter.set({ status: toStatus });
    letter.event(actor, {
      action: "PAUSED",
      fromStatus,
      toStatus,
      note: `${PAUSE_LABELS[step.kind]}：${note}`,
      public: true,
      data: { kind: step.kind },
    });
    letter.refreshDeadlines();
    letter.audit(actor, "letters.pause", { kind: step.kind });
  },

  resume(letter, step, actor) {
    letter.allow(canResume(letter.rule(), actor));
    for (const pause of letter.pauses) if (!pause.endedAt) pause.endedAt = letter.now;
    const fromStatus = letter.status;
    const toStatus = statusAfter("RESUME", fromStatus);
    letter.set({ status: toStatus });
    letter.event(actor, {
      action: "RESUMED",
      fromStatus,
      toStatus,
      note: step.note?.trim() || DEFAULT_RESUME_NOTE,
      public: true,
    });
    letter.refreshDeadlines();
    letter.audit(actor, "letters.resume");
  },

  extend(letter, step, actor) {
    const reason = step.reason.trim();
    const previous = letter.letter.replyDueAt;
    letter.allow(canExtend(letter.rule(), actor, { days: step.days, reason, replyDueAt: previous, now: letter.now }));
    letter.set({ extensionDays: step.days });
    letter.event(actor, {
      action: "EXTENDED",
      fromStatus: letter.status,
      toStatus: letter.status,
      note: `答复期限延长 ${step.days} 个工作日。理由：${reason}`,
      public: true,
      data: { days: step.days, reason, previousReplyDueAt: previous?.toISOString() ?? null },
    });
    letter.refreshDeadlines();
    letter.audit(actor, "letters.extend", { days: step.days });
  },
};

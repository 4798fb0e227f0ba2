import type { graphql } from "../../../lib/graphql";

/**
 * Which steps on a letter the viewer may take, mirroring the server's rules in
 * server/src/modules/letters/letters.rules.ts. The page only shows buttons from this: the server
 * decides, and its refusal (in Chinese) is shown when the two disagree. The server's own hint,
 * `Letter.availableActions`, knows what the client cannot (the working-day calendar, e.g.
 * whether 补正 is still within 7 working days), so it may hide a button the rules here allow.
 */

export type LetterAction = ReturnType<typeof graphql.scalar<"LetterAction">>;
export type LetterStatus = ReturnType<typeof graphql.scalar<"LetterStatus">>;
export type LetterType = ReturnType<typeof graphql.scalar<"LetterType">>;
export type LetterPauseKind = ReturnType<typeof graphql.scalar<"LetterPauseKind">>;

export interface LetterViewer {
  id: string;
  roles: readonly string[];
  departmentId: string | null;
}

export interface ActionLetter {
  status: LetterStatus;
  type: LetterType;
  complex: boolean;
  departmentId: string | null;
  handlerId: string | null;
  acknowledgedAt: string | null;
  replyDraft: string | null;
  replyDraftedById: string | null;
  replyApprovedById: string | null;
  extensionDays: number;
  /** Reply due (ISO); null while the clock is paused. */
  replyDueAt: string | null;
  /** Kinds of the pauses the letter had (open or ended). */
  pauseKinds: readonly LetterPauseKind[];
}

/**
 * Why a step cannot happen. `role` and `status`: not the viewer's step, or not now — a page says
 * nothing about those. `condition`: the viewer's step at the right time, held back by something
 * they can act on or should know (complex letter not acknowledged, their own draft) — worth saying.
 */
export type Verdict = { ok: true } | { ok: false; kind: "role" | "status" | "condition"; message: string };

const OK: Verdict = { ok: true };
const no = (kind: "role" | "status" | "condition", message: string): Verdict => ({ ok: false, kind, message });

/** Every step, in the order the work happens (the order buttons are shown in). */
export const LETTER_ACTIONS: readonly LetterAction[] = [
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
];

/** The statuses each step may start from (the server's ALLOWED_FROM). */
export const ALLOWED_FROM: Record<LetterAction, readonly LetterStatus[]> = {
  REGISTER: ["RECEIVED", "REGISTERED"],
  ASSIGN: ["REGISTERED"],
  REASSIGN: ["REGISTERED", "ASSIGNED", "PAUSED"],
  ACKNOWLEDGE: ["ASSIGNED", "PAUSED"],
  PAUSE: ["ASSIGNED"],
  RESUME: ["PAUSED"],
  EXTEND: ["ASSIGNED", "PAUSED", "REPLY_IN_REVIEW"],
  DRAFT_REPLY: ["ASSIGNED", "PAUSED"],
  SUBMIT_REPLY: ["ASSIGNED"],
  APPROVE_REPLY: ["REPLY_IN_REVIEW"],
  RETURN_REPLY: ["REPLY_IN_REVIEW"],
  SEND_REPLY: ["REPLY_IN_REVIEW"],
  CLOSE: ["REPLIED"],
};

/** 依申请公开: extension once, by up to 20 working days. */
export const MAX_EXTENSION_DAYS = 20;

const OPEN_STATUSES: readonly LetterStatus[] = ["RECEIVED", "REGISTERED", "ASSIGNED", "PAUSED", "REPLY_IN_REVIEW"];
export const isOpenStatus = (status: LetterStatus) => OPEN_STATUSES.includes(status);

const has = (viewer: LetterViewer, ...roles: string[]) => viewer.roles.some((role) => roles.includes(role));

/** The 科室负责领导 of the letter's own department. */
export function isHeadOfLetterDepartment(letter: Pick<ActionLetter, "departmentId">, viewer: LetterViewer): boolean {
  return has(viewer, "DEPT_HEAD") && letter.departmentId !== null && viewer.departmentId === letter.departmentId;
}

export const isAssignedHandler = (letter: Pick<ActionLetter, "handlerId">, viewer: LetterViewer) =>
  letter.handlerId !== null && letter.handlerId === viewer.id;

/** Full personal data: the assigned handler, the head of the letter's department, admins. */
export function maySeePersonalData(letter: Pick<ActionLetter, "handlerId" | "departmentId">, viewer: LetterViewer) {
  return has(viewer, "ADMIN") || isAssignedHandler(letter, viewer) || isHeadOfLetterDepartment(letter, viewer);
}

function whoMay(action: LetterAction, letter: ActionLetter, viewer: LetterViewer): Verdict {
  switch (action) {
    case "REGISTER":
    case "ASSIGN":
    case "REASSIGN":
      return has(viewer, "HANDLER", "ADMIN") ? OK : no("role", "需要承办或管理员角色");
    case "ACKNOWLEDGE":
    case "PAUSE":
    case "RESUME":
    case "DRAFT_REPLY":
    case "SUBMIT_REPLY":
    case "SEND_REPLY":
      return isAssignedHandler(letter, viewer) ? OK : no("role", "只有本件的承办人可以办理");
    case "EXTEND":
    case "APPROVE_REPLY":
    case "RETURN_REPLY":
      return isHeadOfLetterDepartment(letter, viewer) ? OK : no("role", "只有承办科室的科室负责领导可以办理");
    case "CLOSE":
      return isAssignedHandler(letter, viewer) || isHeadOfLetterDepartment(letter, viewer) || has(viewer, "ADMIN")
        ? OK
        : no("role", "只有承办人、承办科室的科室负责领导或管理员可以办结");
  }
}

function conditions(action: LetterAction, letter: ActionLetter, viewer: LetterViewer, now: Date): Verdict {
  switch (action) {
    case "ACKNOWLEDGE":
      return letter.acknowledgedAt ? no("status", "已告知来信人收到来信，无须重复告知") : OK;
    case "PAUSE":
      if (letter.type !== "DISCLOSURE_REQUEST") return no("status", "只有依申请公开的申请可以中止计时");
      return pauseKindsLeft(letter).length > 0 ? OK : no("condition", "本申请不能再中止计时");
    case "EXTEND":
      if (letter.type !== "DISCLOSURE_REQUEST") return no("status", "只有依申请公开的申请可以延期答复");
      if (letter.extensionDays > 0) return no("status", "依申请公开的答复期限只能延长一次，本申请已经延期");
      if (letter.replyDueAt && now.getTime() > new Date(letter.replyDueAt).getTime()) {
        return no("condition", "答复期限已届满，不能再批准延期");
      }
      return OK;
    case "SUBMIT_REPLY":
      if (!letter.replyDraft?.trim()) return no("condition", "请先起草答复内容");
      if (letter.complex && !letter.acknowledgedAt) {
        return no("condition", "复杂件须先告知来信人已收到来信（已告知），再提交答复；告知不算作答复");
      }
      return OK;
    case "APPROVE_REPLY":
      if (letter.replyDraftedById === viewer.id) return no("condition", "不能审批自己起草的答复");
      return letter.replyApprovedById ? no("status", "答复已审批通过，等待承办人发送") : OK;
    case "RETURN_REPLY":
      return letter.replyDraftedById === viewer.id ? no("condition", "不能审批自己起草的答复") : OK;
    case "SEND_REPLY":
      return letter.replyApprovedById ? OK : no("status", "答复尚未经科室负责领导审批，不能发送");
    default:
      return OK;
  }
}

/** Whether the viewer may take the step now, and if not, why (role first, then status, then the rest). */
export function letterActionVerdict(
  action: LetterAction,
  letter: ActionLetter,
  viewer: LetterViewer,
  now: Date,
): Verdict {
  const role = whoMay(action, letter, viewer);
  if (!role.ok) return role;
  if (!ALLOWED_FROM[action].includes(letter.status)) return no("status", "当前状态不能办理");
  return conditions(action, letter, viewer, now);
}

/** 补正 at most once; a third party may be consulted more than once. */
export function pauseKindsLeft(letter: Pick<ActionLetter, "pauseKinds">): LetterPauseKind[] {
  const kinds: LetterPauseKind[] = ["AWAITING_COMPLETION", "AWAITING_THIRD_PARTY"];
  return kinds.filter((kind) => kind !== "AWAITING_COMPLETION" || !letter.pauseKinds.includes(kind));
}

export interface LetterActionPlan {
  /** The buttons to show, in working order. */
  allowed: LetterAction[];
  /** The viewer's steps held back now, with why (e.g. 复杂件 not acknowledged yet). */
  blocked: Array<{ action: LetterAction; message: string }>;
}

/**
 * The steps for the page. `serverHint` is the letter's `availableActions`: when known, a step
 * it leaves out is not offered (the server knows the calendar), but it never adds one.
 */
export function planLetterActions(
  letter: ActionLetter,
  viewer: LetterViewer,
  now: Date,
  serverHint?: readonly LetterAction[] | null,
): LetterActionPlan {
  const plan: LetterActionPlan = { allowed: [], blocked: [] };
  for (const action of LETTER_ACTIONS) {
    const verdict = letterActionVerdict(action, letter, viewer, now);
    if (verdict.ok) {
      if (!serverHint || serverHint.includes(action)) plan.allowed.push(action);
    } else if (verdict.kind === "condition") {
      plan.blocked.push({ action, message: verdict.message });
    }
  }
  return plan;
}

/** 登记外部来信 and 导入: HANDLER or ADMIN (the server's canImport). */
export function canRegisterLetters(viewer: Pick<LetterViewer, "roles">): boolean {
  return viewer.roles.includes("HANDLER") || viewer.roles.includes("ADMIN");
}

/**
 * 公开 (来信选登) is another screen (letters/moderation): a replied letter whose writer agreed, for
 * MAINTAINER or ADMIN. The letter page links to it; that screen and the server check the rest.
 */
export function mayOpenPublication(
  letter: Pick<ActionLetter, "status"> & { mayPublish: boolean },
  viewer: Pick<LetterViewer, "roles">,
): boolean {
  const publisher = viewer.roles.includes("MAINTAINER") || viewer.roles.includes("ADMIN");
  return publisher && letter.mayPublish && (letter.status === "REPLIED" || letter.status === "CLOSED");
}

// The letters lifecycle as pure rules: given a letter, an actor and the facts the service read,
// may the action happen, and if not, why (in words the staff member understands). The services
// apply these inside a transaction that holds the letter's row; nothing here touches the database.
import type { LetterPauseKind, LetterStatus, LetterType, Role } from "../../generated/prisma/enums.js";
import { ROLE_LABELS } from "../accounts/roles.js";

export interface RuleLetter {
  status: LetterStatus;
  type: LetterType;
  complex: boolean;
  departmentId: string | null;
  handlerId: string | null;
  acknowledgedAt: Date | null;
  replyDraft: string | null;
  replyDraftedById: string | null;
  replyApprovedById: string | null;
  extensionDays: number;
}

export interface LetterActor {
  id: string;
  roles: readonly Role[];
  departmentId: string | null;
}

export type Verdict = { ok: true } | { ok: false; message: string; field?: string };
const OK: Verdict = { ok: true };
const refuse = (message: string, field?: string): Verdict =>
  field ? { ok: false, message, field } : { ok: false, message };

export const STATUS_LABELS: Record<LetterStatus, string> = {
  RECEIVED: "待登记",
  REGISTERED: "已登记",
  ASSIGNED: "办理中",
  PAUSED: "中止计时",
  REPLY_IN_REVIEW: "答复待审核",
  REPLIED: "已答复",
  CLOSED: "已办结",
};

export const TYPE_LABELS: Record<LetterType, string> = {
  CONSULTATION: "咨询",
  OPINION: "意见",
  SUGGESTION: "建议",
  COMPLAINT: "投诉",
  DISCLOSURE_REQUEST: "依申请公开",
};

export const PAUSE_LABELS: Record<LetterPauseKind, string> = {
  AWAITING_COMPLETION: "补正",
  AWAITING_THIRD_PARTY: "征求第三方意见",
};

/** Letters still being worked on: their clocks run and they count as open on the dashboard. */
export const OPEN_STATUSES: readonly LetterStatus[] = [
  "RECEIVED",
  "REGISTERED",
  "ASSIGNED",
  "PAUSED",
  "REPLY_IN_REVIEW",
];
export const isOpen = (status: LetterStatus) => OPEN_STATUSES.includes(status);

/** 依申请公开: extension at most once, by up to 20 working days (政府信息公开条例 第三十三条). */
export const MAX_EXTENSION_DAYS = 20;
/** 补正 must be asked for within 7 working days of receipt (第三十条). */
export const COMPLETION_REQUEST_WINDOW_DAYS = 7;

/** Every staff action on a letter, and the status it leaves the letter in. */
export type LetterAction =
  | "REGISTER"
  | "ASSIGN"
  | "REASSIGN"
  | "ACKNOWLEDGE"
  | "PAUSE"
  | "RESUME"
  | "EXTEND"
  | "DRAFT_REPLY"
  | "SUBMIT_REPLY"
  | "APPROVE_REPLY"
  | "RETURN_REPLY"
  | "SEND_REPLY"
  | "CLOSE";

export const ACTION_LABELS: Record<LetterAction, string> = {
  REGISTER: "登记",
  ASSIGN: "分办",
  REASSIGN: "改派",
  ACKNOWLEDGE: "告知已收到",
  PAUSE: "中止计时",
  RESUME: "恢复计时",
  EXTEND: "延期答复",
  DRAFT_REPLY: "起草答复",
  SUBMIT_REPLY: "提交答复审核",
  APPROVE_REPLY: "审批答复",
  RETURN_REPLY: "退回答复",
  SEND_REPLY: "发送答复",
  CLOSE: "办结",
};

/** The statuses each action may start from. */
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

/**
 * The status after an action. Reassigning a registered letter to a handler assigns it; every
 * other action that does not name a new status leaves it where it was.
 */
export function statusAfter(
  action: LetterAction,
  from: LetterStatus,
  opts: { withHandler?: boolean } = {},
): LetterStatus {
  switch (action) {
    case "REGISTER":
      return "REGISTERED";
    case "ASSIGN":
      return "ASSIGNED";
    case "REASSIGN":
      return from === "REGISTERED" && opts.withHandler ? "ASSIGNED" : from;
    case "PAUSE":
      return "PAUSED";
    case "RESUME":
      return "ASSIGNED";
    case "SUBMIT_REPLY":
      return "REPLY_IN_REVIEW";
    case "RETURN_REPLY":
      return "ASSIGNED";
    case "SEND_REPLY":
      return "REPLIED";
    case "CLOSE":
      return "CLOSED";
    default:
      return from;
  }
}

function inStatus(letter: RuleLetter, action: LetterAction): Verdict {
  if (ALLOWED_FROM[action].includes(letter.status)) return OK;
  return refuse(
    `来信当前状态为“${STATUS_LABELS[letter.status]}”，不能${ACTION_LABELS[action]}${statusHint(letter, action)}`,
  );
}

/** A pointer to what has to happen first, where one helps. */
function statusHint(letter: RuleLetter, action: LetterAction): string {
  if (letter.status === "RECEIVED" && action !== "REGISTER") return "，请先登记";
  if (letter.status === "REGISTERED" && action !== "ASSIGN") return "，请先分办";
  if (letter.status === "PAUSED" && action === "SUBMIT_REPLY") return "，请先恢复计时";
  if (letter.status === "REPLY_IN_REVIEW" && (action === "REASSIGN" || action === "DRAFT_REPLY")) {
    return "，答复正在审核中，请等待审批或退回";
  }
  return "";
}

const has = (actor: LetterActor, ...roles: Role[]) => actor.roles.some((r) => roles.includes(r));

function registrar(actor: LetterActor, action: LetterAction): Verdict {
  return has(actor, "HANDLER", "ADMIN")
    ? OK
    : refuse(`${ACTION_LABELS[action]}需要${ROLE_LABELS.HANDLER}或${ROLE_LABELS.ADMIN}`);
}

function assignedHandler(letter: RuleLetter, actor: LetterActor, action: LetterAction): Verdict {
  if (letter.handlerId !== null && letter.handlerId === actor.id) return OK;
  return refuse(`只有本件的承办人可以${ACTION_LABELS[action]}`);
}

/** The department head (科室负责领导) of the letter's own department. */
export function isHeadOfLetterDepartment(letter: Pick<RuleLetter, "departmentId">, actor: LetterActor): boolean {
  return has(actor, "DEPT_HEAD") && letter.departmentId !== null && actor.departmentId === letter.departmentId;
}

function departmentHead(letter: RuleLetter, actor: LetterActor, action: LetterAction): Verdict {
  if (!has(actor, "DEPT_HEAD")) return refuse(`${ACTION_LABELS[action]}需要${ROLE_LABELS.DEPT_HEAD}`);
  if (!isHeadOfLetterDepartment(letter, actor)) {
    return refuse(`只有承办科室的${ROLE_LABELS.DEPT_HEAD}可以${ACTION_LABELS[action]}`);
  }
  return OK;
}

const all = (...verdicts: Array<() => Verdict>): Verdict => {
  for (const v of verdicts) {
    const result = v();
    if (!result.ok) return result;
  }
  return OK;
};

export function canRegister(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => registrar(actor, "REGISTER"),
    () => inStatus(letter, "REGISTER"),
  );
}

/** Registering letters from other channels, by hand or by import, is registration too. */
export function canImport(actor: LetterActor): Verdict {
  return has(actor, "HANDLER", "ADMIN")
    ? OK
    : refuse(`登记外部渠道来信需要${ROLE_LABELS.HANDLER}或${ROLE_LABELS.ADMIN}`);
}

/** Who a letter may go to: the service reads the candidate handler's account. */
export interface Assignee {
  id: string;
  roles: readonly Role[];
  departmentId: string | null;
  disabled: boolean;
}

export function assigneeFits(departmentId: string, handler: Assignee): Verdict {
  if (handler.disabled) return refuse("该承办人的账号已停用", "handlerId");
  if (!handler.roles.includes("HANDLER")) return refuse(`所选人员不是${ROLE_LABELS.HANDLER}`, "handlerId");
  if (handler.departmentId !== departmentId) return refuse("所选承办人不属于该科室", "handlerId");
  return OK;
}

export function canAssign(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => registrar(actor, "ASSIGN"),
    () => inStatus(letter, "ASSIGN"),
  );
}

export function canReassign(
  letter: RuleLetter,
  actor: LetterActor,
  input: { reason: string; withHandler: boolean },
): Verdict {
  return all(
    () => registrar(actor, "REASSIGN"),
    () => inStatus(letter, "REASSIGN"),
    () => (input.reason.trim() ? OK : refuse("改派须填写原因", "reason")),
    () =>
      letter.status !== "REGISTERED" && !input.withHandler
        ? refuse("办理中的来信改派时须指定新的承办人", "handlerId")
        : OK,
  );
}

export function canAcknowledge(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => assignedHandler(letter, actor, "ACKNOWLEDGE"),
    () => inStatus(letter, "ACKNOWLEDGE"),
    () => (letter.acknowledgedAt ? refuse("已告知来信人收到来信，无须重复告知") : OK),
  );
}

export interface PauseFacts {
  /** Kinds of pauses the letter already had (open or ended). */
  previousKinds: readonly LetterPauseKind[];
  /** Whether today is still within 7 working days of receipt (for 补正). */
  withinCompletionWindow: boolean;
}

export function canPause(letter: RuleLetter, actor: LetterActor, kind: LetterPauseKind, facts: PauseFacts): Verdict {
  return all(
    () => assignedHandler(letter, actor, "PAUSE"),
    () =>
      letter.type === "DISCLOSURE_REQUEST"
        ? OK
        : refuse("只有依申请公开的申请可以中止计时（补正或征求第三方意见）", "kind"),
    () => inStatus(letter, "PAUSE"),
    () => {
      if (kind !== "AWAITING_COMPLETION") return OK;
      if (facts.previousKinds.includes("AWAITING_COMPLETION")) {
        return refuse("补正应一次性告知申请人，本申请已经补正过一次", "kind");
      }
      if (!facts.withinCompletionWindow) {
        return refuse(
          `补正须在收到申请之日起 ${COMPLETION_REQUEST_WINDOW_DAYS} 个工作日内提出，已超过期限，不能再中止计时`,
          "kind",
        );
      }
      return OK;
    },
  );
}

export function canResume(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => assignedHandler(letter, actor, "RESUME"),
    () => inStatus(letter, "RESUME"),
  );
}

export interface ExtensionFacts {
  days: number;
  reason: string;
  /** The reply deadline now, null while paused. */
  replyDueAt: Date | null;
  now: Date;
}

export function canExtend(letter: RuleLetter, actor: LetterActor, facts: ExtensionFacts): Verdict {
  return all(
    () => departmentHead(letter, actor, "EXTEND"),
    () => (letter.type === "DISCLOSURE_REQUEST" ? OK : refuse("只有依申请公开的申请可以延期答复")),
    () => inStatus(letter, "EXTEND"),
    () => (letter.extensionDays > 0 ? refuse("依申请公开的答复期限只能延长一次，本申请已经延期") : OK),
    () =>
      Number.isInteger(facts.days) && facts.days >= 1 && facts.days <= MAX_EXTENSION_DAYS
        ? OK
        : refuse(`延长期限须为 1 至 ${MAX_EXTENSION_DAYS} 个工作日`, "days"),
    () => (facts.reason.trim() ? OK : refuse("延期须填写理由", "reason")),
    () =>
      facts.replyDueAt && facts.now.getTime() > facts.replyDueAt.getTime()
        ? refuse("答复期限已届满，不能再批准延期")
        : OK,
  );
}

export function canDraftReply(letter: RuleLetter, actor: LetterActor, text: string): Verdict {
  return all(
    () => assignedHandler(letter, actor, "DRAFT_REPLY"),
    () => inStatus(letter, "DRAFT_REPLY"),
    () => (text.trim() ? OK : refuse("答复内容不能为空", "text")),
  );
}

export function canSubmitReply(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => assignedHandler(letter, actor, "SUBMIT_REPLY"),
    () => inStatus(letter, "SUBMIT_REPLY"),
    () => (letter.replyDraft?.trim() ? OK : refuse("请先起草答复内容", "text")),
    () =>
      letter.complex && !letter.acknowledgedAt
        ? refuse("复杂件须先告知来信人已收到来信（已告知），再提交答复；告知不算作答复")
        : OK,
  );
}

/** Nobody approves, or sends back, a reply they drafted themselves. */
function notTheDrafter(letter: RuleLetter, actor: LetterActor): Verdict {
  return letter.replyDraftedById === actor.id ? refuse("不能审批自己起草的答复") : OK;
}

export function canApproveReply(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => departmentHead(letter, actor, "APPROVE_REPLY"),
    () => inStatus(letter, "APPROVE_REPLY"),
    () => notTheDrafter(letter, actor),
    () => (letter.replyApprovedById ? refuse("答复已审批通过，等待承办人发送") : OK),
  );
}

export function canReturnReply(letter: RuleLetter, actor: LetterActor, opinion: string): Verdict {
  return all(
    () => departmentHead(letter, actor, "RETURN_REPLY"),
    () => inStatus(letter, "RETURN_REPLY"),
    () => notTheDrafter(letter, actor),
    () => (opinion.trim() ? OK : refuse("退回时须填写审核意见，告诉承办人需要修改什么", "opinion")),
  );
}

export function canSendReply(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () => assignedHandler(letter, actor, "SEND_REPLY"),
    () => inStatus(letter, "SEND_REPLY"),
    () => (letter.replyApprovedById ? OK : refuse(`答复尚未经${ROLE_LABELS.DEPT_HEAD}审批，不能发送`)),
  );
}

/** Closing a replied letter the writer has not rated: its handler, their head, or an admin. */
export function canClose(letter: RuleLetter, actor: LetterActor): Verdict {
  return all(
    () =>
      letter.handlerId === actor.id || isHeadOfLetterDepartment(letter, actor) || has(actor, "ADMIN")
        ? OK
        : refuse(`只有承办人、承办科室的${ROLE_LABELS.DEPT_HEAD}或${ROLE_LABELS.ADMIN}可以办结`),
    () => inStatus(letter, "CLOSE"),
  );
}

/**
 * Full personal data (name, phone, email, request details): the assigned handler, the head of
 * the letter's department and admins. Everyone else sees it masked.
 */
export function maySeePersonalData(
  letter: Pick<RuleLetter, "handlerId" | "departmentId">,
  actor: LetterActor,
): boolean {
  return has(actor, "ADMIN") || letter.handlerId === actor.id || isHeadOfLetterDepartment(letter, actor);
}

export interface ActionFacts {
  now: Date;
  previousPauseKinds: readonly LetterPauseKind[];
  withinCompletionWindow: boolean;
}

/**
 * The actions the actor could take now, for the buttons a screen shows. Inputs the user has not
 * typed yet (reason, opinion, text) are taken as given; the service checks them when they are.
 */
export function availableActions(
  letter: RuleLetter & { replyDueAt: Date | null },
  actor: LetterActor,
  facts: ActionFacts,
): LetterAction[] {
  const typed = "…";
  const pauseFacts = { previousKinds: facts.previousPauseKinds, withinCompletionWindow: facts.withinCompletionWindow };
  const checks: Record<LetterAction, () => Verdict> = {
    REGISTER: () => canRegister(letter, actor),
    ASSIGN: () => canAssign(letter, actor),
    REASSIGN: () => canReassign(letter, actor, { reason: typed, withHandler: true }),
    ACKNOWLEDGE: () => canAcknowledge(letter, actor),
    PAUSE: () => {
      const completion = canPause(letter, actor, "AWAITING_COMPLETION", pauseFacts);
      return completion.ok ? completion : canPause(letter, actor, "AWAITING_THIRD_PARTY", pauseFacts);
    },
    RESUME: () => canResume(letter, actor),
    EXTEND: () => canExtend(letter, actor, { days: 1, reason: typed, replyDueAt: letter.replyDueAt, now: facts.now }),
    DRAFT_REPLY: () => canDraftReply(letter, actor, typed),
    SUBMIT_REPLY: () => canSubmitReply(letter, actor),
    APPROVE_REPLY: () => canApproveReply(letter, actor),
    RETURN_REPLY: () => canReturnReply(letter, actor, typed),
    SEND_REPLY: () => canSendReply(letter, actor),
    CLOSE: () => canClose(letter, actor),
  };
  return (Object.keys(checks) as LetterAction[]).filter((action) => checks[action]().ok);
}

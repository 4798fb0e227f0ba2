// The review workflow as pure rules: given an item, the registration-form records of its open
// draft and an actor, what may happen next and why not. The service applies these; nothing here
// touches the database, so every rule is unit-tested directly.
import type { ContentKind, DraftStage, ReviewDecision, ReviewStep, Role } from "../../generated/prisma/enums.js";
import { ROLE_LABELS } from "../accounts/roles.js";
import type { IsoDate } from "../calendar/shanghai-day.js";
import { dayLabel } from "../operations/duty-day.js";

export interface WorkflowItem {
  kind: ContentKind;
  important: boolean;
  authorId: string | null;
  draftStage: DraftStage | null;
  /** Who saved the open draft's current revision (the last editor). */
  draftEditorId: string | null;
  draftRevisionId: string | null;
}

export interface StepRecord {
  step: ReviewStep;
  decision: ReviewDecision;
  revisionId: string | null;
}

export interface Actor {
  id: string;
  roles: readonly Role[];
}

/** The four sign-offs of 信息发布审核, in the order the department head and leader expect them. */
export type SignOff = "PUBLICATION_REVIEW" | "CONFIDENTIALITY_REVIEW" | "DEPT_APPROVAL" | "LEADER_APPROVAL";

export const SIGN_OFF_ROLE: Record<SignOff, Role> = {
  PUBLICATION_REVIEW: "CHECKER",
  CONFIDENTIALITY_REVIEW: "CHECKER",
  DEPT_APPROVAL: "DEPT_HEAD",
  LEADER_APPROVAL: "LEADER",
};

const SIGN_OFF_LABEL: Record<SignOff, string> = {
  PUBLICATION_REVIEW: "信息发布审核",
  CONFIDENTIALITY_REVIEW: "保密审查",
  DEPT_APPROVAL: "科室负责领导审批",
  LEADER_APPROVAL: "分管局领导审批",
};

/** 保密审查 checklist: every box must be ticked for the review to pass. */
export const CONFIDENTIALITY_CHECKLIST = {
  noStateSecrets: "不涉及国家秘密",
  noPersonalData: "不含个人隐私信息",
  noInternalOnly: "不含内部工作信息",
} as const;
export type ConfidentialityChecklist = Record<keyof typeof CONFIDENTIALITY_CHECKLIST, boolean>;

export type Verdict = { ok: true } | { ok: false; message: string };
const refuse = (message: string): Verdict => ({ ok: false, message });
const OK: Verdict = { ok: true };

/** The sign-offs an item needs: leader approval only for items flagged important. */
export function requiredSignOffs(item: Pick<WorkflowItem, "important">): SignOff[] {
  const steps: SignOff[] = ["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL"];
  return item.important ? [...steps, "LEADER_APPROVAL"] : steps;
}

/** Sign-offs already given to the open draft revision since it was submitted. */
export function completedSignOffs(records: readonly StepRecord[], revisionId: string | null): Set<SignOff> {
  const done = new Set<SignOff>();
  for (const r of records) {
    if (r.revisionId !== revisionId) continue;
    // A rejection or a new submission starts the round again.
    if (r.step === "SUBMIT" || r.decision === "REJECTED") done.clear();
    else if (r.decision === "APPROVED" && r.step in SIGN_OFF_ROLE) done.add(r.step as SignOff);
  }
  return done;
}

/** What is still missing before the draft is APPROVED, in order. */
export function pendingSignOffs(item: WorkflowItem, records: readonly StepRecord[]): SignOff[] {
  const done = completedSignOffs(records, item.draftRevisionId);
  return requiredSignOffs(item).filter((s) => !done.has(s));
}

const hasRole = (actor: Actor, role: Role) => actor.roles.includes(role);

export function canEdit(item: WorkflowItem, actor: Actor): Verdict {
  if (!hasRole(actor, "EDITOR")) return refuse(`只有${ROLE_LABELS.EDITOR}可以编辑稿件`);
  if (item.draftStage === "IN_REVIEW") return refuse("稿件正在审核中，退回后才能修改");
  if (item.draftStage === "APPROVED") return refuse("稿件已审批通过，如需修改请先撤回审批（退回修改）");
  return OK;
}

export function canSubmit(item: WorkflowItem, actor: Actor): Verdict {
  if (!hasRole(actor, "EDITOR")) return refuse(`只有${ROLE_LABELS.EDITOR}可以提交审核`);
  if (item.draftStage !== "DRAFT" || !item.draftRevisionId) return refuse("没有待提交的草稿");
  return OK;
}

/** The second pair of eyes: nobody signs off an item they wrote or last edited. */
function secondPairOfEyes(item: WorkflowItem, actor: Actor): Verdict {
  if (item.authorId === actor.id || item.draftEditorId === actor.id) {
    return refuse("不能审核或审批自己撰写或最后修改的稿件");
  }
  return OK;
}

export function canSignOff(item: WorkflowItem, records: readonly StepRecord[], step: SignOff, actor: Actor): Verdict {
  const role = SIGN_OFF_ROLE[step];
  if (!hasRole(actor, role)) return refuse(`${SIGN_OFF_LABEL[step]}需要${ROLE_LABELS[role]}`);
  if (item.draftStage !== "IN_REVIEW") return refuse("稿件不在审核中");
  const eyes = secondPairOfEyes(item, actor);
  if (!eyes.ok) return eyes;
  const pending = pendingSignOffs(item, records);
  if (!pending.includes(step)) {
    return requiredSignOffs(item).includes(step)
      ? refuse(`${SIGN_OFF_LABEL[step]}已完成`)
      : refuse(`此稿件不需要${SIGN_OFF_LABEL[step]}`);
  }
  // Reviews (either order) come before the department head, who comes before the leader.
  const before = requiredSignOffs(item).slice(0, requiredSignOffs(item).indexOf(step));
  const missing = before.filter((s) => pending.includes(s) && !(isReview(s) && isReview(step)));
  if (missing.length) return refuse(`请先完成${missing.map((s) => SIGN_OFF_LABEL[s]).join("、")}`);
  return OK;
}

const isReview = (s: SignOff) => s === "PUBLICATION_REVIEW" || s === "CONFIDENTIALITY_REVIEW";

export function checklistComplete(checklist: Partial<ConfidentialityChecklist>): Verdict {
  const missing = (Object.keys(CONFIDENTIALITY_CHECKLIST) as Array<keyof ConfidentialityChecklist>).filter(
    (k) => checklist[k] !== true,
  );
  return missing.length
    ? refuse(`保密审查未通过以下检查项：${missing.map((k) => CONFIDENTIALITY_CHECKLIST[k]).join("、")}`)
    : OK;
}

/** Who may put an approved draft online (now or at a time) and cancel a scheduled publication. */
export function canPublish(item: WorkflowItem, actor: Actor): Verdict {
  if (!hasRole(actor, "EDITOR") && !hasRole(actor, "MAINTAINER")) {
    return refuse(`发布需要${ROLE_LABELS.EDITOR}或${ROLE_LABELS.MAINTAINER}`);
  }
  if (item.draftStage !== "APPROVED") return refuse("稿件尚未审批通过，不能发布");
  return OK;
}

export function canWithdraw(actor: Actor): Verdict {
  return hasRole(actor, "DEPT_HEAD") || hasRole(actor, "LEADER") || hasRole(actor, "MAINTAINER")
    ? OK
    : refuse(`撤下信息需要${ROLE_LABELS.DEPT_HEAD}、${ROLE_LABELS.LEADER}或${ROLE_LABELS.MAINTAINER}`);
}

/** The duty roster of the day an emergency publication is asked for (the service reads it). */
export interface DutyToday {
  /** The Asia/Shanghai calendar day of the clock's now, "2026-03-02". */
  day: IsoDate;
  /** Who is on duty that day. */
  onDuty: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * Emergency publication (值班紧急发布): a maintainer or leader who is on the duty roster today.
 * Both, not either: the roster also lists staff on duty for other work (inspection, letters),
 * and an editor on duty must still not publish their own drafts without a second pair of eyes.
 */
export function canEmergencyPublish(item: WorkflowItem, actor: Actor, duty: DutyToday): Verdict {
  if (!hasRole(actor, "MAINTAINER") && !hasRole(actor, "LEADER")) {
    return refuse(`紧急发布需要值班的${ROLE_LABELS.MAINTAINER}或${ROLE_LABELS.LEADER}`);
  }
  if (!duty.onDuty.some((p) => p.id === actor.id)) {
    const who = duty.onDuty.length
      ? `今天值班的是：${duty.onDuty.map((p) => p.name).join("、")}`
      : "今天没有安排值班人员，请联系网站维护或管理员安排";
    return refuse(`您今天（${dayLabel(duty.day)}）不在值班表上，不能紧急发布。${who}。`);
  }
  if (!item.draftRevisionId) return refuse("没有可发布的草稿");
  return OK;
}

export function canApproveEmergency(publisherId: string | null, actor: Actor): Verdict {
  if (!hasRole(actor, "DEPT_HEAD") && !hasRole(actor, "LEADER")) {
    return refuse(`补充审批需要${ROLE_LABELS.DEPT_HEAD}或${ROLE_LABELS.LEADER}`);
  }
  if (publisherId === actor.id) return refuse("紧急发布须由他人补充审批");
  return OK;
}

/** Who confirms timeliness (信息时效确认) or marks an item expired. */
export function canConfirmTimeliness(actor: Actor): Verdict {
  return hasRole(actor, "EDITOR") || hasRole(actor, "DEPT_HEAD") || hasRole(actor, "MAINTAINER")
    ? OK
    : refuse(`时效确认需要${ROLE_LABELS.EDITOR}、${ROLE_LABELS.DEPT_HEAD}或${ROLE_LABELS.MAINTAINER}`);
}

/** Default time before staff must re-confirm an item, by kind (信息时效确认单). */
export const REVIEW_AFTER_DAYS: Record<ContentKind, number> = {
  NEWS: 365,
  NOTICE: 180,
  PUBLICITY: 60,
  EXHIBITION: 365,
  DISCLOSURE: 180,
  TOPIC_PAGE: 365,
  INTERVIEW: 365,
  // Permits change and guides must match the current rules: both are re-confirmed half-yearly.
  PROJECT: 180,
  GUIDE: 180,
};

const DAY = 86_400_000;

/**
 * When staff must next confirm an item: planning publicity 30 days after its comment window
 * closes; everything else the kind's period after publication.
 */
export function reviewByFor(kind: ContentKind, publishedAt: Date, commentClosesAt: Date | null): Date {
  if (kind === "PUBLICITY" && commentClosesAt) return new Date(commentClosesAt.getTime() + 30 * DAY);
  return new Date(publishedAt.getTime() + REVIEW_AFTER_DAYS[kind] * DAY);
}

/** Days after which a timeliness warning is raised before reviewBy. */
export const TIMELINESS_WARNING_DAYS = 7;

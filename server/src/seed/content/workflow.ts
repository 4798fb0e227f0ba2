// The publishing rules the demo data follows: who signs which step of the registration form
// (信息发布审核登记表), with what opinion, and when an item is due for its timeliness check.
import { DAY } from "../../clock.js";
import type { ReviewDecision, ReviewStep } from "../../generated/prisma/enums.js";
import { shanghaiDay, startOfShanghaiDay } from "../../modules/calendar/shanghai-day.js";
import type { Rng } from "../rng.js";
import type { ItemSpec } from "./spec.js";

export { reviewByFor } from "../../modules/publishing/workflow.js";

export interface Actor {
  id: string;
  name: string;
  /** Roles the actor held, e.g. "EDITOR". */
  roles: string;
}
export type Actors = Record<"editor" | "checker" | "depthead" | "leader", Actor>;

export interface Step {
  step: ReviewStep;
  decision: ReviewDecision;
  actor: Actor;
  opinion: string | null;
  checklist?: typeof CONFIDENTIALITY_CHECKLIST;
}

export const CONFIDENTIALITY_CHECKLIST = { noStateSecrets: true, noPersonalData: true, noInternalOnly: true };

/** States in which the item has been published at some time (its live revision is kept). */
export const EVER_PUBLISHED: ReadonlySet<string> = new Set(["PUBLISHED", "WITHDRAWN", "EXPIRED"]);

/** Comment window of planning publicity: 城乡规划法 Art. 26 (30 days) and pre-approval (10 days). */
export const WINDOW_DAYS: Partial<Record<string, number>> = { PLAN_DRAFT: 30, PRE_APPROVAL: 10 };

/** 信息时效确认: when staff must next confirm a published item. */

/** After a timeliness confirmation, the next one is due in 180 days. */
export const CONFIRMED_FOR = 180 * DAY;

const OPINIONS = {
  SUBMIT: ["请审核。", "请审核发布。", "已按审核登记表要求填写，请审核。"],
  PUBLICATION_REVIEW: [
    "内容属实，表述规范，同意发布。",
    "经核对，数据与来源文件一致，同意发布。",
    "文字已校对，同意发布。",
    "信息来源清楚，内容准确，同意。",
  ],
  CONFIDENTIALITY_REVIEW: [
    "经审查，不涉及国家秘密、工作秘密和个人隐私，同意公开。",
    "已按保密审查要点逐项审查，可以公开。",
  ],
  DEPT_APPROVAL: ["同意。", "同意发布。", "同意，请按程序发布。"],
  LEADER_APPROVAL: ["同意发布。", "同意。此件为重要信息，请及时发布并报送市公开办。"],
} as const;

/** Submission and approvals, in order; the supervising leader signs important items too. */
export function approvals(spec: ItemSpec, a: Actors, r: Rng): Step[] {
  const step = (s: keyof typeof OPINIONS, decision: ReviewDecision, actor: Actor): Step => ({
    step: s,
    decision,
    actor,
    opinion: r.pick(OPINIONS[s]),
  });
  return [
    step("SUBMIT", "DONE", a.editor),
    step("PUBLICATION_REVIEW", "APPROVED", a.checker),
    { ...step("CONFIDENTIALITY_REVIEW", "APPROVED", a.checker), checklist: CONFIDENTIALITY_CHECKLIST },
    step("DEPT_APPROVAL", "APPROVED", a.depthead),
    ...(spec.important ? [step("LEADER_APPROVAL", "APPROVED", a.leader)] : []),
  ];
}

/** Midnight in Asia/Shanghai of the given instant, as a UTC instant (the calendar's day rules). */
export const startOfDay = (instant: Date): Date => startOfShanghaiDay(shanghaiDay(instant));

import type { graphql } from "../../lib/graphql";
import type { Role } from "../accounts/roles";
import { publishingStrings } from "./strings";

/**
 * Which workflow actions the viewer's roles allow, mirroring the server's rules in
 * server/src/modules/publishing/workflow.ts. The client only shows or hides buttons: the
 * server decides, and its refusal message is shown when the two disagree.
 */

export type SignOffStep = ReturnType<typeof graphql.scalar<"SignOffStep">>;
export type DraftStage = ReturnType<typeof graphql.scalar<"DraftStage">>;
export type ContentStatus = ReturnType<typeof graphql.scalar<"ContentStatus">>;

/** Who signs each step off (信息核查 both reviews, then 科室负责领导, then 分管局领导). */
export const SIGN_OFF_ROLE: Record<SignOffStep, Role> = {
  PUBLICATION_REVIEW: "CHECKER",
  CONFIDENTIALITY_REVIEW: "CHECKER",
  DEPT_APPROVAL: "DEPT_HEAD",
  LEADER_APPROVAL: "LEADER",
};

const SIGN_OFF_LABELS: Record<SignOffStep, string> = publishingStrings.signOffs;

export function signOffLabel(step: string): string {
  return (SIGN_OFF_LABELS as Record<string, string>)[step] ?? step;
}

/** The sign-offs an item needs, in order: the leader only for important items. */
export function requiredSignOffs(important: boolean): SignOffStep[] {
  const steps: SignOffStep[] = ["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL"];
  return important ? [...steps, "LEADER_APPROVAL"] : steps;
}

const isReview = (step: SignOffStep) => step === "PUBLICATION_REVIEW" || step === "CONFIDENTIALITY_REVIEW";

/**
 * The pending sign-offs that can be given now. `pending` is in order (the server's
 * `pendingSignOffs`); the two reviews may be done in either order, the department head
 * comes after both, the leader after the department head.
 */
export function nextSignOffs(pending: readonly SignOffStep[]): SignOffStep[] {
  return pending.filter((step, index) => pending.slice(0, index).every((before) => isReview(before) && isReview(step)));
}

export interface Viewer {
  id: string;
  roles: readonly string[];
  /** On today's duty roster (值班表); only then may they publish in an emergency. */
  onDuty?: boolean;
}

export interface ReviewState {
  draftStage: DraftStage | null | undefined;
  pendingSignOffs: readonly SignOffStep[];
  /** The item's author. */
  authorId: string | null | undefined;
  /** Who saved the open draft's current revision. */
  draftEditorId: string | null | undefined;
}

export type SignOffAction =
  | { step: SignOffStep; allowed: true }
  | { step: SignOffStep; allowed: false; reason: "own-item" };

const has = (viewer: Viewer, role: Role) => viewer.roles.includes(role);

/** Nobody signs off an item they wrote or last edited (the second pair of eyes). */
export function isOwnItem(item: Pick<ReviewState, "authorId" | "draftEditorId">, viewer: Viewer): boolean {
  return item.authorId === viewer.id || item.draftEditorId === viewer.id;
}

/**
 * The sign-offs the viewer's roles match among those that can be given now. A match on the
 * viewer's own item is listed as not allowed, so the page can say why.
 */
export function signOffActions(item: ReviewState, viewer: Viewer): SignOffAction[] {
  if (item.draftStage !== "IN_REVIEW") return [];
  const own = isOwnItem(item, viewer);
  return nextSignOffs(item.pendingSignOffs)
    .filter((step) => has(viewer, SIGN_OFF_ROLE[step]))
    .map((step) => (own ? { step, allowed: false, reason: "own-item" } : { step, allowed: true }));
}

/** The item waits for this viewer: a sign-off they may give now ("待我处理"). */
export function isWaitingFor(item: ReviewState, viewer: Viewer): boolean {
  return signOffActions(item, viewer).some((action) => action.allowed);
}

export function canCreate(viewer: Viewer): boolean {
  return has(viewer, "EDITOR");
}

/** Editors edit drafts that are not in review or approved (a published item starts a new draft). */
export function canEdit(item: { draftStage: DraftStage | null | undefined; status: ContentStatus }, viewer: Viewer) {
  if (!has(viewer, "EDITOR")) return false;
  if (item.draftStage === "IN_REVIEW" || item.draftStage === "APPROVED") return false;
  return item.draftStage === "DRAFT" || item.status === "PUBLISHED" || item.status === "EXPIRED";
}

export function canSubmit(item: { draftStage: DraftStage | null | undefined }, viewer: Viewer): boolean {
  return has(viewer, "EDITOR") && item.draftStage === "DRAFT";
}

/** Putting an approved draft online, now or at a time, and cancelling a schedule. */
export function canPublish(item: { draftStage: DraftStage | null | undefined }, viewer: Viewer): boolean {
  return (has(viewer, "EDITOR") || has(viewer, "MAINTAINER")) && item.draftStage === "APPROVED";
}

export function canWithdraw(item: { status: ContentStatus }, viewer: Viewer): boolean {
  const role = has(viewer, "DEPT_HEAD") || has(viewer, "LEADER") || has(viewer, "MAINTAINER");
  return role && (item.status === "PUBLISHED" || item.status === "EXPIRED");
}

/** 信息时效确认 and 标记过期. */
export function canConfirmTimeliness(viewer: Viewer): boolean {
  return has(viewer, "EDITOR") || has(viewer, "DEPT_HEAD") || has(viewer, "MAINTAINER");
}

export function canExpire(item: { status: ContentStatus }, viewer: Viewer): boolean {
  return canConfirmTimeliness(viewer) && item.status === "PUBLISHED";
}

/** 值班紧急发布: staff on duty today put an open draft not yet approved online without reviews. */
export function canEmergencyPublish(
  item: { draftStage: DraftStage | null | undefined; hasDraft: boolean },
  viewer: Viewer,
): boolean {
  return (
    viewer.onDuty === true &&
    (has(viewer, "MAINTAINER") || has(viewer, "LEADER")) &&
    item.hasDraft &&
    item.draftStage !== "APPROVED"
  );
}

/** 补充审批 of an emergency publication (the server also refuses the publisher). */
export function canApproveEmergency(
  item: { emergencyReason: string | null | undefined; emergencyApprovedAt: string | null | undefined },
  viewer: Viewer,
): boolean {
  return (has(viewer, "DEPT_HEAD") || has(viewer, "LEADER")) && !!item.emergencyReason && !item.emergencyApprovedAt;
}

export function canRequestLink(viewer: Viewer): boolean {
  return has(viewer, "EDITOR");
}

export function canDecideLink(viewer: Viewer): boolean {
  return has(viewer, "MAINTAINER");
}

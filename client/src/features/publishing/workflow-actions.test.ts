import { describe, expect, it } from "vitest";
import { worksInPublishing } from "./staff-access";
import {
  canApproveEmergency,
  canEdit,
  canEmergencyPublish,
  canPublish,
  canWithdraw,
  isWaitingFor,
  nextSignOffs,
  type ReviewState,
  requiredSignOffs,
  type SignOffStep,
  signOffActions,
  signOffLabel,
} from "./workflow-actions";

const checker = { id: "u-checker", roles: ["CHECKER"] };
const head = { id: "u-head", roles: ["DEPT_HEAD"] };
const leader = { id: "u-leader", roles: ["LEADER"] };
const editor = { id: "u-editor", roles: ["EDITOR"] };
const maintainer = { id: "u-maint", roles: ["MAINTAINER"] };

const inReview = (pendingSignOffs: SignOffStep[], extra: Partial<ReviewState> = {}): ReviewState => ({
  draftStage: "IN_REVIEW",
  pendingSignOffs,
  authorId: editor.id,
  draftEditorId: editor.id,
  ...extra,
});

const ALL: SignOffStep[] = ["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL", "LEADER_APPROVAL"];

describe("nextSignOffs", () => {
  it("offers both reviews at once, in either order", () => {
    expect(nextSignOffs(ALL)).toEqual(["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW"]);
    expect(nextSignOffs(["CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL"])).toEqual(["CONFIDENTIALITY_REVIEW"]);
  });

  it("offers the department head only after both reviews, and the leader after the head", () => {
    expect(nextSignOffs(["DEPT_APPROVAL", "LEADER_APPROVAL"])).toEqual(["DEPT_APPROVAL"]);
    expect(nextSignOffs(["LEADER_APPROVAL"])).toEqual(["LEADER_APPROVAL"]);
    expect(nextSignOffs([])).toEqual([]);
  });

  it("needs the leader only for important items", () => {
    expect(requiredSignOffs(false)).not.toContain("LEADER_APPROVAL");
    expect(requiredSignOffs(true).at(-1)).toBe("LEADER_APPROVAL");
  });
});

describe("signOffActions: pendingSignOffs mapped to what a role can do", () => {
  it("gives the checker both reviews and nobody else anything at first", () => {
    const item = inReview(["PUBLICATION_REVIEW", "CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL"]);
    expect(signOffActions(item, checker)).toEqual([
      { step: "PUBLICATION_REVIEW", allowed: true },
      { step: "CONFIDENTIALITY_REVIEW", allowed: true },
    ]);
    expect(signOffActions(item, head)).toEqual([]);
    expect(signOffActions(item, leader)).toEqual([]);
    expect(signOffActions(item, editor)).toEqual([]);
  });

  it("gives the department head the approval once both reviews are done", () => {
    const item = inReview(["DEPT_APPROVAL", "LEADER_APPROVAL"]);
    expect(signOffActions(item, head)).toEqual([{ step: "DEPT_APPROVAL", allowed: true }]);
    expect(signOffActions(item, leader)).toEqual([]);
    expect(signOffActions(inReview(["LEADER_APPROVAL"]), leader)).toEqual([{ step: "LEADER_APPROVAL", allowed: true }]);
  });

  it("refuses the author and the last editor, with the reason", () => {
    const both = { id: "u-both", roles: ["EDITOR", "CHECKER"] };
    const wrote = inReview(["PUBLICATION_REVIEW"], { authorId: both.id });
    const edited = inReview(["PUBLICATION_REVIEW"], { draftEditorId: both.id });
    expect(signOffActions(wrote, both)).toEqual([{ step: "PUBLICATION_REVIEW", allowed: false, reason: "own-item" }]);
    expect(signOffActions(edited, both)).toEqual([{ step: "PUBLICATION_REVIEW", allowed: false, reason: "own-item" }]);
    expect(isWaitingFor(wrote, both)).toBe(false);
  });

  it("offers nothing outside review", () => {
    expect(signOffActions(inReview(ALL, { draftStage: "DRAFT" }), checker)).toEqual([]);
    expect(signOffActions(inReview([], { draftStage: "APPROVED" }), head)).toEqual([]);
  });

  it("marks an item as waiting for every role holder whose step is next", () => {
    const both = { id: "u-x", roles: ["CHECKER", "DEPT_HEAD"] };
    expect(isWaitingFor(inReview(["DEPT_APPROVAL"]), both)).toBe(true);
    expect(isWaitingFor(inReview(["CONFIDENTIALITY_REVIEW", "DEPT_APPROVAL"]), head)).toBe(false);
  });

  it("labels every step in Chinese", () => {
    expect(ALL.map(signOffLabel)).toEqual(["信息发布审核", "保密审查", "科室负责领导审批", "分管局领导审批"]);
  });
});

describe("the other actions", () => {
  it("lets editors and maintainers publish approved drafts only", () => {
    expect(canPublish({ draftStage: "APPROVED" }, editor)).toBe(true);
    expect(canPublish({ draftStage: "APPROVED" }, maintainer)).toBe(true);
    expect(canPublish({ draftStage: "APPROVED" }, checker)).toBe(false);
    expect(canPublish({ draftStage: "IN_REVIEW" }, editor)).toBe(false);
  });

  it("lets editors edit drafts and published items, not items in review or approved", () => {
    expect(canEdit({ draftStage: "DRAFT", status: "DRAFT" }, editor)).toBe(true);
    expect(canEdit({ draftStage: null, status: "PUBLISHED" }, editor)).toBe(true);
    expect(canEdit({ draftStage: "IN_REVIEW", status: "IN_REVIEW" }, editor)).toBe(false);
    expect(canEdit({ draftStage: "APPROVED", status: "PUBLISHED" }, editor)).toBe(false);
    expect(canEdit({ draftStage: "DRAFT", status: "DRAFT" }, checker)).toBe(false);
  });

  it("lets heads, leaders and maintainers withdraw what is online", () => {
    expect(canWithdraw({ status: "PUBLISHED" }, head)).toBe(true);
    expect(canWithdraw({ status: "EXPIRED" }, maintainer)).toBe(true);
    expect(canWithdraw({ status: "PUBLISHED" }, editor)).toBe(false);
    expect(canWithdraw({ status: "DRAFT" }, leader)).toBe(false);
  });

  it("keeps emergency publication and its approval to the right roles", () => {
    expect(canEmergencyPublish({ draftStage: "DRAFT", hasDraft: true }, { ...maintainer, onDuty: true })).toBe(true);
    expect(canEmergencyPublish({ draftStage: "DRAFT", hasDraft: true }, maintainer)).toBe(false);
    expect(canEmergencyPublish({ draftStage: "DRAFT", hasDraft: true }, { ...editor, onDuty: true })).toBe(false);
    expect(canEmergencyPublish({ draftStage: null, hasDraft: false }, leader)).toBe(false);
    const flagged = { emergencyReason: "暴雨红色预警", emergencyApprovedAt: null };
    expect(canApproveEmergency(flagged, head)).toBe(true);
    expect(canApproveEmergency(flagged, maintainer)).toBe(false);
    expect(canApproveEmergency({ ...flagged, emergencyApprovedAt: "2026-01-01T00:00:00Z" }, head)).toBe(false);
  });

  it("shows 工作台 on 我的 to publishing roles only", () => {
    expect(worksInPublishing(["CHECKER"])).toBe(true);
    expect(worksInPublishing(["HANDLER", "ADMIN"])).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  type Actor,
  canApproveEmergency,
  canEmergencyPublish,
  canSignOff,
  canSubmit,
  checklistComplete,
  type DutyToday,
  pendingSignOffs,
  type StepRecord,
  type WorkflowItem,
} from "./workflow.js";

const editor: Actor = { id: "u-editor", roles: ["EDITOR"] };
const checker: Actor = { id: "u-checker", roles: ["CHECKER"] };
const head: Actor = { id: "u-head", roles: ["DEPT_HEAD"] };
const leader: Actor = { id: "u-leader", roles: ["LEADER"] };
const item = (over: Partial<WorkflowItem> = {}): WorkflowItem => ({
  kind: "NEWS",
  important: false,
  authorId: editor.id,
  draftEditorId: editor.id,
  draftStage: "IN_REVIEW",
  draftRevisionId: "r1",
  ...over,
});
const rec = (step: StepRecord["step"], decision: StepRecord["decision"] = "APPROVED", revisionId = "r1") => ({
  step,
  decision,
  revisionId,
});

describe("sign-offs", () => {
  it("needs both reviews and the department head; the leader only for important items", () => {
    expect(pendingSignOffs(item(), [rec("SUBMIT", "DONE")])).toEqual([
      "PUBLICATION_REVIEW",
      "CONFIDENTIALITY_REVIEW",
      "DEPT_APPROVAL",
    ]);
    expect(pendingSignOffs(item({ important: true }), [])).toContain("LEADER_APPROVAL");
  });

  it("lets the two reviews happen in either order but the head only after both", () => {
    const records = [rec("SUBMIT", "DONE"), rec("CONFIDENTIALITY_REVIEW")];
    expect(canSignOff(item(), records, "PUBLICATION_REVIEW", checker)).toEqual({ ok: true });
    expect(canSignOff(item(), records, "DEPT_APPROVAL", head)).toEqual({ ok: false, message: "请先完成信息发布审核" });
  });

  it("refuses the leader before the department head, and when the item is not important", () => {
    const reviewed = [rec("SUBMIT", "DONE"), rec("PUBLICATION_REVIEW"), rec("CONFIDENTIALITY_REVIEW")];
    expect(canSignOff(item({ important: true }), reviewed, "LEADER_APPROVAL", leader)).toMatchObject({
      message: "请先完成科室负责领导审批",
    });
    expect(canSignOff(item(), [...reviewed, rec("DEPT_APPROVAL")], "LEADER_APPROVAL", leader)).toMatchObject({
      message: "此稿件不需要分管局领导审批",
    });
  });

  it("forgets sign-offs after a rejection or on another revision", () => {
    const records = [rec("PUBLICATION_REVIEW"), rec("DEPT_APPROVAL", "REJECTED"), rec("SUBMIT", "DONE")];
    expect(pendingSignOffs(item(), records)).toHaveLength(3);
    expect(pendingSignOffs(item({ draftRevisionId: "r2" }), [rec("PUBLICATION_REVIEW")])).toHaveLength(3);
  });

  it("never lets the author or the last editor sign off", () => {
    const selfChecker: Actor = { id: "u-x", roles: ["CHECKER", "EDITOR"] };
    expect(canSignOff(item({ draftEditorId: "u-x" }), [], "PUBLICATION_REVIEW", selfChecker)).toEqual({
      ok: false,
      message: "不能审核或审批自己撰写或最后修改的稿件",
    });
    expect(canSignOff(item({ authorId: "u-x" }), [], "PUBLICATION_REVIEW", selfChecker).ok).toBe(false);
  });

  it("names the role a step needs", () => {
    expect(canSignOff(item(), [], "DEPT_APPROVAL", editor)).toEqual({
      ok: false,
      message: "科室负责领导审批需要科室负责领导",
    });
  });
});

describe("submission and checklist", () => {
  it("submits only an open draft", () => {
    expect(canSubmit(item({ draftStage: "DRAFT" }), editor)).toEqual({ ok: true });
    expect(canSubmit(item({ draftStage: "IN_REVIEW" }), editor).ok).toBe(false);
    expect(canSubmit(item({ draftStage: "DRAFT" }), checker).ok).toBe(false);
  });

  it("lists unticked confidentiality boxes", () => {
    expect(checklistComplete({ noStateSecrets: true, noPersonalData: false })).toEqual({
      ok: false,
      message: "保密审查未通过以下检查项：不含个人隐私信息、不含内部工作信息",
    });
    expect(checklistComplete({ noStateSecrets: true, noPersonalData: true, noInternalOnly: true }).ok).toBe(true);
  });
});

describe("emergency publication (值班紧急发布)", () => {
  const maintainer: Actor = { id: "u-maint", roles: ["MAINTAINER"] };
  const draft = item({ draftStage: "DRAFT" });
  const duty = (...onDuty: Array<{ id: string; name: string }>): DutyToday => ({ day: "2026-03-02", onDuty });
  const onDuty = { id: maintainer.id, name: "梁振宇（网站维护）" };
  const leaderOnDuty = { id: leader.id, name: "覃志刚（分管局领导）" };

  it("lets a maintainer or leader on today's roster publish an open draft", () => {
    expect(canEmergencyPublish(draft, maintainer, duty(onDuty))).toEqual({ ok: true });
    expect(canEmergencyPublish(draft, leader, duty(onDuty, leaderOnDuty))).toEqual({ ok: true });
    expect(canEmergencyPublish(item({ draftRevisionId: null }), maintainer, duty(onDuty))).toEqual({
      ok: false,
      message: "没有可发布的草稿",
    });
  });

  it("refuses anyone not on duty today, naming who is", () => {
    expect(canEmergencyPublish(draft, maintainer, duty(leaderOnDuty))).toEqual({
      ok: false,
      message: "您今天（3月2日）不在值班表上，不能紧急发布。今天值班的是：覃志刚（分管局领导）。",
    });
    expect(canEmergencyPublish(draft, maintainer, duty())).toEqual({
      ok: false,
      message: "您今天（3月2日）不在值班表上，不能紧急发布。今天没有安排值班人员，请联系网站维护或管理员安排。",
    });
  });

  it("still needs a maintainer or leader, on duty or not", () => {
    expect(canEmergencyPublish(draft, editor, duty({ id: editor.id, name: "黄晓宁" }))).toEqual({
      ok: false,
      message: "紧急发布需要值班的网站维护或分管局领导",
    });
  });

  it("is approved afterwards by a head or leader other than the publisher", () => {
    expect(canApproveEmergency(maintainer.id, head)).toEqual({ ok: true });
    expect(canApproveEmergency(leader.id, leader)).toEqual({ ok: false, message: "紧急发布须由他人补充审批" });
    expect(canApproveEmergency(maintainer.id, maintainer).ok).toBe(false);
  });
});

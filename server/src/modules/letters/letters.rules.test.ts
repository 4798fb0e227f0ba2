import { describe, expect, it } from "vitest";
import {
  ALLOWED_FROM,
  availableActions,
  canAcknowledge,
  canApproveReply,
  canAssign,
  canClose,
  canExtend,
  canPause,
  canReassign,
  canRegister,
  canResume,
  canReturnReply,
  canSendReply,
  canSubmitReply,
  type LetterAction,
  type LetterActor,
  maySeePersonalData,
  type RuleLetter,
  statusAfter,
} from "./letters.rules.js";

const handler: LetterActor = { id: "u-handler", roles: ["HANDLER"], departmentId: "d-letters" };
const otherHandler: LetterActor = { id: "u-handler2", roles: ["HANDLER"], departmentId: "d-letters" };
const head: LetterActor = { id: "u-head", roles: ["DEPT_HEAD"], departmentId: "d-letters" };
const otherHead: LetterActor = { id: "u-head2", roles: ["DEPT_HEAD"], departmentId: "d-plan" };
const admin: LetterActor = { id: "u-admin", roles: ["ADMIN"], departmentId: "d-info" };
const editor: LetterActor = { id: "u-editor", roles: ["EDITOR"], departmentId: "d-letters" };

const letter = (over: Partial<RuleLetter> = {}): RuleLetter => ({
  status: "ASSIGNED",
  type: "CONSULTATION",
  complex: false,
  departmentId: "d-letters",
  handlerId: handler.id,
  acknowledgedAt: null,
  replyDraft: null,
  replyDraftedById: null,
  replyApprovedById: null,
  extensionDays: 0,
  ...over,
});
const refused = (message: string, field?: string) => (field ? { ok: false, message, field } : { ok: false, message });
const OK = { ok: true };
const pauseFacts = { previousKinds: [], withinCompletionWindow: true };

describe("the status machine", () => {
  it("moves along the documented path", () => {
    const path: Array<[LetterAction, string]> = [
      ["REGISTER", "REGISTERED"],
      ["ASSIGN", "ASSIGNED"],
      ["PAUSE", "PAUSED"],
      ["RESUME", "ASSIGNED"],
      ["SUBMIT_REPLY", "REPLY_IN_REVIEW"],
      ["RETURN_REPLY", "ASSIGNED"],
      ["SUBMIT_REPLY", "REPLY_IN_REVIEW"],
      ["APPROVE_REPLY", "REPLY_IN_REVIEW"],
      ["SEND_REPLY", "REPLIED"],
      ["CLOSE", "CLOSED"],
    ];
    let status: RuleLetter["status"] = "RECEIVED";
    for (const [action, expected] of path) {
      expect(ALLOWED_FROM[action]).toContain(status);
      status = statusAfter(action, status);
      expect(status).toBe(expected);
    }
  });

  it("assigns a registered letter when it is reassigned to a handler, and keeps the status otherwise", () => {
    expect(statusAfter("REASSIGN", "REGISTERED", { withHandler: true })).toBe("ASSIGNED");
    expect(statusAfter("REASSIGN", "REGISTERED")).toBe("REGISTERED");
    expect(statusAfter("REASSIGN", "PAUSED", { withHandler: true })).toBe("PAUSED");
    expect(statusAfter("ACKNOWLEDGE", "ASSIGNED")).toBe("ASSIGNED");
  });

  it("names the status and what to do first when the status is wrong", () => {
    expect(canAssign(letter({ status: "RECEIVED" }), handler)).toEqual(
      refused("来信当前状态为“待登记”，不能分办，请先登记"),
    );
    expect(canSubmitReply(letter({ status: "PAUSED", replyDraft: "答复" }), handler)).toEqual(
      refused("来信当前状态为“中止计时”，不能提交答复审核，请先恢复计时"),
    );
    expect(
      canReassign(letter({ status: "REPLY_IN_REVIEW" }), handler, { reason: "职责调整", withHandler: true }),
    ).toEqual(refused("来信当前状态为“答复待审核”，不能改派，答复正在审核中，请等待审批或退回"));
    expect(canClose(letter({ status: "ASSIGNED" }), handler)).toEqual(refused("来信当前状态为“办理中”，不能办结"));
  });
});

describe("who may do what", () => {
  it("lets handlers and admins register and assign, nobody else", () => {
    const received = letter({ status: "RECEIVED", handlerId: null });
    expect(canRegister(received, handler)).toEqual(OK);
    expect(canRegister(received, admin)).toEqual(OK);
    expect(canRegister(received, head)).toEqual(refused("登记需要承办或管理员"));
    expect(canAssign(letter({ status: "REGISTERED" }), editor)).toEqual(refused("分办需要承办或管理员"));
  });

  it("needs a reason to reassign, and a new handler for a letter being handled", () => {
    expect(canReassign(letter(), handler, { reason: "  ", withHandler: true })).toEqual(
      refused("改派须填写原因", "reason"),
    );
    expect(canReassign(letter(), handler, { reason: "不属本科职责", withHandler: false })).toEqual(
      refused("办理中的来信改派时须指定新的承办人", "handlerId"),
    );
    expect(
      canReassign(letter({ status: "REGISTERED" }), admin, { reason: "改由规划科办理", withHandler: false }),
    ).toEqual(OK);
  });

  it("keeps the letter's own steps for its assigned handler", () => {
    expect(canAcknowledge(letter(), handler)).toEqual(OK);
    expect(canAcknowledge(letter(), otherHandler)).toEqual(refused("只有本件的承办人可以告知已收到"));
    expect(canAcknowledge(letter(), admin)).toEqual(refused("只有本件的承办人可以告知已收到"));
    expect(canAcknowledge(letter({ acknowledgedAt: new Date() }), handler)).toEqual(
      refused("已告知来信人收到来信，无须重复告知"),
    );
    expect(canSendReply(letter({ status: "REPLY_IN_REVIEW", replyApprovedById: head.id }), otherHandler).ok).toBe(
      false,
    );
  });

  it("requires the acknowledgement before the reply of a complex letter", () => {
    const complex = letter({ complex: true, replyDraft: "答复如下" });
    expect(canSubmitReply(complex, handler)).toEqual(
      refused("复杂件须先告知来信人已收到来信（已告知），再提交答复；告知不算作答复"),
    );
    expect(canSubmitReply({ ...complex, acknowledgedAt: new Date() }, handler)).toEqual(OK);
    expect(canSubmitReply(letter({ replyDraft: "答复" }), handler)).toEqual(OK);
    expect(canSubmitReply(letter({ replyDraft: " " }), handler)).toEqual(refused("请先起草答复内容", "text"));
  });

  it("lets only the head of the letter's department approve, never their own draft", () => {
    const inReview = letter({ status: "REPLY_IN_REVIEW", replyDraft: "答复", replyDraftedById: handler.id });
    expect(canApproveReply(inReview, head)).toEqual(OK);
    expect(canApproveReply(inReview, otherHead)).toEqual(refused("只有承办科室的科室负责领导可以审批答复"));
    expect(canApproveReply(inReview, handler)).toEqual(refused("审批答复需要科室负责领导"));
    const headAndHandler: LetterActor = { id: "u-both", roles: ["DEPT_HEAD", "HANDLER"], departmentId: "d-letters" };
    expect(canApproveReply({ ...inReview, replyDraftedById: headAndHandler.id }, headAndHandler)).toEqual(
      refused("不能审批自己起草的答复"),
    );
    expect(canApproveReply({ ...inReview, replyApprovedById: head.id }, head)).toEqual(
      refused("答复已审批通过，等待承办人发送"),
    );
  });

  it("needs an opinion to return a draft", () => {
    const inReview = letter({ status: "REPLY_IN_REVIEW", replyDraft: "答复", replyDraftedById: handler.id });
    expect(canReturnReply(inReview, head, "")).toEqual(
      refused("退回时须填写审核意见，告诉承办人需要修改什么", "opinion"),
    );
    expect(canReturnReply(inReview, head, "请补充政策依据")).toEqual(OK);
  });

  it("sends only an approved reply", () => {
    expect(canSendReply(letter({ status: "REPLY_IN_REVIEW" }), handler)).toEqual(
      refused("答复尚未经科室负责领导审批，不能发送"),
    );
    expect(canSendReply(letter({ status: "REPLY_IN_REVIEW", replyApprovedById: head.id }), handler)).toEqual(OK);
  });

  it("closes by the handler, the department's head or an admin", () => {
    const replied = letter({ status: "REPLIED" });
    expect(canClose(replied, handler)).toEqual(OK);
    expect(canClose(replied, head)).toEqual(OK);
    expect(canClose(replied, admin)).toEqual(OK);
    expect(canClose(replied, otherHead)).toEqual(refused("只有承办人、承办科室的科室负责领导或管理员可以办结"));
  });
});

describe("disclosure requests: pauses and the extension", () => {
  const request = letter({ type: "DISCLOSURE_REQUEST" });

  it("pauses only disclosure requests", () => {
    expect(canPause(letter(), handler, "AWAITING_COMPLETION", pauseFacts)).toEqual(
      refused("只有依申请公开的申请可以中止计时（补正或征求第三方意见）", "kind"),
    );
    expect(canPause(request, handler, "AWAITING_THIRD_PARTY", pauseFacts)).toEqual(OK);
    expect(canResume({ ...request, status: "PAUSED" }, handler)).toEqual(OK);
    expect(canResume(request, handler).ok).toBe(false);
  });

  it("asks for completion (补正) once, within 7 working days", () => {
    expect(
      canPause(request, handler, "AWAITING_COMPLETION", {
        previousKinds: ["AWAITING_COMPLETION"],
        withinCompletionWindow: true,
      }),
    ).toEqual(refused("补正应一次性告知申请人，本申请已经补正过一次", "kind"));
    expect(
      canPause(request, handler, "AWAITING_COMPLETION", { previousKinds: [], withinCompletionWindow: false }),
    ).toEqual(refused("补正须在收到申请之日起 7 个工作日内提出，已超过期限，不能再中止计时", "kind"));
    // A third party may still be consulted after a completion.
    expect(
      canPause(request, handler, "AWAITING_THIRD_PARTY", {
        previousKinds: ["AWAITING_COMPLETION"],
        withinCompletionWindow: false,
      }),
    ).toEqual(OK);
  });

  const now = new Date("2026-03-10T02:00:00Z");
  const due = new Date("2026-03-30T15:59:59.999Z");
  const facts = (over: Partial<Parameters<typeof canExtend>[2]> = {}) => ({
    days: 20,
    reason: "涉及多个科室档案检索",
    replyDueAt: due,
    now,
    ...over,
  });

  it("extends once, by 1–20 working days, by the head of the department, with a reason, before the deadline", () => {
    expect(canExtend(request, head, facts())).toEqual(OK);
    expect(canExtend(request, otherHead, facts())).toEqual(refused("只有承办科室的科室负责领导可以延期答复"));
    expect(canExtend(request, handler, facts())).toEqual(refused("延期答复需要科室负责领导"));
    expect(canExtend(letter(), head, facts())).toEqual(refused("只有依申请公开的申请可以延期答复"));
    expect(canExtend({ ...request, extensionDays: 10 }, head, facts())).toEqual(
      refused("依申请公开的答复期限只能延长一次，本申请已经延期"),
    );
    expect(canExtend(request, head, facts({ days: 21 }))).toEqual(refused("延长期限须为 1 至 20 个工作日", "days"));
    expect(canExtend(request, head, facts({ days: 0 }))).toEqual(refused("延长期限须为 1 至 20 个工作日", "days"));
    expect(canExtend(request, head, facts({ reason: "" }))).toEqual(refused("延期须填写理由", "reason"));
    expect(canExtend(request, head, facts({ now: new Date(due.getTime() + 1) }))).toEqual(
      refused("答复期限已届满，不能再批准延期"),
    );
    // Paused: no running deadline, the extension may still be approved.
    expect(canExtend({ ...request, status: "PAUSED" }, head, facts({ replyDueAt: null }))).toEqual(OK);
  });
});

describe("personal data and the action hints", () => {
  it("shows full personal data to the handler, the department's head and admins only", () => {
    const l = letter();
    expect(maySeePersonalData(l, handler)).toBe(true);
    expect(maySeePersonalData(l, head)).toBe(true);
    expect(maySeePersonalData(l, admin)).toBe(true);
    expect(maySeePersonalData(l, otherHandler)).toBe(false);
    expect(maySeePersonalData(l, otherHead)).toBe(false);
    expect(maySeePersonalData({ ...l, departmentId: null }, { ...head, departmentId: null })).toBe(false);
  });

  it("offers each role the buttons it may press", () => {
    const facts = { now: new Date(), previousPauseKinds: [], withinCompletionWindow: true };
    const l = { ...letter({ replyDraft: "答复" }), replyDueAt: null };
    expect(availableActions(l, handler, facts)).toEqual(["REASSIGN", "ACKNOWLEDGE", "DRAFT_REPLY", "SUBMIT_REPLY"]);
    expect(availableActions({ ...l, type: "DISCLOSURE_REQUEST" }, head, facts)).toEqual(["EXTEND"]);
    const inReview = { ...l, status: "REPLY_IN_REVIEW" as const, replyDraftedById: handler.id };
    expect(availableActions(inReview, head, facts)).toEqual(["APPROVE_REPLY", "RETURN_REPLY"]);
    expect(availableActions(inReview, otherHead, facts)).toEqual([]);
  });
});

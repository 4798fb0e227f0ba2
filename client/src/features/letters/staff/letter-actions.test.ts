import { describe, expect, it } from "vitest";
import {
  type ActionLetter,
  canRegisterLetters,
  type LetterAction,
  letterActionVerdict,
  mayOpenPublication,
  maySeePersonalData,
  pauseKindsLeft,
  planLetterActions,
} from "./letter-actions";

const handler = { id: "u-handler", roles: ["HANDLER"], departmentId: "d-letters" };
const otherHandler = { id: "u-other", roles: ["HANDLER"], departmentId: "d-letters" };
const head = { id: "u-head", roles: ["DEPT_HEAD"], departmentId: "d-letters" };
const otherHead = { id: "u-head2", roles: ["DEPT_HEAD"], departmentId: "d-plan" };
const admin = { id: "u-admin", roles: ["ADMIN"], departmentId: "d-info" };
const leader = { id: "u-leader", roles: ["LEADER"], departmentId: "d-office" };
/** A head who also handles letters in the same department (one user, several roles). */
const headHandler = { id: "u-both", roles: ["HANDLER", "DEPT_HEAD"], departmentId: "d-letters" };

const NOW = new Date("2026-03-10T04:00:00Z");

const letter = (extra: Partial<ActionLetter> = {}): ActionLetter => ({
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
  replyDueAt: "2026-03-17T15:59:59.999Z",
  pauseKinds: [],
  ...extra,
});

const allowed = (l: ActionLetter, viewer: typeof handler, hint?: LetterAction[]) =>
  planLetterActions(l, viewer, NOW, hint).allowed;

describe("registration and assignment (登记, 分办, 改派)", () => {
  it("lets handlers and admins register a received letter, nobody else", () => {
    const received = letter({ status: "RECEIVED", departmentId: null, handlerId: null });
    expect(allowed(received, handler)).toEqual(["REGISTER"]);
    expect(allowed(received, admin)).toEqual(["REGISTER"]);
    expect(allowed(received, head)).toEqual([]);
    expect(allowed(received, leader)).toEqual([]);
  });

  it("offers assign and reassign (and re-registering) once registered", () => {
    const registered = letter({ status: "REGISTERED", handlerId: null });
    expect(allowed(registered, otherHandler)).toEqual(["REGISTER", "ASSIGN", "REASSIGN"]);
  });

  it("allows reassigning while handled or paused, not in review or after the reply", () => {
    expect(allowed(letter(), otherHandler)).toEqual(["REASSIGN"]);
    expect(allowed(letter({ status: "PAUSED" }), otherHandler)).toEqual(["REASSIGN"]);
    expect(allowed(letter({ status: "REPLY_IN_REVIEW", replyDraft: "答复" }), otherHandler)).toEqual([]);
    expect(allowed(letter({ status: "REPLIED" }), otherHandler)).toEqual([]);
  });

  it("says who may open 登记外部来信 and 导入", () => {
    expect(canRegisterLetters(handler)).toBe(true);
    expect(canRegisterLetters(admin)).toBe(true);
    expect(canRegisterLetters(head)).toBe(false);
  });
});

describe("the assigned handler's steps", () => {
  it("gives acknowledgement, drafting and reassignment to the assigned handler only", () => {
    expect(allowed(letter(), handler)).toEqual(["REASSIGN", "ACKNOWLEDGE", "DRAFT_REPLY"]);
    expect(letterActionVerdict("ACKNOWLEDGE", letter(), otherHandler, NOW)).toMatchObject({ ok: false, kind: "role" });
    expect(letterActionVerdict("DRAFT_REPLY", letter(), head, NOW)).toMatchObject({ ok: false, kind: "role" });
  });

  it("does not offer a second acknowledgement", () => {
    expect(allowed(letter({ acknowledgedAt: "2026-03-09T02:00:00Z" }), handler)).not.toContain("ACKNOWLEDGE");
  });

  it("offers submission once a draft exists", () => {
    expect(allowed(letter({ replyDraft: "您好，答复如下。" }), handler)).toContain("SUBMIT_REPLY");
    expect(allowed(letter({ replyDraft: "   " }), handler)).not.toContain("SUBMIT_REPLY");
  });

  it("holds a complex letter's reply until the writer was told (告知 is never the reply), and says why", () => {
    const complex = letter({ complex: true, replyDraft: "答复" });
    const plan = planLetterActions(complex, handler, NOW);
    expect(plan.allowed).not.toContain("SUBMIT_REPLY");
    expect(plan.allowed).toContain("ACKNOWLEDGE");
    expect(plan.blocked).toEqual([{ action: "SUBMIT_REPLY", message: expect.stringContaining("复杂件须先告知") }]);
    expect(allowed({ ...complex, acknowledgedAt: "2026-03-09T02:00:00Z" }, handler)).toContain("SUBMIT_REPLY");
  });

  it("lets the handler send only a reply the head approved", () => {
    const inReview = letter({ status: "REPLY_IN_REVIEW", replyDraft: "答复", replyDraftedById: handler.id });
    expect(allowed(inReview, handler)).toEqual([]);
    expect(allowed({ ...inReview, replyApprovedById: head.id }, handler)).toEqual(["SEND_REPLY"]);
  });

  it("lets the handler draft while paused but not submit until resumed", () => {
    const paused = letter({
      status: "PAUSED",
      type: "DISCLOSURE_REQUEST",
      replyDraft: "答复",
      pauseKinds: ["AWAITING_COMPLETION"],
    });
    expect(allowed(paused, handler)).toEqual(["REASSIGN", "ACKNOWLEDGE", "RESUME", "DRAFT_REPLY"]);
  });
});

describe("pauses of disclosure requests (补正, third party)", () => {
  it("offers a pause only on disclosure requests being handled", () => {
    expect(allowed(letter(), handler)).not.toContain("PAUSE");
    expect(allowed(letter({ type: "DISCLOSURE_REQUEST" }), handler)).toContain("PAUSE");
    expect(allowed(letter({ type: "DISCLOSURE_REQUEST", status: "PAUSED" }), handler)).not.toContain("PAUSE");
  });

  it("allows 补正 once, third parties again", () => {
    expect(pauseKindsLeft(letter())).toEqual(["AWAITING_COMPLETION", "AWAITING_THIRD_PARTY"]);
    expect(pauseKindsLeft(letter({ pauseKinds: ["AWAITING_COMPLETION"] }))).toEqual(["AWAITING_THIRD_PARTY"]);
    expect(pauseKindsLeft(letter({ pauseKinds: ["AWAITING_THIRD_PARTY"] }))).toEqual([
      "AWAITING_COMPLETION",
      "AWAITING_THIRD_PARTY",
    ]);
  });

  it("leaves the pause out when the server's hint does (补正 window past, which only the server can count)", () => {
    const request = letter({ type: "DISCLOSURE_REQUEST" });
    expect(allowed(request, handler, ["REASSIGN", "ACKNOWLEDGE", "DRAFT_REPLY"])).toEqual([
      "REASSIGN",
      "ACKNOWLEDGE",
      "DRAFT_REPLY",
    ]);
  });

  it("never adds a step the rules refuse, whatever the hint says", () => {
    expect(allowed(letter(), otherHandler, ["SEND_REPLY", "REASSIGN"])).toEqual(["REASSIGN"]);
  });
});

describe("the department head (科室负责领导) of the letter's department", () => {
  const inReview = letter({ status: "REPLY_IN_REVIEW", replyDraft: "答复", replyDraftedById: handler.id });

  it("approves or returns a draft in review", () => {
    expect(allowed(inReview, head)).toEqual(["APPROVE_REPLY", "RETURN_REPLY"]);
  });

  it("gives nothing to the head of another department", () => {
    expect(allowed(inReview, otherHead)).toEqual([]);
    expect(letterActionVerdict("APPROVE_REPLY", inReview, otherHead, NOW)).toMatchObject({ ok: false, kind: "role" });
  });

  it("never lets anyone approve a draft they wrote, and says so", () => {
    const own = { ...inReview, handlerId: headHandler.id, replyDraftedById: headHandler.id };
    const plan = planLetterActions(own, headHandler, NOW);
    expect(plan.allowed).not.toContain("APPROVE_REPLY");
    expect(plan.allowed).not.toContain("RETURN_REPLY");
    expect(plan.blocked.map((b) => b.action)).toEqual(["APPROVE_REPLY", "RETURN_REPLY"]);
    expect(plan.blocked[0]?.message).toBe("不能审批自己起草的答复");
  });

  it("does not approve twice", () => {
    expect(allowed({ ...inReview, replyApprovedById: head.id }, head)).toEqual(["RETURN_REPLY"]);
  });

  it("extends a disclosure request once, before its deadline has passed", () => {
    const request = letter({ type: "DISCLOSURE_REQUEST" });
    expect(allowed(request, head)).toEqual(["EXTEND"]);
    expect(allowed({ ...request, extensionDays: 20 }, head)).toEqual([]);
    expect(allowed(letter(), head)).toEqual([]);
    const late = { ...request, replyDueAt: "2026-03-09T15:59:59.999Z" };
    expect(planLetterActions(late, head, NOW)).toEqual({
      allowed: [],
      blocked: [{ action: "EXTEND", message: "答复期限已届满，不能再批准延期" }],
    });
  });
});

describe("closing (办结)", () => {
  const replied = letter({ status: "REPLIED", replyDraft: "答复" });

  it("is for the handler, the head of the department or an admin", () => {
    expect(allowed(replied, handler)).toEqual(["CLOSE"]);
    expect(allowed(replied, head)).toEqual(["CLOSE"]);
    expect(allowed(replied, admin)).toEqual(["CLOSE"]);
    expect(allowed(replied, otherHandler)).toEqual([]);
    expect(allowed(replied, otherHead)).toEqual([]);
  });

  it("leaves a closed letter alone", () => {
    for (const viewer of [handler, head, admin]) expect(allowed(letter({ status: "CLOSED" }), viewer)).toEqual([]);
  });
});

describe("maySeePersonalData", () => {
  it("is the handler, the head of the letter's department and admins", () => {
    expect(maySeePersonalData(letter(), handler)).toBe(true);
    expect(maySeePersonalData(letter(), head)).toBe(true);
    expect(maySeePersonalData(letter(), admin)).toBe(true);
    expect(maySeePersonalData(letter(), otherHandler)).toBe(false);
    expect(maySeePersonalData(letter(), otherHead)).toBe(false);
    expect(maySeePersonalData(letter(), leader)).toBe(false);
    expect(maySeePersonalData(letter({ departmentId: null, handlerId: null }), head)).toBe(false);
  });
});

describe("mayOpenPublication", () => {
  const maintainer = { roles: ["MAINTAINER"] };
  it("links maintainers and admins to 公开 for a replied letter whose writer agreed", () => {
    expect(mayOpenPublication({ status: "REPLIED", mayPublish: true }, maintainer)).toBe(true);
    expect(mayOpenPublication({ status: "CLOSED", mayPublish: true }, admin)).toBe(true);
  });

  it("not without consent, before the reply, or for other roles", () => {
    expect(mayOpenPublication({ status: "REPLIED", mayPublish: false }, maintainer)).toBe(false);
    expect(mayOpenPublication({ status: "REPLY_IN_REVIEW", mayPublish: true }, maintainer)).toBe(false);
    expect(mayOpenPublication({ status: "REPLIED", mayPublish: true }, handler)).toBe(false);
  });
});

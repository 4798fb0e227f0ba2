// Handling letters through the API, role by role: the whole path of a complex letter, a
// disclosure request's pauses and extension, reassignment, and every refusal with its message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { globalId, letterFixtures } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let f: ReturnType<typeof letterFixtures>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
/** registrar: the seeded 信访科 handler; planHandler: a handler of 规划编制科, whose head is `head`. */
let registrar: Agent, planHandler: Agent, head: Agent, lettersHead: Agent, headHandler: Agent, editor: Agent;
let planDept: string, planHandlerId: string, headHandlerId: string, registrarId: string;

beforeAll(async () => {
  t = await createTestApp();
  f = letterFixtures(t.services);
  planDept = globalId("Department", await f.departmentId("plan-making"));
  registrarId = globalId("User", await f.userId("handler"));
  const ph = await f.staff(["HANDLER"], "plan-making", "plan-handler");
  await f.staff(["DEPT_HEAD"], "letters", "letters-head");
  const hh = await f.staff(["DEPT_HEAD", "HANDLER"], "plan-making", "head-handler");
  planHandlerId = globalId("User", ph.id);
  headHandlerId = globalId("User", hh.id);
  await signInAll();
});
afterAll(() => t.close());

async function signInAll() {
  registrar = await signIn("handler");
  head = await signIn("depthead");
  editor = await signIn("editor");
  planHandler = await signIn("plan-handler");
  lettersHead = await signIn("letters-head");
  headHandler = await signIn("head-handler");
}

/** Moves the clock; sessions end after 30 idle minutes, so everyone signs in again. */
async function travel(to: string) {
  t.clock.set(to);
  await signInAll();
}

async function signIn(username: string): Promise<Agent> {
  const agent = t.agent();
  const result = await agent.login(username);
  if (!result.data?.login.user) throw new Error(`login ${username} failed`);
  return agent as Agent;
}

/** The database id inside a global id. */
const rawId = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1] ?? "";

const LETTER = `letter { id status complex acknowledgedAt replyDraft replyText repliedAt replyDueAt ackDueAt
  extensionDays handler { username } department { code } replyApprovedBy { username } }`;
type Letter = {
  id: string;
  status: string;
  complex: boolean;
  acknowledgedAt: string | null;
  replyDraft: string | null;
  replyText: string | null;
  repliedAt: string | null;
  replyDueAt: string | null;
  ackDueAt: string | null;
  extensionDays: number;
  handler: { username: string } | null;
  department: { code: string } | null;
  replyApprovedBy: { username: string } | null;
};
type Payload = { letter: Letter | null; error: { message: string; field: string | null } | null };

async function act(agent: Agent, field: string, vars: Record<string, unknown>, types: Record<string, string>) {
  const decl = Object.entries(types)
    .map(([k, v]) => `$${k}: ${v}`)
    .join(", ");
  const args = Object.keys(types)
    .map((k) => `${k}: $${k}`)
    .join(", ");
  const result = await agent.gql<Record<string, Payload>>(
    `mutation(${decl}) { ${field}(${args}) { ${LETTER} error { message field } } }`,
    vars,
  );
  return { result, payload: result.data?.[field], error: result.data?.[field]?.error?.message };
}

const register = (a: Agent, letterId: string, input: Record<string, unknown>) =>
  act(a, "registerLetter", { letterId, input }, { letterId: "ID!", input: "RegisterLetterInput!" });
const assign = (a: Agent, letterId: string, departmentId: string, handlerId: string) =>
  act(
    a,
    "assignLetter",
    { letterId, departmentId, handlerId },
    { letterId: "ID!", departmentId: "ID!", handlerId: "ID!" },
  );
const reassign = (a: Agent, letterId: string, vars: { departmentId: string; handlerId?: string; reason: string }) =>
  act(
    a,
    "reassignLetter",
    { letterId, ...vars },
    { letterId: "ID!", departmentId: "ID!", handlerId: "ID", reason: "String!" },
  );
const acknowledge = (a: Agent, letterId: string) => act(a, "acknowledgeLetter", { letterId }, { letterId: "ID!" });
const pause = (a: Agent, letterId: string, kind: string, note = "请补充申请信息的具体名称和文号") =>
  act(a, "pauseLetter", { letterId, kind, note }, { letterId: "ID!", kind: "LetterPauseKind!", note: "String!" });
const resume = (a: Agent, letterId: string) => act(a, "resumeLetter", { letterId }, { letterId: "ID!" });
const extend = (a: Agent, letterId: string, days: number, reason = "需调取多个年度的档案") =>
  act(a, "extendLetterDeadline", { letterId, days, reason }, { letterId: "ID!", days: "Int!", reason: "String!" });
const draft = (a: Agent, letterId: string, text: string) =>
  act(a, "draftLetterReply", { letterId, text }, { letterId: "ID!", text: "String!" });
const submit = (a: Agent, letterId: string, text?: string) =>
  text === undefined
    ? act(a, "submitLetterReply", { letterId }, { letterId: "ID!" })
    : act(a, "submitLetterReply", { letterId, text }, { letterId: "ID!", text: "String" });
const approve = (a: Agent, letterId: string) => act(a, "approveLetterReply", { letterId }, { letterId: "ID!" });
const giveBack = (a: Agent, letterId: string, opinion: string) =>
  act(a, "returnLetterReply", { letterId, opinion }, { letterId: "ID!", opinion: "String!" });
const send = (a: Agent, letterId: string) => act(a, "sendLetterReply", { letterId }, { letterId: "ID!" });
const close = (a: Agent, letterId: string) => act(a, "closeLetter", { letterId }, { letterId: "ID!" });

/** A letter submitted by a citizen, registered and assigned to the plan-making handler. */
async function assignedLetter(input: Parameters<typeof f.letter>[0] = {}, complex = false) {
  const row = await f.letter(input);
  const id = globalId("Letter", row.id);
  expect((await register(registrar, id, { type: row.type, complex })).error).toBeUndefined();
  expect((await assign(registrar, id, planDept, planHandlerId)).payload?.letter?.status).toBe("ASSIGNED");
  return id;
}

describe("a complex complaint from receipt to closing", () => {
  it("walks every role, refusing each step out of turn with the reason", async () => {
    await travel("2026-03-02T01:00:00Z");
    const row = await f.letter({ type: "COMPLAINT", subject: "五象新区某工地夜间施工噪声扰民" });
    const id = globalId("Letter", row.id);

    // Registering is for handlers and admins.
    const byEditor = await register(editor, id, { type: "COMPLAINT", complex: true });
    expect(errorCode(byEditor.result)).toBe("FORBIDDEN");
    expect(byEditor.result.errors?.[0]?.message).toBe("需要以下角色之一：承办、管理员");
    expect((await assign(registrar, id, planDept, planHandlerId)).error).toBe(
      "来信当前状态为“待登记”，不能分办，请先登记",
    );

    const registered = await register(registrar, id, { type: "COMPLAINT", complex: true });
    expect(registered.payload?.letter).toMatchObject({
      status: "REGISTERED",
      complex: true,
      // 2 working days for the acknowledgement (Mar 3, 4), 7 for the reply (Mar 3–6, 9–11).
      ackDueAt: "2026-03-04T15:59:59.999Z",
      replyDueAt: "2026-03-11T15:59:59.999Z",
    });

    expect((await assign(registrar, id, planDept, registrarId)).payload?.error).toEqual({
      message: "所选承办人不属于该科室",
      field: "handlerId",
    });
    const assigned = await assign(registrar, id, planDept, planHandlerId);
    expect(assigned.payload?.letter).toMatchObject({
      status: "ASSIGNED",
      handler: { username: "plan-handler" },
      department: { code: "plan-making" },
    });

    // Only the assigned handler acts on it; a complex letter needs 已告知 before the reply.
    expect((await acknowledge(registrar, id)).error).toBe("只有本件的承办人可以告知已收到");
    expect((await submit(planHandler, id, "经核查，该工地已办理夜间施工许可。")).error).toBe(
      "复杂件须先告知来信人已收到来信（已告知），再提交答复；告知不算作答复",
    );
    const untouched = await t.prisma.letter.findUniqueOrThrow({ where: { id: row.id } });
    expect(untouched.replyDraft).toBeNull();
    expect((await pause(planHandler, id, "AWAITING_COMPLETION")).payload?.error).toEqual({
      message: "只有依申请公开的申请可以中止计时（补正或征求第三方意见）",
      field: "kind",
    });

    await travel("2026-03-03T01:00:00Z");
    const acked = await acknowledge(planHandler, id);
    expect(acked.payload?.letter).toMatchObject({ status: "ASSIGNED", repliedAt: null, replyText: null });
    expect(acked.payload?.letter?.acknowledgedAt).toBe("2026-03-03T01:00:00.000Z");
    expect((await acknowledge(planHandler, id)).error).toBe("已告知来信人收到来信，无须重复告知");

    expect((await draft(planHandler, id, "   ")).payload?.error).toEqual({
      message: "答复内容不能为空",
      field: "text",
    });
    const submitted = await submit(
      planHandler,
      id,
      "经核查，该工地已办理夜间施工许可，我局已要求其22时后停止高噪声作业。",
    );
    expect(submitted.payload?.letter?.status).toBe("REPLY_IN_REVIEW");
    expect((await draft(planHandler, id, "改一改")).error).toBe(
      "来信当前状态为“答复待审核”，不能起草答复，答复正在审核中，请等待审批或退回",
    );
    expect((await send(planHandler, id)).error).toBe("答复尚未经科室负责领导审批，不能发送");

    // Approval: the head of the letter's own department only.
    expect((await approve(lettersHead, id)).error).toBe("只有承办科室的科室负责领导可以审批答复");
    const byHandler = await approve(planHandler, id);
    expect(byHandler.result.errors?.[0]?.message).toBe("需要以下角色之一：科室负责领导");
    expect((await giveBack(head, id, "  ")).payload?.error).toEqual({
      message: "退回时须填写审核意见，告诉承办人需要修改什么",
      field: "opinion",
    });
    expect((await giveBack(head, id, "请写明整改期限")).payload?.letter?.status).toBe("ASSIGNED");
    expect(
      (await submit(planHandler, id, "……已要求其22时后停止高噪声作业，整改期限为3月10日。")).error,
    ).toBeUndefined();
    const approved = await approve(head, id);
    expect(approved.payload?.letter).toMatchObject({
      status: "REPLY_IN_REVIEW",
      replyApprovedBy: { username: "depthead" },
    });
    expect((await approve(head, id)).error).toBe("答复已审批通过，等待承办人发送");

    const sent = await send(planHandler, id);
    expect(sent.payload?.letter).toMatchObject({
      status: "REPLIED",
      replyText: "……已要求其22时后停止高噪声作业，整改期限为3月10日。",
      repliedAt: "2026-03-03T01:00:00.000Z",
    });
    expect((await close(editor, id)).result.errors?.[0]?.message).toBe("需要以下角色之一：承办、科室负责领导、管理员");
    expect((await close(lettersHead, id)).error).toBe("只有承办人、承办科室的科室负责领导或管理员可以办结");
    expect((await close(planHandler, id)).payload?.letter?.status).toBe("CLOSED");

    // The timeline: every step, who, before and after; public ones marked.
    const timeline = await head.gql<{
      staffLetter: {
        events: Array<{
          action: string;
          fromStatus: string | null;
          toStatus: string;
          public: boolean;
          actor: { username: string } | null;
          note: string | null;
        }>;
      };
    }>(
      `query($id: ID!) { staffLetter(id: $id) { events { action fromStatus toStatus public note actor { username } } } }`,
      { id },
    );
    const events = timeline.data?.staffLetter.events ?? [];
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.public, e.actor?.username ?? null])).toEqual([
      ["SUBMITTED", null, "RECEIVED", true, null],
      ["REGISTERED", "RECEIVED", "REGISTERED", false, "handler"],
      ["ASSIGNED", "REGISTERED", "ASSIGNED", false, "handler"],
      ["ACKNOWLEDGED", "ASSIGNED", "ASSIGNED", true, "plan-handler"],
      ["REPLY_DRAFTED", "ASSIGNED", "ASSIGNED", false, "plan-handler"],
      ["REPLY_SUBMITTED", "ASSIGNED", "REPLY_IN_REVIEW", false, "plan-handler"],
      ["REPLY_RETURNED", "REPLY_IN_REVIEW", "ASSIGNED", false, "depthead"],
      ["REPLY_DRAFTED", "ASSIGNED", "ASSIGNED", false, "plan-handler"],
      ["REPLY_SUBMITTED", "ASSIGNED", "REPLY_IN_REVIEW", false, "plan-handler"],
      ["REPLY_APPROVED", "REPLY_IN_REVIEW", "REPLY_IN_REVIEW", false, "depthead"],
      ["REPLIED", "REPLY_IN_REVIEW", "REPLIED", true, "plan-handler"],
      ["CLOSED", "REPLIED", "CLOSED", false, "plan-handler"],
    ]);
    expect(events.find((e) => e.action === "REPLY_RETURNED")?.note).toBe("请写明整改期限");

    const audited = await t.prisma.auditEntry.findMany({
      where: { targetId: row.id, action: { startsWith: "letters." } },
      orderBy: { at: "asc" },
    });
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "letters.register",
        "letters.assign",
        "letters.acknowledge",
        "letters.reply.approve",
        "letters.reply.send",
        "letters.close",
      ]),
    );
  });

  it("never lets a head approve or return a reply they drafted themselves", async () => {
    const row = await f.letter();
    const id = globalId("Letter", row.id);
    await register(registrar, id, { type: "CONSULTATION", complex: false });
    expect((await assign(registrar, id, planDept, headHandlerId)).payload?.letter?.status).toBe("ASSIGNED");
    expect((await submit(headHandler, id, "规划方案将于3月底公示。")).payload?.letter?.status).toBe("REPLY_IN_REVIEW");
    expect((await approve(headHandler, id)).error).toBe("不能审批自己起草的答复");
    expect((await giveBack(headHandler, id, "自己退回")).error).toBe("不能审批自己起草的答复");
    expect((await approve(head, id)).payload?.letter?.replyApprovedBy).toEqual({ username: "depthead" });
  });
});

describe("reassignment", () => {
  it("needs a reason and a new handler, and moves the letter's steps to the new handler", async () => {
    const id = await assignedLetter();
    const noReason = await reassign(registrar, id, { departmentId: planDept, handlerId: headHandlerId, reason: "" });
    expect(errorCode(noReason.result)).toBe("BAD_USER_INPUT");
    expect(noReason.result.errors?.[0]?.message).toBe("请填写原因（至少 2 个字）");
    expect((await reassign(registrar, id, { departmentId: planDept, reason: "承办人休假" })).payload?.error).toEqual({
      message: "办理中的来信改派时须指定新的承办人",
      field: "handlerId",
    });
    expect(
      (await reassign(editor, id, { departmentId: planDept, handlerId: headHandlerId, reason: "承办人休假" })).result
        .errors?.[0]?.message,
    ).toBe("需要以下角色之一：承办、管理员");
    const moved = await reassign(registrar, id, {
      departmentId: planDept,
      handlerId: headHandlerId,
      reason: "承办人休假",
    });
    expect(moved.payload?.letter).toMatchObject({ status: "ASSIGNED", handler: { username: "head-handler" } });
    expect((await acknowledge(planHandler, id)).error).toBe("只有本件的承办人可以告知已收到");
    const event = await t.prisma.letterEvent.findFirstOrThrow({
      where: { letterId: rawId(id), action: "REASSIGNED" },
    });
    expect(event.note).toBe("改派至规划编制科 head-handler（测试）。原因：承办人休假");
  });

  it("sends a registered letter to another department without a handler yet", async () => {
    const row = await f.letter();
    const id = globalId("Letter", row.id);
    await register(registrar, id, { type: "SUGGESTION", complex: false });
    const moved = await reassign(registrar, id, { departmentId: planDept, reason: "属规划编制科职责" });
    expect(moved.payload?.letter).toMatchObject({
      status: "REGISTERED",
      handler: null,
      department: { code: "plan-making" },
    });
  });
});

describe("disclosure requests: 补正, third parties and the extension", () => {
  it("pauses once for completion, resumes, and extends once by at most 20 working days", async () => {
    await travel("2026-03-02T01:00:00Z");
    const id = await assignedLetter({
      type: "DISCLOSURE_REQUEST",
      subject: "申请公开南宁市轨道交通5号线站点规划许可文件",
    });
    const before = await t.prisma.letter.findUniqueOrThrow({ where: { id: rawId(id) } });
    expect(before.replyDueAt?.toISOString()).toBe("2026-03-30T15:59:59.999Z");

    await travel("2026-03-04T02:00:00Z"); // Wed Mar 4, 10:00 Beijing
    const paused = await pause(planHandler, id, "AWAITING_COMPLETION");
    expect(paused.payload?.letter).toMatchObject({ status: "PAUSED", replyDueAt: null });
    expect((await submit(planHandler, id, "答复")).error).toBe(
      "来信当前状态为“中止计时”，不能提交答复审核，请先恢复计时",
    );

    await travel("2026-03-11T07:00:00Z"); // the applicant answered on Wed Mar 11
    const resumed = await resume(planHandler, id);
    // Mar 3–4 counted, Mar 5–11 stopped, then 18 more: Mar 12 … Apr 7 (Qingming Apr 4–6).
    expect(resumed.payload?.letter).toMatchObject({ status: "ASSIGNED", replyDueAt: "2026-04-07T15:59:59.999Z" });
    expect((await pause(planHandler, id, "AWAITING_COMPLETION")).error).toBe(
      "补正应一次性告知申请人，本申请已经补正过一次",
    );

    // The extension: the head of the letter's department, once, 1–20 working days.
    expect((await extend(planHandler, id, 10)).result.errors?.[0]?.message).toBe("需要以下角色之一：科室负责领导");
    expect((await extend(lettersHead, id, 10)).error).toBe("只有承办科室的科室负责领导可以延期答复");
    expect((await extend(head, id, 21)).payload?.error).toEqual({
      message: "延长期限须为 1 至 20 个工作日",
      field: "days",
    });
    const extended = await extend(head, id, 20);
    // 20 more working days after Apr 7: Apr 8–10, 13–17, 20–24, 27–30, May 6 (May 1–5 off) … May 8.
    expect(extended.payload?.letter).toMatchObject({ extensionDays: 20, replyDueAt: "2026-05-08T15:59:59.999Z" });
    expect((await extend(head, id, 5)).error).toBe("依申请公开的答复期限只能延长一次，本申请已经延期");

    const events = await t.prisma.letterEvent.findMany({
      where: { letter: { id: before.id }, public: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => [e.action, e.note])).toEqual([
      ["SUBMITTED", "来信已提交"],
      ["PAUSED", "补正：请补充申请信息的具体名称和文号"],
      ["RESUMED", "已恢复计时，我们将继续办理您的申请。"],
      ["EXTENDED", "答复期限延长 20 个工作日。理由：需调取多个年度的档案"],
    ]);
  });

  it("refuses 补正 after 7 working days, and an extension for other letters", async () => {
    await travel("2026-03-02T01:00:00Z");
    const request = await assignedLetter({ type: "DISCLOSURE_REQUEST" });
    await travel("2026-03-12T01:00:00Z"); // Mar 3–6, 9–11 were the 7 working days
    expect((await pause(planHandler, request, "AWAITING_COMPLETION")).error).toBe(
      "补正须在收到申请之日起 7 个工作日内提出，已超过期限，不能再中止计时",
    );
    expect(
      (await pause(planHandler, request, "AWAITING_THIRD_PARTY", "已书面征求第三方意见")).payload?.letter?.status,
    ).toBe("PAUSED");

    const consultation = await assignedLetter();
    expect((await extend(head, consultation, 5)).error).toBe("只有依申请公开的申请可以延期答复");
  });
});

// The staff inbox and the letter page: filters, counts, the overdue flag, the oldest open letter,
// and personal data — masked for everyone but the assigned handler, their head and admins, whose
// full reads are audited. The clock stays at Mon 2026-03-02 09:00 Beijing; the letters are scoped
// to a department of their own so the demo seed's letters never change the numbers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import type { Letter } from "../../generated/prisma/client.js";
import { globalId, letterFixtures } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let f: ReturnType<typeof letterFixtures>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let handler: Agent, head: Agent, otherHandler: Agent, otherHead: Agent, admin: Agent, editor: Agent;
let dept: string;
let overdue: Letter, ackSoon: Letter, paused: Letter, replied: Letter, replySoon: Letter, elsewhere: Letter;

const at = (beijing: string) => new Date(`${beijing}+08:00`);

async function signIn(username: string): Promise<Agent> {
  const agent = t.agent();
  if (!(await agent.login(username)).data?.login.user) throw new Error(`login ${username} failed`);
  return agent as Agent;
}

beforeAll(async () => {
  t = await createTestApp();
  f = letterFixtures(t.services);
  const department = await t.prisma.department.create({
    data: { code: "inbox-test", name: "收件测试科", sortOrder: 99 },
  });
  dept = globalId("Department", department.id);
  const h = await f.staff(["HANDLER"], "inbox-test", "inbox-handler");
  await f.staff(["DEPT_HEAD"], "inbox-test", "inbox-head");
  const assigned = { status: "ASSIGNED" as const, departmentId: department.id, handlerId: h.id };

  // Received Mon Jan 5: due Jan 14 (7 working days), long overdue.
  overdue = await f.letter({
    type: "COMPLAINT",
    subject: "青秀区某小区旁工地扬尘",
    receivedAt: at("2026-01-05T10:00:00"),
  });
  await f.set(overdue.id, assigned);
  // Complex, received Fri Feb 27: acknowledgement due Mon Mar 2 (Sat Feb 28 is worked) — due soon; reply Mar 9.
  ackSoon = await f.letter({
    subject: "地铁5号线站点出入口位置",
    complex: true,
    receivedAt: at("2026-02-27T16:00:00"),
  });
  await f.set(ackSoon.id, assigned);
  // Received Fri Feb 20, Spring Festival until Feb 23, Sat Feb 28 worked: 1–4 Feb 24–27, 5 Feb 28, 6 Mar 2, 7 Mar 3.
  replySoon = await f.letter({
    channel: "CITIZEN_PLATFORM",
    externalId: "ZM-2026-0088",
    type: "SUGGESTION",
    subject: "建议在邕江南岸增设亲水步道",
    receivedAt: at("2026-02-20T11:00:00"),
  });
  await f.set(replySoon.id, assigned);
  paused = await f.letter({
    type: "DISCLOSURE_REQUEST",
    subject: "申请公开五象新区控规调整批复",
    requestDetails: { idType: "身份证", idNumber: "450102199001011234" },
    receivedAt: at("2026-02-25T09:00:00"),
  });
  await f.set(paused.id, assigned);
  await f.pause(paused.id, "AWAITING_COMPLETION", at("2026-02-26T15:00:00"));
  replied = await f.letter({ subject: "已答复的来信", receivedAt: at("2025-12-01T09:00:00") });
  await f.set(replied.id, { ...assigned, status: "REPLIED", repliedAt: at("2025-12-05T09:00:00") });
  // Another department's letter, assigned to the seeded handler of 信访科.
  elsewhere = await f.letter({ subject: "其他科室的来信" });
  await f.set(elsewhere.id, {
    status: "ASSIGNED",
    departmentId: await f.departmentId("letters"),
    handlerId: await f.userId("handler"),
  });

  handler = await signIn("inbox-handler");
  head = await signIn("inbox-head");
  otherHandler = await t.agent().loginAs("HANDLER");
  otherHead = await t.agent().loginAs("DEPT_HEAD");
  admin = await t.agent().loginAs("ADMIN");
  editor = await t.agent().loginAs("EDITOR");
});
afterAll(() => t.close());

type Node = {
  id: string;
  subject: string;
  overdue: boolean;
  ackOverdue: boolean;
  remainingWorkingDays: number | null;
  ageDays: number;
  writer: { name: string | null; phone: string | null; masked: boolean };
};
const INBOX = `query($filter: LetterInboxFilter, $order: LetterInboxOrder) {
  letterInbox(filter: $filter, order: $order, first: 50) {
    totalCount
    edges { node { id subject overdue ackOverdue remainingWorkingDays ageDays writer { name phone masked } } }
  }
}`;

async function inbox(agent: Agent, filter: Record<string, unknown>, order?: string) {
  const result = await agent.gql<{ letterInbox: { totalCount: number; edges: Array<{ node: Node }> } }>(INBOX, {
    filter,
    order,
  });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { total: result.data.letterInbox.totalCount, nodes: result.data.letterInbox.edges.map((e) => e.node) };
}
const idOf = (l: Letter) => globalId("Letter", l.id);

describe("the inbox", () => {
  it("lists the department's open letters most urgent first, with clocks and the overdue flag", async () => {
    const { total, nodes } = await inbox(handler, { departmentId: dept, open: true });
    expect(total).toBe(4);
    // Due Jan 14, Mar 3, Mar 9, then the paused one (no running clock).
    expect(nodes.map((n) => n.id)).toEqual([idOf(overdue), idOf(replySoon), idOf(ackSoon), idOf(paused)]);
    const [late, soon] = nodes;
    // 36 working days have passed since Jan 5 (Jan 6 … Mar 2, with the 调休 Saturday Feb 14 and Feb 28).
    expect(late).toMatchObject({ overdue: true, remainingWorkingDays: 7 - 36, ageDays: 56 });
    expect(soon).toMatchObject({ overdue: false, remainingWorkingDays: 1 });
    expect(nodes[3]?.remainingWorkingDays).toBeNull();
    // Lists mask personal data for everyone, the assigned handler included.
    expect(late?.writer).toEqual({ name: "张**", phone: "138****5678", masked: true });
  });

  it("filters by due state, channel, type, handler and search", async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await inbox(handler, { departmentId: dept, ...filter })).nodes.map((n) => n.id);
    expect(await ids({ due: "OVERDUE" })).toEqual([idOf(overdue)]);
    expect(await ids({ due: "DUE_SOON" })).toEqual([idOf(replySoon), idOf(ackSoon)]);
    expect(await ids({ due: "PAUSED" })).toEqual([idOf(paused)]);
    expect(await ids({ channel: "CITIZEN_PLATFORM" })).toEqual([idOf(replySoon)]);
    expect(await ids({ type: "DISCLOSURE_REQUEST" })).toEqual([idOf(paused)]);
    expect(await ids({ status: "REPLIED" })).toEqual([idOf(replied)]);
    expect(await ids({ search: "亲水步道" })).toEqual([idOf(replySoon)]);
    expect(await ids({ search: "ZM-2026-0088" })).toEqual([idOf(replySoon)]);
    const code = overdue.trackingCode
      .toLowerCase()
      .replace(/(.{4})/g, "$1-")
      .replace(/-$/, "");
    expect(await ids({ search: code })).toEqual([idOf(overdue)]);
    const mine = await inbox(otherHandler, { mine: true, search: "其他科室" });
    expect(mine.nodes.map((n) => n.id)).toEqual([idOf(elsewhere)]);
    expect((await inbox(handler, { departmentId: dept }, "NEWEST")).nodes[0]?.id).toBe(idOf(ackSoon));
  });

  it("lists published letters and those hidden by moderation apart", async () => {
    await f.set(replied.id, { publishedAt: at("2025-12-06T09:00:00") });
    await f.set(overdue.id, {
      publishedAt: at("2026-01-20T09:00:00"),
      hiddenAt: at("2026-01-21T09:00:00"),
      hiddenReason: "含不实信息",
    });
    const ids = async (publication: string) =>
      (await inbox(handler, { departmentId: dept, publication })).nodes.map((n) => n.id);
    expect(await ids("PUBLISHED")).toEqual([idOf(replied)]);
    expect(await ids("HIDDEN")).toEqual([idOf(overdue)]);
    await f.set(overdue.id, { publishedAt: null, hiddenAt: null, hiddenReason: null });
    await f.set(replied.id, { publishedAt: null });
  });

  it("counts per status, overdue, due soon and paused, and tells the oldest open letter's age", async () => {
    const result = await head.gql<{ letterInboxCounts: Record<string, unknown> }>(
      `query($filter: LetterInboxFilter) { letterInboxCounts(filter: $filter) {
        total open overdue dueSoon paused byStatus { status count } oldestOpenAgeDays oldestOpenLetter { id }
      } }`,
      { filter: { departmentId: dept, status: "PAUSED", due: "OVERDUE" } },
    );
    expect(result.data?.letterInboxCounts).toEqual({
      total: 5,
      open: 4,
      overdue: 1,
      dueSoon: 2,
      paused: 1,
      byStatus: [
        { status: "RECEIVED", count: 0 },
        { status: "REGISTERED", count: 0 },
        { status: "ASSIGNED", count: 3 },
        { status: "PAUSED", count: 1 },
        { status: "REPLY_IN_REVIEW", count: 0 },
        { status: "REPLIED", count: 1 },
        { status: "CLOSED", count: 0 },
      ],
      oldestOpenAgeDays: 56,
      oldestOpenLetter: { id: idOf(overdue) },
    });
  });

  it("is for letter staff only", async () => {
    const denied = await editor.gql(INBOX, { filter: {} });
    expect(errorCode(denied)).toBe("FORBIDDEN");
    expect(errorCode(await t.agent().gql(INBOX, { filter: {} }))).toBe("UNAUTHENTICATED");
  });
});

describe("personal data on the letter page", () => {
  const PAGE = `query($id: ID!, $full: Boolean) { staffLetter(id: $id) {
    mayViewFullWriter writer(full: $full) { name phone email requestDetailsJson masked }
  } }`;
  type Page = {
    staffLetter: {
      mayViewFullWriter: boolean;
      writer: { name: string; phone: string; email: string; requestDetailsJson: string | null; masked: boolean };
    };
  };
  const page = (agent: Agent, letter: Letter, full: boolean) => agent.gql<Page>(PAGE, { id: idOf(letter), full });
  const reads = (letter: Letter, outcome: "SUCCESS" | "DENIED") =>
    t.prisma.auditEntry.findMany({ where: { action: "letters.personal_data.read", targetId: letter.id, outcome } });

  it("masks it for a handler of another department and refuses the full values, auditing the attempt", async () => {
    const masked = await page(otherHandler, paused, false);
    expect(masked.data?.staffLetter).toEqual({
      mayViewFullWriter: false,
      writer: {
        name: "张**",
        phone: "138****5678",
        email: "z***@example.com",
        requestDetailsJson: JSON.stringify({ idType: "身**", idNumber: "4******" }),
        masked: true,
      },
    });
    const full = await page(otherHandler, paused, true);
    expect(errorCode(full)).toBe("FORBIDDEN");
    expect(full.errors?.[0]?.message).toBe("只有本件承办人、承办科室的科室负责领导和管理员可以查看完整的个人信息");
    expect(await reads(paused, "DENIED")).toHaveLength(1);
    expect(errorCode(await page(otherHead, paused, true))).toBe("FORBIDDEN");
    expect(await reads(paused, "SUCCESS")).toHaveLength(0);
  });

  it("gives the full values to the assigned handler, the department's head and admins, and audits each read", async () => {
    for (const [agent, name] of [
      [handler, "inbox-handler（测试）"],
      [head, "inbox-head（测试）"],
      [admin, "李明（管理员）"],
    ] as const) {
      const full = await page(agent, paused, true);
      expect(full.data?.staffLetter).toEqual({
        mayViewFullWriter: true,
        writer: {
          name: "张三丰",
          phone: "13812345678",
          email: "zhang@example.com",
          requestDetailsJson: JSON.stringify({ idType: "身份证", idNumber: "450102199001011234" }),
          masked: false,
        },
      });
      const audited = await reads(paused, "SUCCESS");
      expect(audited.at(-1)).toMatchObject({ actorName: name, targetType: "Letter" });
    }
    expect(await reads(paused, "SUCCESS")).toHaveLength(3);
    // Asking for the masked view is not a full read.
    await page(handler, paused, false);
    expect(await reads(paused, "SUCCESS")).toHaveLength(3);
  });

  it("finds a letter by tracking code, and answers NOT_FOUND for a wrong one", async () => {
    const byCode = await handler.gql<{ staffLetter: { id: string } }>(
      "query($code: String) { staffLetter(trackingCode: $code) { id } }",
      { code: overdue.trackingCode },
    );
    expect(byCode.data?.staffLetter.id).toBe(idOf(overdue));
    const missing = await handler.gql('query { staffLetter(trackingCode: "0000-0000-0000") { id } }');
    expect(errorCode(missing)).toBe("NOT_FOUND");
  });
});

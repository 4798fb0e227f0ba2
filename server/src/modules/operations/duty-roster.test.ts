// 网站值班 through the API: any staff member reads the roster; maintainers and admins change it,
// within the rules (no past days, no disabled accounts, nobody twice a day), and every change is
// audited. "Today" is the Asia/Shanghai day of the clock (the harness starts at 09:00, 2 March).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let editor: Agent, maintainer: Agent, admin: Agent, leader: Agent;
const userIds = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.agent().loginAs("EDITOR");
  maintainer = await t.agent().loginAs("MAINTAINER");
  admin = await t.agent().loginAs("ADMIN");
  leader = await t.agent().loginAs("LEADER");
  const candidates = await admin.gql<{ dutyCandidates: Array<{ id: string; username: string }> }>(
    "{ dutyCandidates { id username } }",
  );
  for (const u of candidates.data?.dutyCandidates ?? []) userIds.set(u.username, u.id);
});
afterAll(() => t.close());

type Shift = {
  id: string;
  date: string;
  note: string | null;
  user: { username: string };
  assignedBy: { username: string } | null;
};
const SHIFT = "id date note user { username } assignedBy { username }";
type AssignPayload = { shift: Shift | null; error: { message: string; field: string | null } | null };

async function assign(agent: Agent, date: string, username: string, note?: string) {
  const result = await agent.gql<{ assignDutyShift: AssignPayload }>(
    `mutation($date: String!, $userId: ID!, $note: String) {
      assignDutyShift(date: $date, userId: $userId, note: $note) { shift { ${SHIFT} } error { message field } }
    }`,
    { date, userId: userIds.get(username), note },
  );
  return { result, payload: result.data?.assignDutyShift };
}

async function remove(agent: Agent, id: string) {
  const result = await agent.gql<{ removeDutyShift: { removedId: string | null; error: { message: string } | null } }>(
    "mutation($id: ID!) { removeDutyShift(id: $id) { removedId error { message } } }",
    { id },
  );
  return { result, payload: result.data?.removeDutyShift };
}

const roster = async (agent: Agent, from: string, to: string) =>
  agent.gql<{ dutyRoster: Shift[] }>(
    `query($from: String!, $to: String!) { dutyRoster(from: $from, to: $to) { ${SHIFT} } }`,
    {
      from,
      to,
    },
  );

describe("reading the duty roster", () => {
  it("shows any staff member the roster by day, and who is on duty today", async () => {
    const week = await roster(editor, "2026-03-02", "2026-03-08");
    const days = week.data?.dutyRoster.map((s) => s.date) ?? [];
    expect(days).toHaveLength(14); // the demo: maintainer and leader every day
    expect(days).toEqual([...days].sort());
    expect(new Set(week.data?.dutyRoster.map((s) => s.user.username))).toEqual(new Set(["maintainer", "leader"]));

    const today = await editor.gql<{
      onDutyToday: { date: string; viewerOnDuty: boolean; shifts: Array<{ user: { username: string } }> };
    }>("{ onDutyToday { date viewerOnDuty shifts { user { username } } } }");
    expect(today.data?.onDutyToday).toMatchObject({ date: "2026-03-02", viewerOnDuty: false });
    expect(today.data?.onDutyToday.shifts.map((s) => s.user.username).sort()).toEqual(["leader", "maintainer"]);
    const mine = await maintainer.gql<{ onDutyToday: { viewerOnDuty: boolean } }>("{ onDutyToday { viewerOnDuty } }");
    expect(mine.data?.onDutyToday.viewerOnDuty).toBe(true);
  });

  it("turns to the next day at Beijing midnight", async () => {
    t.clock.set("2026-03-02T16:00:00Z");
    try {
      const late = await t.agent().loginAs("HANDLER");
      const today = await late.gql<{ onDutyToday: { date: string } }>("{ onDutyToday { date } }");
      expect(today.data?.onDutyToday.date).toBe("2026-03-03");
    } finally {
      t.clock.set("2026-03-02T01:00:00Z");
    }
  });

  it("refuses citizens, malformed days and spans longer than a quarter", async () => {
    expect(errorCode(await roster(t.agent(), "2026-03-02", "2026-03-08"))).toBe("UNAUTHENTICATED");
    const malformed = await roster(editor, "2026-02-30", "2026-03-08");
    expect(errorCode(malformed)).toBe("BAD_USER_INPUT");
    expect(malformed.errors?.[0]?.message).toBe("日期格式应为 YYYY-MM-DD，例如 2026-03-02");
    expect((await roster(editor, "2026-03-08", "2026-03-02")).errors?.[0]?.message).toBe("结束日期不能早于开始日期");
    expect(errorCode(await roster(editor, "2026-03-01", "2026-06-01"))).toBe("BAD_USER_INPUT");
    expect(errorCode(await editor.gql("{ dutyCandidates { id } }"))).toBe("FORBIDDEN");
  });
});

describe("keeping the duty roster", () => {
  it("lets a maintainer put someone on duty today or later, and take them off again", async () => {
    const { payload } = await assign(maintainer, "2026-03-02", "handler", " 处理暴雨期间来信 ");
    expect(payload?.error).toBeNull();
    expect(payload?.shift).toMatchObject({
      date: "2026-03-02",
      note: "处理暴雨期间来信",
      user: { username: "handler" },
      assignedBy: { username: "maintainer" },
    });
    const id = payload?.shift?.id ?? "";
    const assigned = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: "operations.duty.assign", outcome: "SUCCESS" },
    });
    expect(assigned).toMatchObject({ actorName: "梁振宇（网站维护）", targetType: "DutyShift" });
    expect(assigned.detail).toMatchObject({ date: "2026-03-02", userId: expect.any(String) });

    const removed = await remove(maintainer, id);
    expect(removed.payload).toEqual({ removedId: id, error: null });
    expect(
      (await roster(editor, "2026-03-02", "2026-03-02")).data?.dutyRoster.map((s) => s.user.username),
    ).not.toContain("handler");
    expect(await t.prisma.auditEntry.count({ where: { action: "operations.duty.remove", outcome: "SUCCESS" } })).toBe(
      1,
    );
  });

  it("lets an admin keep the roster too, but not editors or leaders", async () => {
    const byAdmin = await assign(admin, "2026-03-20", "checker");
    expect(byAdmin.payload?.shift?.assignedBy?.username).toBe("admin");
    expect(errorCode((await assign(editor, "2026-03-21", "checker")).result)).toBe("FORBIDDEN");
    expect(errorCode((await assign(leader, "2026-03-21", "checker")).result)).toBe("FORBIDDEN");
    expect(errorCode((await remove(leader, byAdmin.payload?.shift?.id ?? "")).result)).toBe("FORBIDDEN");
    expect(await t.prisma.dutyShift.count({ where: { date: new Date("2026-03-21T00:00:00Z") } })).toBe(2);
  });

  it("refuses past days, with the date named, and days more than a year ahead", async () => {
    const { payload } = await assign(maintainer, "2026-03-01", "handler");
    expect(payload?.error).toEqual({ message: "不能为已过去的日期（3月1日）安排值班", field: "date" });
    expect((await assign(maintainer, "2062-03-02", "handler")).payload?.error).toEqual({
      message: "只能安排一年以内的值班，请检查日期",
      field: "date",
    });
    const past = await roster(editor, "2026-03-01", "2026-03-01");
    const yesterday = past.data?.dutyRoster[0]?.id ?? "";
    expect((await remove(maintainer, yesterday)).payload?.error?.message).toBe("3月1日已过去，值班记录不能删除");
    expect(
      await t.prisma.auditEntry.count({ where: { action: { startsWith: "operations.duty." }, outcome: "FAILURE" } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("refuses the same person twice on one day", async () => {
    expect((await assign(maintainer, "2026-03-05", "maintainer")).payload?.error).toEqual({
      message: "梁振宇（网站维护）在3月5日已有值班安排",
      field: "userId",
    });
  });

  it("refuses disabled accounts, and leaves them out of today's duty", async () => {
    const handlerId = (await t.prisma.user.findUniqueOrThrow({ where: { username: "handler" } })).id;
    expect((await assign(maintainer, "2026-03-02", "handler")).payload?.error).toBeNull();
    await t.prisma.user.update({ where: { id: handlerId }, data: { disabledAt: t.clock.now() } });
    try {
      expect((await assign(maintainer, "2026-03-06", "handler")).payload?.error).toEqual({
        message: "蒙秀兰（承办）的账号已停用，不能安排值班",
        field: "userId",
      });
      const today = await editor.gql<{ onDutyToday: { shifts: Array<{ user: { username: string } }> } }>(
        "{ onDutyToday { shifts { user { username } } } }",
      );
      expect(today.data?.onDutyToday.shifts.map((s) => s.user.username)).not.toContain("handler");
      const candidates = await maintainer.gql<{ dutyCandidates: Array<{ username: string }> }>(
        "{ dutyCandidates { username } }",
      );
      expect(candidates.data?.dutyCandidates.map((u) => u.username)).not.toContain("handler");
    } finally {
      await t.prisma.user.update({ where: { id: handlerId }, data: { disabledAt: null } });
    }
  });

  it("puts the maintainer on duty through the roster, and then they may publish in an emergency", async () => {
    const maintainerId = (await t.prisma.user.findUniqueOrThrow({ where: { username: "maintainer" } })).id;
    await t.prisma.dutyShift.deleteMany({ where: { userId: maintainerId, date: new Date("2026-03-02T00:00:00Z") } });
    const created = await editor.gql<{ createContentItem: { item: { id: string } } }>(
      `mutation($input: CreateContentItemInput!) { createContentItem(input: $input) { item { id } } }`,
      { input: { kind: "NEWS", columnSlug: "news", title: "关于台风期间暂停现场踏勘的通知", body: "<p>正文</p>" } },
    );
    const itemId = created.data?.createContentItem.item.id;
    const publish = () =>
      maintainer.gql<{ emergencyPublishContentItem: { error: { message: string } | null } }>(
        `mutation($id: ID!) { emergencyPublishContentItem(itemId: $id, reason: "台风橙色预警，须立即告知市民") { error { message } } }`,
        { id: itemId },
      );
    expect((await publish()).data?.emergencyPublishContentItem.error?.message).toMatch(/不在值班表上/);
    expect((await assign(admin, "2026-03-02", "maintainer")).payload?.error).toBeNull();
    expect((await publish()).data?.emergencyPublishContentItem.error).toBeNull();
  });
});

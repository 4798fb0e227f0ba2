// 值班紧急发布 through the API: only a maintainer or leader on today's duty roster (the
// Asia/Shanghai day of the clock) may publish without the reviews; someone else approves afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";
import { dayToDate } from "../operations/duty-day.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let editor: Agent, head: Agent, leader: Agent, maintainer: Agent;
let maintainerId: string, leaderId: string;

// The harness clock: 09:00 on 2 March 2026 in Beijing.
const START = "2026-03-02T01:00:00Z";

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.agent().loginAs("EDITOR");
  head = await t.agent().loginAs("DEPT_HEAD");
  leader = await t.agent().loginAs("LEADER");
  maintainer = await t.agent().loginAs("MAINTAINER");
  maintainerId = (await t.prisma.user.findUniqueOrThrow({ where: { username: "maintainer" } })).id;
  leaderId = (await t.prisma.user.findUniqueOrThrow({ where: { username: "leader" } })).id;
});
afterAll(() => t.close());
afterEach(async () => {
  t.clock.set(START);
  // Back to the demo roster: maintainer and leader on duty every day around the start.
  await t.prisma.dutyShift.deleteMany({ where: { assignedById: { not: null } } });
  for (const userId of [maintainerId, leaderId]) {
    for (const day of ["2026-03-01", "2026-03-02", "2026-03-03"]) {
      await t.prisma.dutyShift.upsert({
        where: { date_userId: { date: dayToDate(day), userId } },
        create: { date: dayToDate(day), userId },
        update: {},
      });
    }
  }
});

type Payload = {
  item: { id: string; status: string; emergencyReason: string | null } | null;
  error: { message: string } | null;
};

async function draft(title: string): Promise<string> {
  const created = await editor.gql<{ createContentItem: Payload }>(
    `mutation($input: CreateContentItemInput!) { createContentItem(input: $input) { item { id status emergencyReason } error { message } } }`,
    { input: { kind: "NEWS", columnSlug: "news", title, body: "<p>紧急通知正文。</p>" } },
  );
  const id = created.data?.createContentItem.item?.id;
  if (!id) throw new Error(`draft failed: ${JSON.stringify(created)}`);
  return id;
}

async function emergencyPublish(agent: Agent, id: string, reason = "暴雨红色预警，须立即告知市民") {
  const result = await agent.gql<{ emergencyPublishContentItem: Payload }>(
    `mutation($id: ID!, $reason: String!) { emergencyPublishContentItem(itemId: $id, reason: $reason) { item { id status emergencyReason } error { message } } }`,
    { id, reason },
  );
  return result.data?.emergencyPublishContentItem;
}

const approve = async (agent: Agent, id: string) =>
  (
    await agent.gql<{ approveEmergencyPublication: Payload }>(
      'mutation($id: ID!) { approveEmergencyPublication(itemId: $id, opinion: "同意") { item { id } error { message } } }',
      { id },
    )
  ).data?.approveEmergencyPublication;

/** Leaves `userId` on duty only on these days. */
async function onDutyOnly(userId: string, days: string[]) {
  await t.prisma.dutyShift.deleteMany({ where: { userId } });
  await t.prisma.dutyShift.createMany({ data: days.map((day) => ({ date: dayToDate(day), userId })) });
}

const statusOf = async (id: string) =>
  (
    await editor.gql<{ node: { status: string } }>(
      "query($id: ID!) { node(id: $id) { ... on ContentItem { status } } }",
      { id },
    )
  ).data?.node.status;

describe("emergency publication by the staff on duty", () => {
  it("lets the maintainer on duty publish; the item is flagged until someone else approves", async () => {
    const id = await draft("关于暴雨期间暂停户外规划咨询活动的紧急通知");
    const published = await emergencyPublish(maintainer, id);
    expect(published).toMatchObject({
      error: null,
      item: { status: "PUBLISHED", emergencyReason: expect.any(String) },
    });
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: "publishing.emergency-publish", actorId: maintainerId },
      orderBy: { at: "desc" },
    });
    expect(audit.detail).toMatchObject({ dutyDay: "2026-03-02" });
    expect(await approve(head, id)).toMatchObject({ error: null });
  });

  it("does not let the publisher approve their own emergency publication", async () => {
    const id = await draft("关于临时封闭民族大道部分路段的紧急通知");
    expect((await emergencyPublish(leader, id))?.error).toBeNull();
    expect((await approve(leader, id))?.error?.message).toBe("紧急发布须由他人补充审批");
    expect((await approve(head, id))?.error).toBeNull();
  });

  it("refuses a maintainer who is not on duty today and says who is", async () => {
    await onDutyOnly(maintainerId, []);
    const id = await draft("不在值班的紧急发布");
    const refused = await emergencyPublish(maintainer, id);
    expect(refused?.item).toBeNull();
    expect(refused?.error?.message).toBe(
      "您今天（3月2日）不在值班表上，不能紧急发布。今天值班的是：覃志刚（分管局领导）。",
    );
    expect(await statusOf(id)).toBe("DRAFT");
  });

  it("refuses when the maintainer's shifts are on other days", async () => {
    await onDutyOnly(maintainerId, ["2026-03-01", "2026-03-03"]);
    const refused = await emergencyPublish(maintainer, await draft("值班在别的日子"));
    expect(refused?.error?.message).toMatch(/^您今天（3月2日）不在值班表上/);
  });

  it("says so when nobody is on duty, and ignores shifts of disabled accounts", async () => {
    await onDutyOnly(leaderId, []);
    await onDutyOnly(maintainerId, ["2026-03-02"]);
    await t.prisma.user.update({ where: { id: maintainerId }, data: { disabledAt: t.clock.now() } });
    try {
      const refused = await emergencyPublish(leader, await draft("无人值班"));
      expect(refused?.error?.message).toContain("今天没有安排值班人员");
    } finally {
      await t.prisma.user.update({ where: { id: maintainerId }, data: { disabledAt: null } });
    }
  });

  it("still refuses staff without the role, even on duty", async () => {
    const editorId = (await t.prisma.user.findUniqueOrThrow({ where: { username: "editor" } })).id;
    await onDutyOnly(editorId, ["2026-03-02"]);
    const result = await editor.gql(
      `mutation($id: ID!) { emergencyPublishContentItem(itemId: $id, reason: "暴雨红色预警，须立即告知市民") { error { message } } }`,
      { id: await draft("采编值班") },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  // Drafts first: moving the clock by most of a day ends the sessions signed in at the start.
  it("follows the Asia/Shanghai day: the shift ends at Beijing midnight, not UTC midnight", async () => {
    await onDutyOnly(maintainerId, ["2026-03-02"]);
    const [before, at] = [await draft("午夜前一秒"), await draft("午夜")];
    t.clock.set("2026-03-02T15:59:59Z"); // 23:59:59 on 2 March in Beijing
    const onNightShift = await t.agent().loginAs("MAINTAINER");
    expect((await emergencyPublish(onNightShift, before))?.error).toBeNull();
    t.clock.set("2026-03-02T16:00:00Z"); // 00:00 on 3 March in Beijing, still 2 March in UTC
    expect((await emergencyPublish(onNightShift, at))?.error?.message).toMatch(/^您今天（3月3日）不在值班表上/);
  });

  it("starts the shift at Beijing midnight, while UTC is still on the day before", async () => {
    await onDutyOnly(maintainerId, ["2026-03-03"]);
    const [before, at] = [await draft("尚未上班"), await draft("刚刚上班")];
    t.clock.set("2026-03-02T15:59:59Z");
    const onNightShift = await t.agent().loginAs("MAINTAINER");
    expect((await emergencyPublish(onNightShift, before))?.error?.message).toMatch(/^您今天（3月2日）不在值班表上/);
    t.clock.set("2026-03-02T16:00:00Z");
    expect((await emergencyPublish(onNightShift, at))?.error).toBeNull();
  });
});

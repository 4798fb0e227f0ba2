// Staff reading citizens' comments on planning publicity: who may, what they see, and that each
// page of names and phone numbers read is written to the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { HOUR } from "../../clock.js";
import { contentFixtures, globalId } from "../content/test-fixtures.js";
import { READ_COMMENTS_ACTION } from "./publicity-comments.service.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let publicityId: string;
let publicityDbId: string;
const commentIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const fixtures = contentFixtures(t.prisma);
  const column = await fixtures.column();
  const now = t.clock.now();
  const item = await fixtures.item(column.id, {
    kind: "PUBLICITY",
    title: "五象新区核心区控制性详细规划草案公示",
    publicityType: "PLAN_DRAFT",
    commentOpensAt: new Date(now.getTime() - 72 * HOUR),
    commentClosesAt: new Date(now.getTime() + 30 * 24 * HOUR),
  });
  publicityDbId = item.id;
  publicityId = globalId("ContentItem", item.id);
  const comments = [
    { name: "李明", phone: "13812345678", body: "建议增加社区公园。", hours: 48 },
    { name: "王芳", phone: "0771-5551234", body: "希望保留老街的骑楼。", hours: 24 },
    { name: "广告", phone: "13900000000", body: "代办各类证件", hours: 12, hidden: "广告信息" },
  ];
  for (const c of comments) {
    const created = await t.prisma.publicityComment.create({
      data: {
        itemId: item.id,
        name: c.name,
        phone: c.phone,
        body: c.body,
        createdAt: new Date(now.getTime() - c.hours * HOUR),
        hiddenAt: c.hidden ? now : null,
        hiddenReason: c.hidden ?? null,
      },
    });
    commentIds.push(created.id);
  }
});
afterAll(() => t.close());

const THREAD = `query($id: ID!, $first: Int, $after: String) {
  publicityCommentThread(itemId: $id) {
    item { id title }
    totalCount
    hiddenCount
    comments(first: $first, after: $after) {
      edges { node { id name phone body createdAt hiddenReason } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
type Thread = {
  publicityCommentThread: {
    item: { id: string; title: string };
    totalCount: number;
    hiddenCount: number;
    comments: {
      edges: Array<{ node: { id: string; name: string; phone: string; body: string; hiddenReason: string | null } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

const readAudits = () =>
  t.prisma.auditEntry.findMany({ where: { action: READ_COMMENTS_ACTION }, orderBy: [{ at: "asc" }, { id: "asc" }] });

describe("publicity comments for staff", () => {
  it("shows a handler every comment, newest first, with name, phone and counts, auditing each page", async () => {
    const handler = await t.agent().loginAs("HANDLER");
    const first = await handler.gql<Thread>(THREAD, { id: publicityId, first: 2 });
    const thread = first.data?.publicityCommentThread;
    expect(thread?.item.title).toBe("五象新区核心区控制性详细规划草案公示");
    expect(thread).toMatchObject({ totalCount: 3, hiddenCount: 1 });
    expect(thread?.comments.edges.map((e) => [e.node.name, e.node.phone, e.node.hiddenReason])).toEqual([
      ["广告", "13900000000", "广告信息"],
      ["王芳", "0771-5551234", null],
    ]);
    expect(thread?.comments.pageInfo.hasNextPage).toBe(true);

    const second = await handler.gql<Thread>(THREAD, {
      id: publicityId,
      first: 2,
      after: thread?.comments.pageInfo.endCursor,
    });
    expect(second.data?.publicityCommentThread.comments.edges.map((e) => e.node.body)).toEqual(["建议增加社区公园。"]);

    // One entry per page, naming exactly the comments that page showed (not the look-ahead row).
    const audits = await readAudits();
    expect(audits.map((a) => [a.actorRoles, a.targetType, a.targetId, a.detail])).toEqual([
      ["HANDLER", "ContentItem", publicityDbId, { commentIds: [commentIds[2], commentIds[1]] }],
      ["HANDLER", "ContentItem", publicityDbId, { commentIds: [commentIds[0]] }],
    ]);
  });

  it("shows moderators (maintainers, admins) the comments with names and phones masked", async () => {
    for (const role of ["MAINTAINER", "ADMIN"] as const) {
      const agent = await t.agent().loginAs(role);
      const text = JSON.stringify((await agent.gql<Thread>(THREAD, { id: publicityId })).data);
      expect(text).toMatch(/\d{3}\*{4}\d{4}/);
      expect(text).not.toMatch(/1[3-9]\d{9}/);
    }
  });

  it("lets editors, department heads and leaders read them too, and nobody else", async () => {
    for (const role of ["EDITOR", "DEPT_HEAD", "LEADER"] as const) {
      const agent = await t.agent().loginAs(role);
      expect((await agent.gql<Thread>(THREAD, { id: publicityId })).data?.publicityCommentThread.totalCount).toBe(3);
    }
    const agent = await t.agent().loginAs("CHECKER");
    expect(errorCode(await agent.gql(THREAD, { id: publicityId }))).toBe("FORBIDDEN");
    expect(errorCode(await t.agent().gql(THREAD, { id: publicityId }))).toBe("UNAUTHENTICATED");
  });

  it("answers NOT_FOUND for an item that is not a publicity, and audits nothing when nothing is shown", async () => {
    const handler = await t.agent().loginAs("HANDLER");
    const news = await t.prisma.contentItem.findFirstOrThrow({ where: { kind: "NEWS" } });
    expect(errorCode(await handler.gql(THREAD, { id: globalId("ContentItem", news.id) }))).toBe("NOT_FOUND");

    const before = (await readAudits()).length;
    const counts = await handler.gql<Thread>(
      "query($id: ID!) { publicityCommentThread(itemId: $id) { totalCount hiddenCount } }",
      { id: publicityId },
    );
    expect(counts.data?.publicityCommentThread).toEqual({ totalCount: 3, hiddenCount: 1 });
    expect((await readAudits()).length).toBe(before);
  });
});

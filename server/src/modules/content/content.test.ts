import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Latest = {
  latestContent: {
    edges: Array<{
      cursor: string;
      node: { id: string; title: string; publishedAt: string; column: { name: string } };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
const LATEST = `query($first: Int, $after: String) {
  latestContent(first: $first, after: $after) {
    edges { cursor node { id title publishedAt column { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("latestContent", () => {
  it("lists seeded Chinese content to citizens, newest first, never drafts", async () => {
    const result = await t.agent().gql<Latest>(LATEST, { first: 50 });
    const nodes = result.data?.latestContent.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(12);
    expect(nodes[0]?.title).toBe("五象新区核心区控制性详细规划修编通过专家评审");
    expect(nodes.some((n) => n.title.includes("水城"))).toBe(true);
    expect(nodes.some((n) => n.title.includes("轨道交通"))).toBe(true);
    expect(nodes.some((n) => n.title.includes("草稿"))).toBe(false);
    const times = nodes.map((n) => Date.parse(n.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages with cursors without repeating or skipping", async () => {
    const all = (await t.agent().gql<Latest>(LATEST, { first: 50 })).data?.latestContent.edges.map((e) => e.node.id);
    const first = await t.agent().gql<Latest>(LATEST, { first: 5 });
    expect(first.data?.latestContent.pageInfo.hasNextPage).toBe(true);
    const second = await t
      .agent()
      .gql<Latest>(LATEST, { first: 5, after: first.data?.latestContent.pageInfo.endCursor });
    const ids = [...(first.data?.latestContent.edges ?? []), ...(second.data?.latestContent.edges ?? [])].map(
      (e) => e.node.id,
    );
    expect(ids).toEqual(all?.slice(0, 10));
  });

  it("clamps an oversized page to 50 and rejects a negative one", async () => {
    const big = await t.agent().gql<Latest>(LATEST, { first: 500 });
    expect(big.errors).toBeUndefined();
    expect(big.data?.latestContent.edges.length).toBeLessThanOrEqual(50);
    const negative = await t.agent().gql(LATEST, { first: -1 });
    expect(negative.errors?.[0]?.message).toMatch(/first/);
  });

  it("does not reveal a draft through node(id) to citizens, but does to staff", async () => {
    const draft = await t.prisma.contentItem.findUniqueOrThrow({ where: { seedKey: "draft-internal" } });
    const id = Buffer.from(`ContentItem:${draft.id}`).toString("base64");
    const query = `{ node(id: "${id}") { ... on ContentItem { title } } }`;
    expect((await t.agent().gql<{ node: unknown }>(query)).data?.node).toBeNull();
    const editor = await t.agent().loginAs("EDITOR");
    expect((await editor.gql<{ node: { title: string } }>(query)).data?.node.title).toContain("草稿");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { contentFixtures, globalId, unique } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let make: ReturnType<typeof contentFixtures>;
beforeAll(async () => {
  t = await createTestApp();
  make = contentFixtures(t.prisma);
});
afterAll(() => t.close());

const day = (iso: string) => new Date(`${iso}T02:00:00Z`);

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

type ColumnView = {
  slug: string;
  itemCount: number;
  latestPublishedAt: string | null;
  parent: { slug: string } | null;
  children: Array<{ slug: string; itemCount: number }>;
};
const COLUMN_FIELDS = "slug itemCount latestPublishedAt updateEveryDays parent { slug } children { slug itemCount }";

describe("columns", () => {
  it("hides blank columns (no listed item in them or below) and columns kept out of navigation", async () => {
    const parent = await make.column();
    const filled = await make.column({ parentId: parent.id, sortOrder: 2 });
    const blank = await make.column({ parentId: parent.id, sortOrder: 1 });
    const blankRoot = await make.column();
    const hidden = await make.column({ showInNav: false });
    await make.item(filled.id, { publishedAt: day("2025-05-01") });
    await make.item(filled.id, { publishedAt: day("2025-05-03") });
    // Nothing a citizen can list: a draft, a withdrawn item and a removed one.
    await make.item(blank.id, { status: "DRAFT" });
    await make.item(blank.id, { status: "WITHDRAWN", withdrawnAt: day("2025-05-04"), withdrawReason: "信息有误" });
    await make.item(blankRoot.id, { status: "WITHDRAWN", removed: true, withdrawnAt: day("2025-05-04") });
    await make.item(hidden.id);

    const result = await t.agent().gql<{ columns: ColumnView[] }>(`{ columns { ${COLUMN_FIELDS} } }`);
    expect(result.errors).toBeUndefined();
    const roots = result.data?.columns ?? [];
    const slugs = roots.map((c) => c.slug);
    expect(slugs).toContain(parent.slug);
    expect(slugs).not.toContain(blankRoot.slug);
    expect(slugs).not.toContain(hidden.slug);
    expect(roots.find((c) => c.slug === parent.slug)).toEqual({
      slug: parent.slug,
      itemCount: 2,
      latestPublishedAt: day("2025-05-03").toISOString(),
      updateEveryDays: null,
      parent: null,
      children: [{ slug: filled.slug, itemCount: 2 }],
    });
  });

  it("answers column(slug) for a non-blank column, and NOT_FOUND for a blank or unknown one", async () => {
    const parent = await make.column();
    const child = await make.column({ parentId: parent.id });
    const blank = await make.column();
    const hidden = await make.column({ showInNav: false });
    await make.item(child.id);
    await make.item(hidden.id);
    const query = `query($slug: String!) { column(slug: $slug) { ${COLUMN_FIELDS} } }`;

    const found = await t.agent().gql<{ column: ColumnView }>(query, { slug: child.slug });
    expect(found.data?.column).toMatchObject({ slug: child.slug, itemCount: 1, parent: { slug: parent.slug } });
    // Out of the navigation but not blank: still reachable by a direct link.
    expect((await t.agent().gql<{ column: ColumnView }>(query, { slug: hidden.slug })).data?.column.slug).toBe(
      hidden.slug,
    );
    for (const slug of [blank.slug, "no-such-column"]) {
      const missing = await t.agent().gql(query, { slug });
      expect(errorCode(missing)).toBe("NOT_FOUND");
      expect(missing.errors?.[0]?.message).toBe("栏目不存在或已删除");
    }
  });
});

type ItemsPage = {
  contentItems: {
    totalCount: number;
    edges: Array<{ node: { slug: string; title: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
const ITEMS = `query($first: Int, $after: String, $column: String, $kind: ContentKind, $catalogCode: String, $from: DateTime, $to: DateTime) {
  contentItems(first: $first, after: $after, column: $column, kind: $kind, catalogCode: $catalogCode, from: $from, to: $to) {
    totalCount
    edges { node { slug title } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const slugsOf = (r: { data?: ItemsPage }) => r.data?.contentItems.edges.map((e) => e.node.slug);

describe("contentItems", () => {
  it("lists a column with its descendants, newest first, never drafts, withdrawn or removed items", async () => {
    const parent = await make.column();
    const child = await make.column({ parentId: parent.id });
    const grandchild = await make.column({ parentId: child.id });
    const other = await make.column();
    const a = await make.item(parent.id, { publishedAt: day("2025-04-01") });
    const b = await make.item(child.id, { publishedAt: day("2025-04-03") });
    const c = await make.item(grandchild.id, { publishedAt: day("2025-04-02") });
    await make.item(other.id, { publishedAt: day("2025-04-04") });
    await make.item(child.id, { status: "DRAFT" });
    await make.item(child.id, { status: "WITHDRAWN", withdrawnAt: day("2025-04-05"), withdrawReason: "过期" });
    await make.item(child.id, { status: "WITHDRAWN", removed: true });

    const all = await t.agent().gql<ItemsPage>(ITEMS, { column: parent.slug });
    expect(all.errors).toBeUndefined();
    expect(slugsOf(all)).toEqual([b.slug, c.slug, a.slug]);
    expect(all.data?.contentItems.totalCount).toBe(3);
    expect(slugsOf(await t.agent().gql<ItemsPage>(ITEMS, { column: child.slug }))).toEqual([b.slug, c.slug]);

    const first = await t.agent().gql<ItemsPage>(ITEMS, { column: parent.slug, first: 2 });
    expect(first.data?.contentItems.pageInfo.hasNextPage).toBe(true);
    const rest = await t
      .agent()
      .gql<ItemsPage>(ITEMS, { column: parent.slug, first: 2, after: first.data?.contentItems.pageInfo.endCursor });
    expect(slugsOf(rest)).toEqual([a.slug]);
  });

  it("filters by kind and by an inclusive publication range", async () => {
    const column = await make.column();
    const news = await make.item(column.id, { publishedAt: day("2025-03-01") });
    const notice = await make.item(column.id, { kind: "NOTICE", publishedAt: day("2025-03-05") });
    const later = await make.item(column.id, { kind: "NOTICE", publishedAt: day("2025-03-20") });

    expect(slugsOf(await t.agent().gql<ItemsPage>(ITEMS, { column: column.slug, kind: "NOTICE" }))).toEqual([
      later.slug,
      notice.slug,
    ]);
    const range = { column: column.slug, from: day("2025-03-01").toISOString(), to: day("2025-03-05").toISOString() };
    expect(slugsOf(await t.agent().gql<ItemsPage>(ITEMS, range))).toEqual([notice.slug, news.slug]);
    expect(
      slugsOf(await t.agent().gql<ItemsPage>(ITEMS, { column: column.slug, from: "2025-03-02T00:00:00Z" })),
    ).toEqual([later.slug, notice.slug]);
  });

  it("filters by disclosure catalog code including the entries below it", async () => {
    const column = await make.column();
    const parent = await make.catalog();
    const child = await make.catalog({ parentId: parent.id });
    const other = await make.catalog();
    const inParent = await make.item(column.id, { kind: "DISCLOSURE", catalogId: parent.id });
    const inChild = await make.item(column.id, { kind: "DISCLOSURE", catalogId: child.id });
    await make.item(column.id, { kind: "DISCLOSURE", catalogId: other.id });

    const result = await t.agent().gql<ItemsPage>(ITEMS, { catalogCode: parent.code });
    expect(slugsOf(result)).toEqual([inChild.slug, inParent.slug]);
    expect(slugsOf(await t.agent().gql<ItemsPage>(ITEMS, { catalogCode: child.code }))).toEqual([inChild.slug]);
  });

  it("refuses unknown columns, unknown catalog codes and a reversed range, in Chinese", async () => {
    const unknownColumn = await t.agent().gql(ITEMS, { column: "no-such-column" });
    expect(errorCode(unknownColumn)).toBe("BAD_USER_INPUT");
    expect(unknownColumn.errors?.[0]?.message).toBe("栏目“no-such-column”不存在");
    const unknownCatalog = await t.agent().gql(ITEMS, { catalogCode: "t99x" });
    expect(errorCode(unknownCatalog)).toBe("BAD_USER_INPUT");
    expect(unknownCatalog.errors?.[0]?.message).toBe("公开目录“t99x”不存在");
    const reversed = await t.agent().gql(ITEMS, { from: "2025-03-05T00:00:00Z", to: "2025-03-01T00:00:00Z" });
    expect(errorCode(reversed)).toBe("BAD_USER_INPUT");
    expect(reversed.errors?.[0]?.message).toBe("开始日期不能晚于结束日期");
  });
});

const PAGE = `query($column: String, $first: Int, $after: String, $last: Int, $before: String) {
  contentItems(column: $column, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
type Paged = {
  contentItems: {
    edges: Array<{ cursor: string; node: { slug: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
};

describe("contentItems paging", () => {
  // Pages are read by keyset on (publishedAt, id), not by Prisma's in-memory cursor: these pin
  // the order, ties and both directions so the two stay interchangeable for clients.
  it("pages forward and backward through items published at the same moment, in id order", async () => {
    const column = await make.column();
    const at = day("2025-05-01");
    const items = await Promise.all(Array.from({ length: 5 }, () => make.item(column.id, { publishedAt: at })));
    const older = await make.item(column.id, { publishedAt: day("2025-04-30") });
    const newer = await make.item(column.id, { publishedAt: day("2025-05-02") });
    const expected = [newer.slug, ...items.sort((a, b) => (a.id < b.id ? 1 : -1)).map((i) => i.slug), older.slug];

    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: { data?: Paged } = await t.agent().gql<Paged>(PAGE, { column: column.slug, first: 2, after });
      forward.push(...(page.data?.contentItems.edges.map((e) => e.node.slug) ?? []));
      if (!page.data?.contentItems.pageInfo.hasNextPage) break;
      after = page.data.contentItems.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);

    const last = await t.agent().gql<Paged>(PAGE, { column: column.slug, last: 3 });
    expect(last.data?.contentItems.edges.map((e) => e.node.slug)).toEqual(expected.slice(-3));
    expect(last.data?.contentItems.pageInfo.hasPreviousPage).toBe(true);
    const before = await t.agent().gql<Paged>(PAGE, {
      column: column.slug,
      last: 3,
      before: last.data?.contentItems.pageInfo.startCursor,
    });
    expect(before.data?.contentItems.edges.map((e) => e.node.slug)).toEqual(expected.slice(1, 4));
  });

  it("keeps a cursor working after its item was withdrawn, and answers an empty page for an unknown one", async () => {
    const column = await make.column();
    const [a, b, c] = [
      await make.item(column.id, { publishedAt: day("2025-06-03") }),
      await make.item(column.id, { publishedAt: day("2025-06-02") }),
      await make.item(column.id, { publishedAt: day("2025-06-01") }),
    ];
    const first = await t.agent().gql<Paged>(PAGE, { column: column.slug, first: 2 });
    expect(first.data?.contentItems.edges.map((e) => e.node.slug)).toEqual([a.slug, b.slug]);
    await t.prisma.contentItem.update({ where: { id: b.id }, data: { status: "WITHDRAWN" } });
    const next = await t
      .agent()
      .gql<Paged>(PAGE, { column: column.slug, first: 2, after: first.data?.contentItems.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data?.contentItems.edges.map((e) => e.node.slug)).toEqual([c.slug]);

    const unknown = Buffer.from("GPC:S:no-such-item").toString("base64");
    const none = await t.agent().gql<Paged>(PAGE, { column: column.slug, first: 2, after: unknown });
    expect(none.errors).toBeUndefined();
    expect(none.data?.contentItems.edges).toEqual([]);
  });
});

const ITEM = `query($id: ID, $slug: String) {
  contentItem(id: $id, slug: $slug) {
    id slug kind status title summary body coverImageUrl videoUrl tags
    attachments { name url size mimeType }
    column { slug }
    sourceDepartmentName publishedAt withdrawnAt withdrawReason expiredAt
    breadcrumbs { slug }
    disclosure { indexNumber }
    publicity { isOpen }
  }
}`;
type ItemView = {
  contentItem: {
    id: string;
    slug: string;
    status: string;
    title: string;
    withdrawnAt: string | null;
    withdrawReason: string | null;
    expiredAt: string | null;
    [field: string]: unknown;
  } | null;
};

describe("contentItem", () => {
  it("shows a published item by slug and by global id with its public fields", async () => {
    const parent = await make.column();
    const column = await make.column({ parentId: parent.id });
    const department = await t.prisma.department.create({ data: { code: unique("dept"), name: "规划编制科" } });
    const item = await make.item(column.id, {
      summary: "摘要",
      tags: ["五象新区", "控规"],
      coverImageUrl: "/media/cover.webp",
      sourceDepartmentId: department.id,
      attachments: [
        { name: "规划图.pdf", url: "/media/plan.pdf", size: 2048, mimeType: "application/pdf" },
        { name: "说明", url: "javascript:alert(1)" },
        { url: "/media/nameless.pdf" },
        { name: "外链.doc", url: "https://www.nanning.gov.cn/a.doc" },
      ],
    });
    const bySlug = await t.agent().gql<ItemView>(ITEM, { slug: item.slug });
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.data?.contentItem).toMatchObject({
      id: globalId("ContentItem", item.id),
      kind: "NEWS",
      status: "PUBLISHED",
      summary: "摘要",
      tags: ["五象新区", "控规"],
      coverImageUrl: "/media/cover.webp",
      videoUrl: null,
      sourceDepartmentName: "规划编制科",
      column: { slug: column.slug },
      breadcrumbs: [{ slug: parent.slug }, { slug: column.slug }],
      attachments: [
        { name: "规划图.pdf", url: "/media/plan.pdf", size: 2048, mimeType: "application/pdf" },
        { name: "外链.doc", url: "https://www.nanning.gov.cn/a.doc", size: null, mimeType: null },
      ],
      withdrawnAt: null,
      disclosure: null,
      publicity: null,
    });
    const byId = await t.agent().gql<ItemView>(ITEM, { id: globalId("ContentItem", item.id) });
    expect(byId.data?.contentItem?.slug).toBe(item.slug);
  });

  it("needs exactly one of id and slug", async () => {
    for (const variables of [{}, { id: globalId("ContentItem", "x"), slug: "x" }]) {
      const result = await t.agent().gql(ITEM, variables);
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toBe("请提供 id 或 slug 其中之一");
    }
  });

  it("keeps a withdrawn item's page with the reason, and an expired one, though neither is listed", async () => {
    const column = await make.column();
    const withdrawn = await make.item(column.id, {
      status: "WITHDRAWN",
      withdrawnAt: day("2025-06-01"),
      withdrawReason: "方案调整，重新公示",
    });
    const expired = await make.item(column.id, { status: "EXPIRED", expiredAt: day("2025-06-02") });
    const result = await t.agent().gql<ItemView>(ITEM, { slug: withdrawn.slug });
    expect(result.data?.contentItem).toMatchObject({
      status: "WITHDRAWN",
      withdrawnAt: day("2025-06-01").toISOString(),
      withdrawReason: "方案调整，重新公示",
    });
    const node = await t
      .agent()
      .gql<{ node: { title: string } | null }>(`query($id: ID!) { node(id: $id) { ... on ContentItem { title } } }`, {
        id: globalId("ContentItem", withdrawn.id),
      });
    expect(node.data?.node?.title).toBe(withdrawn.title);
    expect((await t.agent().gql<ItemView>(ITEM, { slug: expired.slug })).data?.contentItem).toMatchObject({
      status: "EXPIRED",
      expiredAt: day("2025-06-02").toISOString(),
    });
    expect(slugsOf(await t.agent().gql<ItemsPage>(ITEMS, { column: column.slug }))).toEqual([]);
  });

  it("answers GONE for a removed item and NOT_FOUND for drafts and unknown items", async () => {
    const column = await make.column();
    const removed = await make.item(column.id, { status: "WITHDRAWN", removed: true, withdrawReason: "内部" });
    const draft = await make.item(column.id, { status: "DRAFT" });
    const approved = await make.item(column.id, { status: "APPROVED" });

    const gone = await t.agent().gql<ItemView>(ITEM, { slug: removed.slug });
    expect(errorCode(gone)).toBe("GONE");
    expect(gone.errors?.[0]?.message).toBe("该信息已撤下");
    expect(gone.data?.contentItem).toBeNull();
    const notFound = [
      { slug: draft.slug },
      { id: globalId("ContentItem", approved.id) },
      { slug: "nope" },
      // Ids come from links: a mangled one, or one of another type, is not found either.
      { id: "not-a-global-id" },
      { id: globalId("Column", column.id) },
    ];
    for (const variables of notFound) {
      const missing = await t.agent().gql(ITEM, variables);
      expect(errorCode(missing)).toBe("NOT_FOUND");
      expect(missing.errors?.[0]?.message).toBe("信息不存在或已删除");
    }
  });

  it("lets signed-in staff read drafts and removed items", async () => {
    const column = await make.column();
    const draft = await make.item(column.id, { status: "DRAFT" });
    const removed = await make.item(column.id, { status: "WITHDRAWN", removed: true });
    const editor = await t.agent().loginAs("EDITOR");
    expect((await editor.gql<ItemView>(ITEM, { slug: draft.slug })).data?.contentItem?.status).toBe("DRAFT");
    expect((await editor.gql<ItemView>(ITEM, { slug: removed.slug })).data?.contentItem?.status).toBe("WITHDRAWN");
  });
});

describe("changeNotes", () => {
  it("lists the notes of major revisions published after the first publication, newest first", async () => {
    const column = await make.column();
    const item = await make.item(column.id);
    // r1 went live first: its note is the original text, not a change.
    const r1 = await make.revision(item, { number: 1, major: true, changeNote: "首次发布" });
    const r2 = await make.revision(item, { number: 2, major: true, changeNote: "补充用地指标表" });
    const r3 = await make.revision(item, { number: 3, major: false, changeNote: "修改错别字" });
    const r4 = await make.revision(item, { number: 4, major: true, changeNote: "更正公示期限" });
    // Saved, major, but never published: citizens never saw it.
    await make.revision(item, { number: 5, major: true, changeNote: "尚未发布的修改" });
    await make.publishStep(item.id, r1.id, day("2025-07-01"));
    await make.publishStep(item.id, r2.id, day("2025-07-05"));
    await make.publishStep(item.id, r3.id, day("2025-07-06"));
    await make.publishStep(item.id, r4.id, day("2025-07-09"));
    await t.prisma.reviewRecord.create({
      data: { itemId: item.id, revisionId: r4.id, step: "DEPT_APPROVAL", decision: "APPROVED", at: day("2025-07-08") },
    });

    const result = await t
      .agent()
      .gql<{ contentItem: { changeNotes: unknown[] } }>(
        `query($slug: String) { contentItem(slug: $slug) { changeNotes { note publishedAt } } }`,
        { slug: item.slug },
      );
    expect(result.errors).toBeUndefined();
    expect(result.data?.contentItem.changeNotes).toEqual([
      { note: "更正公示期限", publishedAt: day("2025-07-09").toISOString() },
      { note: "补充用地指标表", publishedAt: day("2025-07-05").toISOString() },
    ]);
  });
});

describe("related", () => {
  it("lists published items of the same column or sharing a tag, newest first, never the item itself", async () => {
    const column = await make.column();
    const elsewhere = await make.column();
    const tag = unique("标签");
    const item = await make.item(column.id, { tags: [tag], publishedAt: day("2025-08-10") });
    const sameColumn = await make.item(column.id, { publishedAt: day("2025-08-01") });
    const sharedTag = await make.item(elsewhere.id, { tags: ["其他", tag], publishedAt: day("2025-08-05") });
    await make.item(elsewhere.id, { tags: ["其他"], publishedAt: day("2025-08-06") });
    await make.item(column.id, { status: "DRAFT" });
    await make.item(column.id, { status: "WITHDRAWN", withdrawnAt: day("2025-08-07") });
    for (let i = 0; i < 6; i++) await make.item(elsewhere.id, { tags: [tag], publishedAt: day(`2025-07-0${i + 1}`) });

    const query = `query($slug: String, $first: Int) {
      contentItem(slug: $slug) { related(first: $first) { edges { node { slug } } pageInfo { hasNextPage } } }
    }`;
    type Related = {
      contentItem: { related: { edges: Array<{ node: { slug: string } }>; pageInfo: { hasNextPage: boolean } } };
    };
    const five = await t.agent().gql<Related>(query, { slug: item.slug });
    const slugs = five.data?.contentItem.related.edges.map((e) => e.node.slug);
    expect(slugs).toHaveLength(5);
    expect(slugs?.slice(0, 2)).toEqual([sharedTag.slug, sameColumn.slug]);
    expect(slugs).not.toContain(item.slug);
    expect(five.data?.contentItem.related.pageInfo.hasNextPage).toBe(true);
    const all = await t.agent().gql<Related>(query, { slug: item.slug, first: 20 });
    expect(all.data?.contentItem.related.edges).toHaveLength(8);
  });
});

describe("disclosure", () => {
  const DISCLOSURE = `query($slug: String) {
    contentItem(slug: $slug) {
      disclosure {
        indexNumber documentNumber issuingOrgan generatedAt disclosureMode validity
        catalog { code name }
        replacedBy { id title slug }
        replaces { slug }
      }
    }
  }`;
  type DisclosureView = { contentItem: { disclosure: Record<string, unknown> | null } };

  it("shows the disclosure metadata and links the amending and the amended document", async () => {
    const column = await make.column();
    const catalog = await make.catalog({ name: "规划管理" });
    const newer = await make.item(column.id, {
      kind: "DISCLOSURE",
      catalogId: catalog.id,
      indexNumber: unique("000014349/2025-"),
      documentNumber: "南规〔2025〕12号",
      issuingOrgan: "南宁市规划管理局",
      disclosureMode: "PROACTIVE",
      validity: "VALID",
      publishedAt: day("2025-09-01"),
    });
    const older = await make.item(column.id, {
      kind: "DISCLOSURE",
      catalogId: catalog.id,
      indexNumber: unique("000014349/2024-"),
      documentNumber: "南规〔2024〕3号",
      validity: "REPEALED",
      replacedById: newer.id,
      publishedAt: day("2024-09-01"),
    });

    const old = await t.agent().gql<DisclosureView>(DISCLOSURE, { slug: older.slug });
    expect(old.errors).toBeUndefined();
    expect(old.data?.contentItem.disclosure).toMatchObject({
      indexNumber: older.indexNumber,
      documentNumber: "南规〔2024〕3号",
      validity: "REPEALED",
      generatedAt: day("2024-09-01").toISOString(),
      catalog: { code: catalog.code, name: "规划管理" },
      replacedBy: { id: globalId("ContentItem", newer.id), title: newer.title, slug: newer.slug },
      replaces: [],
    });
    const current = await t.agent().gql<DisclosureView>(DISCLOSURE, { slug: newer.slug });
    expect(current.data?.contentItem.disclosure).toMatchObject({
      issuingOrgan: "南宁市规划管理局",
      disclosureMode: "PROACTIVE",
      validity: "VALID",
      replacedBy: null,
      replaces: [{ slug: older.slug }],
    });
  });

  it("never links citizens to an unpublished replacement", async () => {
    const column = await make.column();
    const draft = await make.item(column.id, { kind: "DISCLOSURE", status: "DRAFT" });
    const item = await make.item(column.id, { kind: "DISCLOSURE", validity: "AMENDED", replacedById: draft.id });
    const citizen = await t.agent().gql<DisclosureView>(DISCLOSURE, { slug: item.slug });
    expect(citizen.data?.contentItem.disclosure?.replacedBy).toBeNull();
    const editor = await t.agent().loginAs("EDITOR");
    const staff = await editor.gql<DisclosureView>(DISCLOSURE, { slug: item.slug });
    expect(staff.data?.contentItem.disclosure?.replacedBy).toMatchObject({ slug: draft.slug });
  });

  it("returns the catalog tree with published counts that include the entries below", async () => {
    const column = await make.column();
    const root = await make.catalog();
    const child = await make.catalog({ parentId: root.id });
    await make.item(column.id, { kind: "DISCLOSURE", catalogId: root.id });
    await make.item(column.id, { kind: "DISCLOSURE", catalogId: child.id });
    await make.item(column.id, { kind: "DISCLOSURE", catalogId: child.id });
    await make.item(column.id, { kind: "DISCLOSURE", catalogId: child.id, status: "DRAFT" });

    type Tree = { disclosureCatalog: Array<{ code: string; itemCount: number; children: unknown[] }> };
    const result = await t
      .agent()
      .gql<Tree>(`{ disclosureCatalog { code name itemCount children { code name itemCount children { code } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.disclosureCatalog.find((c) => c.code === root.code)).toEqual({
      code: root.code,
      name: root.name,
      itemCount: 3,
      children: [{ code: child.code, name: child.name, itemCount: 2, children: [] }],
    });
    expect(result.data?.disclosureCatalog.map((c) => c.code)).not.toContain(child.code);
  });
});

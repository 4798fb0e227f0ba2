// API tests of search through the yoga app: the seeded demo content (which grows; assertions about
// it hold for any amount of it), plus a few items made here whose ranking can be asserted exactly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../../test/helpers.js";
import type { ContentItem, Prisma } from "../../../generated/prisma/client.js";
import { encodeCursor, type SearchPage, searchContent } from "./search.service.js";
import { indexContentItem, indexMissingContent, reindexAllContent } from "./search-index.js";
import { indexTokens } from "./tokenize.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
  await reindexAllContent(t.prisma);
});
afterAll(() => t.close());

interface Hit {
  cursor: string;
  highlightedTitle: string;
  snippet: string;
  node: { id: string; title: string; kind: string; publishedAt: string; column: { name: string } };
}
type Result = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Hit[] };

const SEARCH = /* GraphQL */ `
  query Search(
    $query: String!
    $first: Int
    $after: String
    $column: String
    $kind: ContentKind
    $from: DateTime
    $to: DateTime
  ) {
    search(query: $query, first: $first, after: $after, column: $column, kind: $kind, from: $from, to: $to) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor highlightedTitle snippet node { id title kind publishedAt column { name } } }
    }
  }
`;

// Seeded demo items (src/seed/demo-data.ts).
const WUXIANG_CORE = "五象新区核心区控制性详细规划修编通过专家评审";
const RAIL_LINE_6 = "轨道交通 6 号线一期工程沿线用地规划控制研究启动";
const TRANSPORT_PLAN = "南宁市综合交通体系规划（修编）公开征求意见";
const WATER_CITY = "“中国水城”建设：那考河、心圩江沿岸慢行系统规划方案出炉";

async function search(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  const result = await t.agent().gql<{ search: Result }>(SEARCH, { query, first: 50, ...variables });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data.search;
}

/** Every hit of a search, page after page. */
async function searchAll(query: string, variables: Record<string, unknown> = {}, first = 50): Promise<Hit[]> {
  const hits: Hit[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r: Result = await search(query, { ...variables, first, after });
    hits.push(...r.edges);
    if (!r.pageInfo.hasNextPage) return hits;
    after = r.pageInfo.endCursor;
  }
  throw new Error("too many pages");
}

const titles = (hits: Hit[]) => hits.map((h) => h.node.title);
const itemId = (globalId: string) =>
  Buffer.from(globalId, "base64")
    .toString()
    .replace(/^ContentItem:/, "");

/** Creates published items in 新闻动态, indexed; they are deleted again after the test. */
async function withItems(
  items: Array<Partial<Prisma.ContentItemUncheckedCreateInput> & { title: string }>,
  test: (created: ContentItem[]) => Promise<void>,
) {
  const column = await t.prisma.column.findFirstOrThrow({ where: { slug: "news" } });
  const created: ContentItem[] = [];
  try {
    for (const item of items) {
      const row = await t.prisma.contentItem.create({
        data: {
          kind: "NEWS",
          columnId: column.id,
          status: "PUBLISHED",
          publishedAt: new Date("2026-01-15T01:00:00Z"),
          body: "<p>测试正文。</p>",
          ...item,
        },
      });
      await indexContentItem(t.prisma, row.id);
      created.push(row);
    }
    await test(created);
  } finally {
    await t.prisma.contentItem.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
  }
}

describe("search finds published content", () => {
  it("by a whole word, titles containing it first, highlighted", async () => {
    const hits = await searchAll("五象新区");
    expect(titles(hits)).toContain(WUXIANG_CORE);
    const inTitle = hits.map((h) => h.node.title.includes("五象新区"));
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));
    const core = hits.find((h) => h.node.title === WUXIANG_CORE);
    expect(core?.highlightedTitle).toBe("<mark>五象新区</mark>核心区控制性详细规划修编通过专家评审");
    expect(core?.snippet).toContain("<mark>五象新区</mark>");
  });

  it("by part of a word, however jieba cut it (象新 spans 五象|新区)", async () => {
    const r = await search("象新区核心");
    expect(titles(r.edges)).toContain(WUXIANG_CORE);
    expect((await search("合交通体系规")).edges[0]?.node.title).toBe(TRANSPORT_PLAN);
    expect(r.edges.find((e) => e.node.title === WUXIANG_CORE)?.highlightedTitle).toContain(
      "五<mark>象新区核心</mark>区",
    );
  });

  it("by pinyin, a pinyin prefix, pinyin in capitals or with spaces, and initials", async () => {
    for (const query of ["wuxiangxinquhexinqu", "wuxiangxinquhexin", "WuXiangXinQuHeXinQu", "wuxiang xinqu hexinqu"]) {
      expect(titles((await search(query)).edges), query).toContain(WUXIANG_CORE);
    }
    // The expected item first: pinyin and initials long enough to name it and nothing else.
    for (const query of ["zonghejiaotongtixiguihua", "zhjttxgh", "ZongHe JiaoTong TiXi"]) {
      expect((await search(query)).edges[0]?.node.title, query).toBe(TRANSPORT_PLAN);
    }
    const pinyin = await search("wuxiang");
    expect(pinyin.totalCount).toBeGreaterThan(0);
    expect(pinyin.edges[0]?.highlightedTitle).toContain("<mark>五象</mark>");
    const initials = await search("wxxq");
    expect(initials.totalCount).toBeGreaterThan(0);
    expect(initials.edges[0]?.highlightedTitle).toContain("<mark>五象新区</mark>");
  });

  it("by several words, all of which must match", async () => {
    expect(titles(await searchAll("轨道交通 规划"))).toContain(RAIL_LINE_6);
    await withItems([{ title: "琅琊湾轨道交通研究" }, { title: "琅琊湾公园规划" }], async () => {
      expect(titles((await search("琅琊湾 规划")).edges)).toEqual(["琅琊湾公园规划"]);
    });
  });

  it("by Latin, numbers and Chinese mixed", async () => {
    expect((await search("轨道交通 6 号线一期")).edges[0]?.node.title).toBe(RAIL_LINE_6);
    const line6 = (await searchAll("6号线")).find((h) => h.node.title === RAIL_LINE_6);
    // "6" is matched as a word: not inside 2026 or 0771.
    expect(line6?.highlightedTitle).toBe("轨道交通 <mark>6</mark> <mark>号线</mark>一期工程沿线用地规划控制研究启动");
    expect(titles((await search("zonghejiaotong tixi")).edges)).toContain(TRANSPORT_PLAN);
    await withItems([{ title: "琅琊湾BIM协同设计平台GB50180-2018标准宣贯" }], async () => {
      for (const query of ["琅琊湾 bim", "BIM协同", "gb50180", "50180 琅琊湾", "琅琊湾2018"]) {
        expect(titles((await search(query)).edges), query).toContain("琅琊湾BIM协同设计平台GB50180-2018标准宣贯");
      }
    });
  });

  it("by words in quotation marks and full-width punctuation", async () => {
    expect(titles(await searchAll("“中国水城”"))).toContain(WATER_CITY);
    expect(titles(await searchAll("（修编）"))).toContain(TRANSPORT_PLAN);
  });

  it("finds nothing for words that are not there, and for punctuation alone", async () => {
    expect((await search("不存在的词语组合")).totalCount).toBe(0);
    expect((await search("！？")).totalCount).toBe(0);
  });

  it("ranks title matches above body matches, and newer above older when equally relevant", async () => {
    await withItems(
      [
        {
          title: "排序测试：其他内容",
          body: "<p>正文提到琵琶湖步道。</p>",
          publishedAt: new Date("2026-01-20T01:00:00Z"),
        },
        { title: "琵琶湖步道规划（旧）", publishedAt: new Date("2026-01-05T01:00:00Z") },
        { title: "琵琶湖步道规划（新）", publishedAt: new Date("2026-01-10T01:00:00Z") },
      ],
      async () => {
        const expected = ["琵琶湖步道规划（新）", "琵琶湖步道规划（旧）", "排序测试：其他内容"];
        expect(titles((await search("琵琶湖步道")).edges)).toEqual(expected);
        // Pinyin matching the title counts as a title match. Bodies are found by the pinyin of each
        // word (琵琶湖: pipahu, 琵琶: pipa); titles also by that of runs of words (pipahubudao).
        expect(titles((await search("pipa")).edges)).toEqual(expected);
        expect(titles((await search("pipahubudao")).edges)).toEqual(expected.slice(0, 2));
        // Initials are indexed for titles, summaries, tags and column names: too ambiguous for bodies.
        expect(titles((await search("pphbd")).edges)).toEqual(expected.slice(0, 2));
      },
    );
  });
});

describe("search finds items by their attachments", () => {
  it("by the name shown on the item and the name the file was uploaded under, below title matches", async () => {
    const sha256 = "a".repeat(64);
    const asset = await t.prisma.mediaAsset.create({
      data: {
        sha256,
        kind: "DOCUMENT",
        mimeType: "application/pdf",
        size: 2048,
        originalName: "鹭影湾竖向设计原稿.pdf",
        storedName: `${sha256}.pdf`,
      },
    });
    const attachment = {
      name: "鹭影湾滨水步道示意图.pdf",
      url: `/media/${asset.storedName}`,
      size: 2048,
      mimeType: "application/pdf",
    };
    try {
      await withItems(
        [
          { title: "滨江片区慢行系统规划通过评审", attachments: [attachment] },
          { title: "鹭影湾滨水步道示意图说明会召开" },
        ],
        async ([withFile]) => {
          expect(titles(await searchAll("鹭影湾滨水步道示意图"))).toEqual([
            "鹭影湾滨水步道示意图说明会召开",
            "滨江片区慢行系统规划通过评审",
          ]);
          expect(titles(await searchAll("鹭影湾竖向设计原稿"))).toEqual(["滨江片区慢行系统规划通过评审"]);
          // The extension is not a word of the name: "pdf" does not find every item with a PDF.
          expect((await searchAll("pdf")).map((h) => itemId(h.node.id))).not.toContain(withFile?.id);
        },
      );
    } finally {
      await t.prisma.mediaAsset.delete({ where: { id: asset.id } });
    }
  });

  it("in the seeded demo content, whose attachments are stored media", async () => {
    const item = await t.prisma.contentItem.findFirstOrThrow({
      where: { status: "PUBLISHED", removed: false, seedKey: "wf-open-draft-school-plan" },
    });
    const [file] = item.attachments as Array<{ name: string }>;
    expect(file?.name).toBe("中小学校布局规划图.pdf");
    expect(item.title + item.summary + item.body).not.toContain("布局规划图");
    expect(titles(await searchAll("中小学校布局规划图"))).toContain(item.title);
  });
});

describe("search never shows what citizens may not see", () => {
  it("returns only published items that are not removed", async () => {
    const hits = await searchAll("规划");
    expect(hits.length).toBeGreaterThan(5);
    const rows = await t.prisma.contentItem.findMany({ where: { id: { in: hits.map((h) => itemId(h.node.id)) } } });
    expect(rows).toHaveLength(hits.length);
    for (const row of rows)
      expect([row.status, row.publishedAt !== null, row.removed]).toEqual(["PUBLISHED", true, false]);
  });

  it("leaves out drafts, even when their exact title is searched", async () => {
    const drafts = await t.prisma.contentItem.findMany({ where: { status: { not: "PUBLISHED" } }, take: 5 });
    expect(drafts.length).toBeGreaterThan(0); // the demo seed has drafts
    for (const draft of drafts) {
      const hits = await searchAll(draft.title.slice(0, 100));
      expect(hits.map((h) => itemId(h.node.id))).not.toContain(draft.id);
    }
  });

  it("leaves out withdrawn, removed and unpublished items even when indexed", async () => {
    const publishedAt = new Date("2026-02-01T01:00:00Z");
    await withItems(
      [
        { title: "琅琊湾撤回测试甲", status: "WITHDRAWN", publishedAt },
        { title: "琅琊湾撤回测试乙", status: "PUBLISHED", publishedAt, removed: true },
        { title: "琅琊湾撤回测试丙", status: "PUBLISHED", publishedAt: null },
        { title: "琅琊湾撤回测试丁", status: "IN_REVIEW", publishedAt: null },
      ],
      async () => {
        expect((await search("琅琊湾撤回测试")).totalCount).toBe(0);
      },
    );
  });
});

describe("search filters", () => {
  it("by column, including the columns below it", async () => {
    const rail = await searchAll("规划", { column: "rail-transit" });
    expect(titles(rail)).toContain(RAIL_LINE_6);
    for (const hit of rail) expect(hit.node.column.name).toBe("轨道交通");

    const topics = await searchAll("规划", { column: "topics" });
    const below = await t.prisma.column.findMany({
      where: { OR: [{ slug: "topics" }, { parent: { slug: "topics" } }] },
    });
    expect(titles(topics)).toEqual(expect.arrayContaining([WUXIANG_CORE, RAIL_LINE_6, TRANSPORT_PLAN, WATER_CITY]));
    for (const hit of topics) expect(below.map((c) => c.name)).toContain(hit.node.column.name);
  });

  it("by kind", async () => {
    const hits = await searchAll("规划", { kind: "PUBLICITY" });
    expect(hits.length).toBeGreaterThanOrEqual(2);
    for (const hit of hits) expect(hit.node.kind).toBe("PUBLICITY");
  });

  it("by publication date", async () => {
    const all = await searchAll("规划");
    const times = all.map((h) => Date.parse(h.node.publishedAt)).sort((a, b) => a - b);
    // Just after the middle item, so no item is exactly on the boundary.
    const middle = new Date((times[Math.floor(times.length / 2)] ?? 0) + 1).toISOString();
    const from = await searchAll("规划", { from: middle });
    const to = await searchAll("规划", { to: middle });
    for (const hit of from) expect(Date.parse(hit.node.publishedAt)).toBeGreaterThanOrEqual(Date.parse(middle));
    for (const hit of to) expect(Date.parse(hit.node.publishedAt)).toBeLessThanOrEqual(Date.parse(middle));
    expect(from.length).toBeGreaterThan(0);
    expect(to.length).toBeGreaterThan(0);
    expect(from.length + to.length).toBe(all.length);
  });

  it("combines filters", async () => {
    const hits = await searchAll("规划", { column: "news", kind: "NEWS", from: "2000-01-01T00:00:00Z" });
    for (const hit of hits) expect([hit.node.kind, hit.node.column.name]).toEqual(["NEWS", "新闻动态"]);
  });
});

describe("search pages", () => {
  it("pages with cursors without repeating or skipping, whatever the page size", async () => {
    const { totalCount } = await search("规划");
    const big = await searchAll("规划", {}, 50);
    const small = await searchAll("规划", {}, 7);
    expect(big.length).toBe(totalCount);
    expect(new Set(big.map((h) => h.node.id)).size).toBe(totalCount);
    expect(small.map((h) => h.node.id)).toEqual(big.map((h) => h.node.id));
  });

  it("ranks only a shortlist exactly, and pages consistently through the rest", async () => {
    const pages = async (shortlist: number, first: number) => {
      const items: ContentItem[] = [];
      let after: string | undefined;
      for (let page = 0; page < 1000; page++) {
        const p: SearchPage<ContentItem> = await searchContent(
          t.prisma,
          { query: "规划", first, after },
          { shortlist },
        );
        items.push(...p.hits.map((h) => h.item));
        if (!p.hasNextPage) return items;
        after = p.hits.at(-1)?.cursor;
      }
      throw new Error("too many pages");
    };
    const exact = await pages(1_000_000, 50);
    const short = await pages(3, 50);
    expect(new Set(short.map((i) => i.id))).toEqual(new Set(exact.map((i) => i.id)));
    // After the shortlist: titles containing the query first, then newest first.
    const rest = short.slice(3).map((i) => ({ inTitle: i.title.includes("规划"), at: i.publishedAt?.getTime() ?? 0 }));
    expect(rest).toEqual([...rest].sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.at - a.at));
    expect((await pages(3, 7)).map((i) => i.id)).toEqual(short.map((i) => i.id));
  });

  it("counts all matches on a page past the end", async () => {
    const { totalCount } = await search("规划");
    const past = await search("规划", { first: 5, after: encodeCursor(totalCount + 10) });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(totalCount);
    expect(past.pageInfo.hasNextPage).toBe(false);
  });
});

describe("search input errors, in words a citizen understands", () => {
  const failure = async (variables: Record<string, unknown>) => {
    const result = await t.agent().gql(SEARCH, variables);
    return { code: errorCode(result), message: result.errors?.[0]?.message };
  };

  it("asks for a search term when the query is empty or blank", async () => {
    expect(await failure({ query: "" })).toEqual({ code: "BAD_USER_INPUT", message: "请输入搜索词" });
    expect(await failure({ query: " \u3000 \n" })).toEqual({ code: "BAD_USER_INPUT", message: "请输入搜索词" });
  });

  it("refuses a query longer than 100 characters (a 10,000-character paste)", async () => {
    expect(await failure({ query: "规".repeat(10_000) })).toEqual({
      code: "BAD_USER_INPUT",
      message: "搜索词不能超过 100 个字",
    });
    expect((await t.agent().gql(SEARCH, { query: "规".repeat(100) })).errors).toBeUndefined();
  });

  it("refuses a date range that ends before it starts", async () => {
    expect(await failure({ query: "规划", from: "2026-03-01T00:00:00Z", to: "2026-02-01T00:00:00Z" })).toEqual({
      code: "BAD_USER_INPUT",
      message: "开始日期不能晚于结束日期",
    });
  });

  it("refuses a forged cursor, a negative page size and an unknown column", async () => {
    expect((await failure({ query: "规划", after: "bm90LWEtY3Vyc29y" })).code).toBe("BAD_USER_INPUT");
    expect((await failure({ query: "规划", first: -1 })).code).toBe("BAD_USER_INPUT");
    expect(await failure({ query: "规划", column: "no-such-column" })).toEqual({
      code: "NOT_FOUND",
      message: "栏目不存在或已删除",
    });
  });
});

describe("search output is safe to render as HTML", () => {
  it("escapes markup in titles and bodies and drops script elements", async () => {
    await withItems(
      [
        {
          title: "琅琊湾<b>夜景</b>灯光规划 & 方案",
          body: '<p>示例代码 &lt;script&gt;alert("x")&lt;/script&gt; 出现在琅琊湾夜景灯光规划说明中。</p><script>steal()</script><p onclick="evil()">其余内容。</p>',
        },
      ],
      async () => {
        const [hit] = (await search("夜景灯光")).edges.filter((e) => e.node.title.startsWith("琅琊湾"));
        // The title has no 夜景灯光 (markup splits it), so its bigrams are marked, as the index matched them.
        expect(hit?.highlightedTitle).toBe(
          "琅琊湾&lt;b&gt;<mark>夜景</mark>&lt;/b&gt;<mark>灯光</mark>规划 &amp; 方案",
        );
        expect(hit?.snippet).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
        expect(hit?.snippet).toContain("<mark>夜景灯光</mark>");
        expect(hit?.snippet).not.toMatch(/<(?!\/?mark>)/);
        expect(hit?.snippet).not.toContain("steal");
        expect(hit?.snippet).not.toContain("evil");
      },
    );
  });
});

describe("search results are ordinary content items", () => {
  it("have every scalar field as Prisma reads it, and the relations asked for, raw or through Prisma", async () => {
    const page = await searchContent(
      t.prisma,
      { query: "规划", first: 20 },
      { relations: { column: true, sourceDepartment: { select: { name: true } }, reviewRecords: true } },
    );
    const ids = page.hits.map((h) => h.item.id);
    const expected = await t.prisma.contentItem.findMany({
      where: { id: { in: ids } },
      include: { column: true, sourceDepartment: true, reviewRecords: true },
    });
    expect(expected.length).toBe(ids.length);
    for (const item of expected) {
      const hit = page.hits.find((h) => h.item.id === item.id)?.item as unknown as typeof item;
      const { column, sourceDepartment, reviewRecords, ...scalars } = item;
      expect(hit).toMatchObject(scalars);
      expect(hit.column).toEqual(column); // raw
      expect(hit.sourceDepartment?.name).toBe(sourceDepartment?.name); // raw
      expect(hit.reviewRecords).toEqual(reviewRecords); // a list: through Prisma
    }
    expect(expected.some((i) => i.sourceDepartment !== null && i.reviewRecords.length > 0)).toBe(true);
  });

  it("resolves the same fields as node(id), relations included", async () => {
    const FIELDS =
      "id slug kind status title summary body tags publishedAt column { name } sourceDepartmentName changeNotes { note }";
    const query = `query($q: String!) { search(query: $q, first: 5) { edges { node { ${FIELDS} } } } }`;
    const result = await t
      .agent()
      .gql<{ search: { edges: Array<{ node: { id: string } }> } }>(query, { q: "五象新区" });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.search.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      const byId = await t
        .agent()
        .gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { ... on ContentItem { ${FIELDS} } } }`, {
          id: node.id,
        });
      expect(node).toEqual(byId.data?.node);
    }
  });
});

describe("the index", () => {
  it("stores exactly the tokenizer's tokens (to_tsvector('simple') keeps each one whole)", async () => {
    const item = await t.prisma.contentItem.findFirstOrThrow({ where: { title: WUXIANG_CORE } });
    const [row] = await t.prisma.$queryRaw<Array<{ lexemes: string[] }>>`
      SELECT tsvector_to_array(ts_filter("searchVector", '{a}')) AS lexemes FROM "ContentItem" WHERE id = ${item.id}`;
    expect(new Set(row?.lexemes)).toEqual(new Set(indexTokens(WUXIANG_CORE)));
  });

  it("indexes a 98,000-character body within the 1 MB tsvector limit, even of all-different characters", async () => {
    // The worst case for size: pseudo-random characters, so nearly every bigram is new.
    let seed = 7;
    const chars = Array.from({ length: 98_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return String.fromCharCode(0x4e00 + (seed % 20_000));
    }).join("");
    await withItems([{ title: "琅琊湾超长正文测试", body: `<p>${chars}</p>` }], async ([item]) => {
      const [row] = await t.prisma.$queryRaw<Array<{ bytes: number }>>`
        SELECT pg_column_size("searchVector")::int AS bytes FROM "ContentItem" WHERE id = ${item?.id}`;
      expect(row?.bytes).toBeGreaterThan(100_000);
      expect(titles((await search(chars.slice(10, 20))).edges)).toContain("琅琊湾超长正文测试");
    });
  });

  it("indexes the items that have no vector yet, and only those", async () => {
    expect(await indexMissingContent(t.prisma)).toBe(0);
    const item = await t.prisma.contentItem.findFirstOrThrow({ where: { title: WUXIANG_CORE } });
    await t.prisma.$executeRaw`UPDATE "ContentItem" SET "searchVector" = NULL WHERE id = ${item.id}`;
    expect(titles((await search("五象新区核心区")).edges)).not.toContain(WUXIANG_CORE);
    expect(await indexMissingContent(t.prisma)).toBe(1);
    expect(titles((await search("五象新区核心区")).edges)).toContain(WUXIANG_CORE);
  });

  it("reindexes every item", async () => {
    const total = await t.prisma.contentItem.count();
    expect(await reindexAllContent(t.prisma, { batchSize: 7 })).toBe(total);
    const [row] = await t.prisma.$queryRaw<Array<{ missing: number }>>`
      SELECT count(*)::int AS missing FROM "ContentItem" WHERE "searchVector" IS NULL`;
    expect(row?.missing).toBe(0);
  });
});

// API tests of search through the yoga app, against the seeded demo content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../../test/helpers.js";
import { indexContentItem, reindexAllContent, searchContent } from "./search.service.js";
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
interface SearchResult {
  search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Hit[] };
}

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

const WUXIANG_CORE = "五象新区核心区控制性详细规划修编通过专家评审";
const RAIL_LINE_6 = "轨道交通 6 号线一期工程沿线用地规划控制研究启动";
const TRANSPORT_PLAN = "南宁市综合交通体系规划（修编）公开征求意见";
const WATER_CITY = "“中国水城”建设：那考河、心圩江沿岸慢行系统规划方案出炉";

async function search(query: string, variables: Record<string, unknown> = {}) {
  const result = await t.agent().gql<SearchResult>(SEARCH, { query, first: 50, ...variables });
  expect(result.errors).toBeUndefined();
  return result.data?.search ?? { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };
}
const titles = (r: SearchResult["search"]) => r.edges.map((e) => e.node.title);

describe("search finds published content", () => {
  it("by a whole word, with the title match first and highlighted", async () => {
    const r = await search("五象新区");
    expect(r.edges[0]?.node.title).toBe(WUXIANG_CORE);
    expect(r.edges[0]?.highlightedTitle).toBe("<mark>五象新区</mark>核心区控制性详细规划修编通过专家评审");
    expect(r.edges[0]?.snippet).toContain("<mark>五象新区</mark>");
    // Body and summary mentions (the exhibition, the interview) are found too, ranked below.
    expect(r.totalCount).toBeGreaterThanOrEqual(3);
    expect(r.totalCount).toBe(r.edges.length);
  });

  it("by part of a word, however jieba cut it (象新 spans 五象|新区)", async () => {
    const r = await search("象新");
    expect(titles(r)).toContain(WUXIANG_CORE);
    expect(r.edges.find((e) => e.node.title === WUXIANG_CORE)?.highlightedTitle).toContain("五<mark>象新</mark>区");
  });

  it("by a single character", async () => {
    expect(titles(await search("象"))).toContain(WUXIANG_CORE);
  });

  it("by pinyin, a pinyin prefix and pinyin typed with spaces", async () => {
    for (const query of ["wuxiang", "wux", "wuxiangxinqu", "WuXiang", "wu xiang"]) {
      const r = await search(query);
      expect(titles(r), query).toContain(WUXIANG_CORE);
      expect(r.edges[0]?.node.title, query).toBe(WUXIANG_CORE);
    }
    const r = await search("wuxiang");
    expect(r.edges[0]?.highlightedTitle).toContain("<mark>五象</mark>");
  });

  it("by pinyin initials", async () => {
    const r = await search("wxxq");
    expect(r.edges[0]?.node.title).toBe(WUXIANG_CORE);
    expect(r.edges[0]?.highlightedTitle).toContain("<mark>五象新区</mark>");
  });

  it("by several words, all of which must match", async () => {
    const r = await search("轨道交通 规划");
    expect(titles(r)).toContain(RAIL_LINE_6);
    for (const hit of r.edges) expect(hit.node.title + hit.snippet).toMatch(/轨道/);
    expect(r.edges.find((e) => e.node.title === RAIL_LINE_6)?.highlightedTitle).toBe(
      "<mark>轨道交通</mark> 6 号线一期工程沿线用地<mark>规划</mark>控制研究启动",
    );
  });

  it("by Latin, numbers and Chinese mixed", async () => {
    expect((await search("6号线")).edges[0]?.node.title).toBe(RAIL_LINE_6);
    expect((await search("轨道交通 6 号线")).edges[0]?.node.title).toBe(RAIL_LINE_6);
    // "6" must be a word: it is not found inside 2026 or 0771.
    expect((await search("6号线")).edges[0]?.highlightedTitle).toContain("<mark>6</mark> <mark>号线</mark>");
    expect(titles(await search("jiaotong guihua"))).toContain(TRANSPORT_PLAN);
  });

  it("by words in quotation marks and full-width punctuation", async () => {
    expect(titles(await search("“中国水城”"))).toContain(WATER_CITY);
    expect(titles(await search("（修编）"))).toContain(TRANSPORT_PLAN);
  });

  it("finds nothing for words that are not there, and for punctuation alone", async () => {
    expect((await search("不存在的词语组合")).totalCount).toBe(0);
    expect((await search("！？")).totalCount).toBe(0);
  });

  it("ranks title matches above body matches, and newer above older when equally relevant", async () => {
    const column = await t.prisma.column.findFirstOrThrow({ where: { slug: "news" } });
    const item = (title: string, body: string, day: number) =>
      t.prisma.contentItem.create({
        data: {
          kind: "NEWS",
          columnId: column.id,
          status: "PUBLISHED",
          publishedAt: new Date(Date.UTC(2026, 0, day)),
          title,
          body,
        },
      });
    const items = [
      await item("排序测试：其他内容", "<p>正文提到凤凰岭步道。</p>", 20),
      await item("凤凰岭步道规划（旧）", "<p>正文。</p>", 5),
      await item("凤凰岭步道规划（新）", "<p>正文。</p>", 10),
    ];
    for (const i of items) await indexContentItem(t.prisma, i.id);
    expect(titles(await search("凤凰岭步道"))).toEqual([
      "凤凰岭步道规划（新）",
      "凤凰岭步道规划（旧）",
      "排序测试：其他内容",
    ]);
    // Pinyin that matches the title counts as a title match; bodies are found by each word's pinyin.
    expect(titles(await search("fenghuang"))).toEqual([
      "凤凰岭步道规划（新）",
      "凤凰岭步道规划（旧）",
      "排序测试：其他内容",
    ]);
    // Initials are indexed for titles (and summaries, tags, column names) only: too ambiguous for bodies.
    expect(titles(await search("fhlbd"))).toEqual(["凤凰岭步道规划（新）", "凤凰岭步道规划（旧）"]);
    await t.prisma.contentItem.deleteMany({ where: { id: { in: items.map((i) => i.id) } } });
  });
});

describe("search never shows what citizens may not see", () => {
  it("leaves out drafts", async () => {
    // The seeded draft's title: （草稿）良庆区五象湖周边城市设计方案内部讨论稿
    expect((await search("内部讨论稿")).totalCount).toBe(0);
    expect(titles(await search("五象")).some((x) => x.includes("草稿"))).toBe(false);
  });

  it("leaves out withdrawn, removed and unpublished items even when indexed", async () => {
    const column = await t.prisma.column.findFirstOrThrow({ where: { slug: "news" } });
    const base = { kind: "NEWS" as const, columnId: column.id, body: "<p>测试正文。</p>" };
    const published = new Date("2026-02-01T01:00:00Z");
    const items = await Promise.all([
      t.prisma.contentItem.create({
        data: { ...base, title: "撤回测试甲", status: "WITHDRAWN", publishedAt: published },
      }),
      t.prisma.contentItem.create({
        data: { ...base, title: "撤回测试乙", status: "PUBLISHED", publishedAt: published, removed: true },
      }),
      t.prisma.contentItem.create({ data: { ...base, title: "撤回测试丙", status: "PUBLISHED", publishedAt: null } }),
      t.prisma.contentItem.create({ data: { ...base, title: "撤回测试丁", status: "IN_REVIEW" } }),
    ]);
    for (const item of items) await indexContentItem(t.prisma, item.id);
    expect((await search("撤回测试")).totalCount).toBe(0);
    await t.prisma.contentItem.deleteMany({ where: { id: { in: items.map((i) => i.id) } } });
  });
});

describe("search filters", () => {
  it("by column, including the columns below it", async () => {
    const rail = await search("规划", { column: "rail-transit" });
    expect(titles(rail)).toEqual([RAIL_LINE_6]);
    const topics = await search("规划", { column: "topics" });
    expect(titles(topics)).toEqual(expect.arrayContaining([WUXIANG_CORE, RAIL_LINE_6, TRANSPORT_PLAN, WATER_CITY]));
    for (const hit of topics.edges) expect(hit.node.column.name).not.toBe("通知公告");
  });

  it("by kind", async () => {
    const r = await search("规划", { kind: "PUBLICITY" });
    expect(r.totalCount).toBeGreaterThanOrEqual(2);
    for (const hit of r.edges) expect(hit.node.kind).toBe("PUBLICITY");
  });

  it("by publication date", async () => {
    const all = await search("规划");
    const dates = all.edges.map((e) => Date.parse(e.node.publishedAt)).sort((a, b) => a - b);
    const middle = new Date(dates[Math.floor(dates.length / 2)] ?? 0);
    const from = await search("规划", { from: middle.toISOString() });
    const to = await search("规划", { to: middle.toISOString() });
    for (const hit of from.edges) expect(Date.parse(hit.node.publishedAt)).toBeGreaterThanOrEqual(middle.getTime());
    for (const hit of to.edges) expect(Date.parse(hit.node.publishedAt)).toBeLessThanOrEqual(middle.getTime());
    // The middle item is in both; together they are everything.
    expect(from.totalCount + to.totalCount).toBe(all.totalCount + 1);
  });

  it("combines filters", async () => {
    const r = await search("规划", { column: "news", kind: "NEWS", from: "2000-01-01T00:00:00Z" });
    for (const hit of r.edges) expect([hit.node.kind, hit.node.column.name]).toEqual(["NEWS", "新闻动态"]);
  });
});

describe("search pages", () => {
  it("pages with cursors without repeating or skipping", async () => {
    const all = await search("规划");
    expect(all.totalCount).toBeGreaterThan(6);
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: SearchResult["search"] = await search("规划", { first: 4, after });
      expect(r.totalCount).toBe(all.totalCount);
      ids.push(...r.edges.map((e) => e.node.id));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.edges.map((e) => e.node.id));
  });

  it("ranks only a shortlist exactly, and pages consistently through the rest", async () => {
    const exact = await searchContent(t.prisma, { query: "规划", first: 50 });
    const short = await searchContent(t.prisma, { query: "规划", first: 50 }, { shortlist: 3 });
    expect(short.totalCount).toBe(exact.totalCount);
    expect(new Set(short.hits.map((h) => h.item.id))).toEqual(new Set(exact.hits.map((h) => h.item.id)));
    // After the shortlist: titles containing the query first, then newest first.
    const rest = short.hits.slice(3).map((h) => ({ inTitle: h.item.title.includes("规划"), at: h.item.publishedAt }));
    expect(rest).toEqual(
      [...rest].sort(
        (a, b) => Number(b.inTitle) - Number(a.inTitle) || (b.at?.getTime() ?? 0) - (a.at?.getTime() ?? 0),
      ),
    );
    const paged: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 30; page++) {
      const p = await searchContent(t.prisma, { query: "规划", first: 2, after }, { shortlist: 3 });
      paged.push(...p.hits.map((h) => h.item.id));
      if (!p.hasNextPage) break;
      after = p.hits.at(-1)?.cursor;
    }
    expect(paged).toEqual(short.hits.map((h) => h.item.id));
  });

  it("counts all matches on a page past the end", async () => {
    const first = await search("规划", { first: 50 });
    const cursor = first.edges.at(-1)?.cursor;
    const past = await search("规划", { first: 5, after: cursor });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(first.totalCount);
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
    const column = await t.prisma.column.findFirstOrThrow({ where: { slug: "news" } });
    const item = await t.prisma.contentItem.create({
      data: {
        kind: "NEWS",
        columnId: column.id,
        status: "PUBLISHED",
        publishedAt: new Date("2026-02-20T01:00:00Z"),
        title: "邕江<b>夜景</b>灯光规划 & 方案",
        body: '<p>示例代码 &lt;script&gt;alert("x")&lt;/script&gt; 出现在邕江夜景灯光规划说明中。</p><script>steal()</script><p onclick="evil()">其余内容。</p>',
      },
    });
    await indexContentItem(t.prisma, item.id);
    const r = await search("夜景灯光");
    const hit = r.edges.find((e) => e.node.title === item.title);
    // The title has no 夜景灯光 (markup splits it), so its bigrams are marked, as the index matched them.
    expect(hit?.highlightedTitle).toBe("邕江&lt;b&gt;<mark>夜景</mark>&lt;/b&gt;<mark>灯光</mark>规划 &amp; 方案");
    expect(hit?.snippet).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(hit?.snippet).toContain("<mark>夜景灯光</mark>");
    expect(hit?.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(hit?.snippet).not.toContain("steal");
    expect(hit?.snippet).not.toContain("evil");
    await t.prisma.contentItem.delete({ where: { id: item.id } });
  });
});

describe("the index", () => {
  it("stores exactly the tokenizer's tokens (to_tsvector('simple') keeps each one whole)", async () => {
    const item = await t.prisma.contentItem.findFirstOrThrow({ where: { title: WUXIANG_CORE } });
    const [row] = await t.prisma.$queryRaw<Array<{ lexemes: string[] }>>`
      SELECT tsvector_to_array(ts_filter("searchVector", '{a}')) AS lexemes FROM "ContentItem" WHERE id = ${item.id}`;
    expect(new Set(row?.lexemes)).toEqual(new Set(indexTokens(WUXIANG_CORE)));
  });

  it("reindexes every item", async () => {
    const total = await t.prisma.contentItem.count();
    expect(await reindexAllContent(t.prisma, { batchSize: 5 })).toBe(total);
    const [row] = await t.prisma.$queryRaw<Array<{ missing: number }>>`
      SELECT count(*)::int AS missing FROM "ContentItem" WHERE "searchVector" IS NULL`;
    expect(row?.missing).toBe(0);
  });
});

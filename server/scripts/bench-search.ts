// Search benchmark: generated planning items (10,000 by default) are indexed, then searched through
// the GraphQL app in process (app.fetch, as the API tests do) with a mix of whole words, partial
// words, pinyin, initials, mixed Latin/Chinese and filtered queries. Prints indexing time and
// latency percentiles. PGlite in memory always; PostgreSQL as well when TEST_DATABASE_URL is set.
//
//   node --import tsx scripts/bench-search.ts [--items 10000] [--queries 400] [--compare]
import { parseArgs } from "node:util";
import { PlanningText } from "../src/modules/content/search/planning-text.js";
import { SHORTLIST, searchContent } from "../src/modules/content/search/search.service.js";
import { reindexAllContent } from "../src/modules/content/search/search-index.js";
import { indexTokens } from "../src/modules/content/search/tokenize.js";
import { createTestApp } from "../test/helpers.js";
import { DAY, insertPlanningItems, ms, onEachDatabase, percentile } from "./bench-support.js";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "10000" },
    queries: { type: "string", default: "400" },
    // Also time the service with every match ranked (no shortlist): the numbers before the fix.
    compare: { type: "boolean", default: false },
  },
});
const ITEMS = Number(values.items);
const QUERIES = Number(values.queries);

type Variables = { query: string; column?: string; kind?: string; from?: string };
const MIX: Array<{ category: string; variables: Variables }> = [
  ...["五象新区", "轨道交通", "控制性详细规划", "学校", "城市公园", "青秀区 道路工程", "海绵城市", "规划"].map(
    (query) => ({ category: "word", variables: { query } }),
  ),
  ...["象新", "道交", "详细规", "绿道", "管廊"].map((query) => ({ category: "partial", variables: { query } })),
  ...["wuxiang", "guidaojiaotong", "gongyuan", "xuexiao", "qingxiu", "kongzhixing", "haimian"].map((query) => ({
    category: "pinyin",
    variables: { query },
  })),
  ...["wxxq", "gdjt", "kzxxxgh", "hmcs"].map((query) => ({ category: "initials", variables: { query } })),
  ...["轨道交通 3号线", "GB 50180", "BIM技术", "6号线"].map((query) => ({ category: "mixed", variables: { query } })),
  { category: "filtered", variables: { query: "规划", column: "rail-transit" } },
  { category: "filtered", variables: { query: "公示", kind: "PUBLICITY" } },
  { category: "filtered", variables: { query: "学校", from: new Date(Date.now() - 365 * DAY).toISOString() } },
  { category: "filtered", variables: { query: "wuxiang", column: "topics" } },
];

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $column: String, $kind: ContentKind, $from: DateTime) {
    search(query: $query, first: 20, column: $column, kind: $kind, from: $from) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { highlightedTitle snippet node { id title publishedAt column { name } } }
    }
  }
`;

function measureTokenizer(): void {
  const text = new PlanningText(1).text(98_000);
  indexTokens("预热"); // the jieba dictionary loads once per process
  const times: number[] = [];
  let tokens = 0;
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    tokens = indexTokens(text).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `tokenizer: 98,000 characters → ${tokens} distinct tokens; min ${ms(times[0] ?? 0)}, median ${ms(percentile(times, 50))}`,
  );
}

async function bench(label: string): Promise<void> {
  const t = await createTestApp();
  try {
    const insertMs = await insertPlanningItems(t.prisma, ITEMS, t.clock.now().getTime());
    const started = performance.now();
    const indexed = await reindexAllContent(t.prisma);
    const indexMs = performance.now() - started;
    const [size] = await t.prisma.$queryRaw<Array<{ avg: number; max: number }>>`
      SELECT avg(pg_column_size("searchVector"))::float AS avg, max(pg_column_size("searchVector"))::float AS max
      FROM "ContentItem"`;
    console.log(`\n[${label}] ${ITEMS} generated items inserted in ${ms(insertMs)}`);
    console.log(
      `[${label}] indexed ${indexed} items in ${ms(indexMs)} (${((indexed / indexMs) * 1000).toFixed(0)} items/s); ` +
        `searchVector avg ${((size?.avg ?? 0) / 1024).toFixed(1)} KiB, max ${((size?.max ?? 0) / 1024).toFixed(1)} KiB`,
    );
    await t.prisma.$executeRawUnsafe(`ANALYZE "ContentItem"`);

    const run = async (variables: Variables) => {
      const result = await t.request<{ search: { totalCount: number } }>(SEARCH, variables);
      if (result.errors) throw new Error(`${variables.query}: ${JSON.stringify(result.errors)}`);
      return result.data?.search.totalCount ?? 0;
    };
    const totals = new Map<string, number>();
    for (const { variables } of MIX) totals.set(JSON.stringify(variables), await run(variables)); // warm-up

    const samples: Array<{ category: string; query: string; ms: number }> = [];
    const benchStarted = performance.now();
    for (let i = 0; i < QUERIES; i++) {
      const { category, variables } = MIX[i % MIX.length] as (typeof MIX)[number];
      const started = performance.now();
      await run(variables);
      samples.push({ category, query: JSON.stringify(variables), ms: performance.now() - started });
    }
    const wall = performance.now() - benchStarted;
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    console.log(
      `[${label}] ${samples.length} searches: p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, ` +
        `p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? 0)}; ${((samples.length / wall) * 1000).toFixed(0)} queries/s (one at a time)`,
    );
    for (const category of new Set(MIX.map((m) => m.category))) {
      const times = samples
        .filter((s) => s.category === category)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      console.log(
        `[${label}]   ${category.padEnd(9)} p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`,
      );
    }
    const slowest = new Map<string, number>();
    for (const s of samples) slowest.set(s.query, Math.max(slowest.get(s.query) ?? 0, s.ms));
    console.log(`[${label}] slowest queries (max ms, matches):`);
    for (const [query, max] of [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
      console.log(`[${label}]   ${ms(max).padStart(9)}  ${totals.get(query)} matches  ${query}`);
    }
    if (values.compare) await compareShortlist(label, t.prisma);
  } finally {
    await t.close();
  }
}

/** Service-level timing (no GraphQL) of ranking every match against ranking the shortlist only. */
async function compareShortlist(label: string, prisma: Awaited<ReturnType<typeof createTestApp>>["prisma"]) {
  for (const [name, shortlist] of [
    ["rank all matches", 1_000_000_000],
    [`shortlist ${SHORTLIST}`, SHORTLIST],
  ] as const) {
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const { variables } of MIX) {
        const started = performance.now();
        await searchContent(
          prisma,
          { ...variables, columnSlug: variables.column, kind: variables.kind as never, from: toDate(variables.from) },
          { shortlist },
        );
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `[${label}] service, ${name}: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1) ?? 0)}`,
    );
  }
}

const toDate = (iso: string | undefined) => (iso ? new Date(iso) : undefined);

measureTokenizer();
await onEachDatabase(bench);

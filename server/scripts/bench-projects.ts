// Project lookup benchmark (项目信息查询): generated projects (5,000 by default, about two permits
// each, with Nanning-like names, applicants, addresses and the bureau's permit numbers) are
// published and projected as the workflow does it (projectItems), next to generated content items
// (10,000 by default, as in bench-search.ts: the lookup matches ContentItem.searchVector, so the
// size of that table matters), all indexed for search. Then `projects(query: …)` is run through the
// GraphQL app in process with the client's selection, for a mix of permit numbers (as typed: with
// spaces, full-width), project codes, pinyin, initials, Chinese words, partial words and filters.
// Prints latency percentiles per category. PGlite in memory always; PostgreSQL as well when
// TEST_DATABASE_URL is set.
//
//   node --import tsx scripts/bench-projects.ts [--projects 5000] [--items 10000] [--rounds 30]
import { parseArgs } from "node:util";
import type { ContentItem, PermitType, ProjectStage } from "../src/generated/prisma/client.js";
import { reindexAllContent } from "../src/modules/content/search/search-index.js";
import { DISTRICTS } from "../src/modules/projects/districts.js";
import { PERMIT_NUMBER_PREFIX, type ProjectDetails } from "../src/modules/projects/project-details.js";
import { projectItems } from "../src/modules/projects/projection.js";
import { createRng, type Rng } from "../src/seed/rng.js";
import { createTestApp } from "../test/helpers.js";
import { DAY, insertPlanningItems, ms, onEachDatabase, percentile } from "./bench-support.js";

const { values } = parseArgs({
  options: {
    projects: { type: "string", default: "5000" },
    items: { type: "string", default: "10000" },
    // Each query of the mix runs this many times (after one warm-up run).
    rounds: { type: "string", default: "30" },
  },
});
const PROJECTS = Number(values.projects);
const ITEMS = Number(values.items);
const ROUNDS = Number(values.rounds);

// ───────────────────────────── generated projects ─────────────────────────────

/** Places per district: 片区, roads and landmarks, so names and addresses share words as real ones do. */
const PLACES: Record<string, readonly string[]> = {
  青秀区: ["凤岭北", "东盟商务区", "仙葫", "南湖", "青秀山", "长湖路", "民族大道", "金湖"],
  兴宁区: ["三塘", "五塘", "昆仑大道", "邕江北岸", "朝阳", "那考河", "兴宁"],
  江南区: ["沙井", "江南", "白沙大道", "邕江南岸", "经开区", "福建园"],
  西乡塘区: ["相思湖", "心圩江", "石埠半岛", "大学路", "安吉", "北湖", "高新区"],
  良庆区: ["五象新区", "五象湖", "玉洞", "龙岗", "大塘", "良庆", "邕江湾", "秋月路"],
  邕宁区: ["蒲庙", "邕宁", "龙岗新区", "新江", "那楼"],
  武鸣区: ["城厢", "武鸣", "双桥", "伊岭", "灵马"],
  隆安县: ["城厢", "那桐", "隆安"],
  马山县: ["白山", "马山", "古零"],
  上林县: ["大丰", "上林", "明亮"],
  宾阳县: ["宾州", "黎塘", "宾阳"],
  横州市: ["横州", "六景", "峦城"],
};
const ROADS = ["大道", "路", "街", "北路", "南路", "东路", "西路"];
const SIDES = ["东北侧", "东南侧", "西北侧", "西南侧", "北侧", "南侧"];
/** What gets built, with its land-use class (用地用海分类) and the industry digits of the code. */
const KINDS: ReadonlyArray<{ what: string; landUse: string; industry: string; allocated?: true }> = [
  { what: "九年一贯制学校", landUse: "080403", industry: "83", allocated: true },
  { what: "小学", landUse: "080403", industry: "83", allocated: true },
  { what: "中学", landUse: "080403", industry: "83", allocated: true },
  { what: "幼儿园", landUse: "080404", industry: "83", allocated: true },
  { what: "社区卫生服务中心", landUse: "0806", industry: "84", allocated: true },
  { what: "城市公园", landUse: "1401", industry: "78", allocated: true },
  { what: "滨水绿道", landUse: "1401", industry: "78", allocated: true },
  { what: "道路工程", landUse: "1207", industry: "48", allocated: true },
  { what: "桥梁工程", landUse: "1207", industry: "48", allocated: true },
  { what: "地下综合管廊", landUse: "1312", industry: "48", allocated: true },
  { what: "污水处理厂", landUse: "1306", industry: "46", allocated: true },
  { what: "公共停车场", landUse: "1208", industry: "54" },
  { what: "体育中心", landUse: "0805", industry: "89", allocated: true },
  { what: "文化中心", landUse: "0803", industry: "88", allocated: true },
  { what: "保障性住房", landUse: "070101", industry: "70" },
  { what: "住宅小区", landUse: "070101", industry: "70" },
  { what: "商住楼", landUse: "070101", industry: "70" },
  { what: "商业综合体", landUse: "0901", industry: "70" },
  { what: "总部大厦", landUse: "0902", industry: "70" },
  { what: "产业园标准厂房", landUse: "1001", industry: "13" },
  { what: "物流园", landUse: "1101", industry: "59" },
  { what: "轨道交通站点综合开发", landUse: "1202", industry: "54" },
  { what: "老旧小区改造", landUse: "070101", industry: "70", allocated: true },
];
const APPLICANT_WORDS = ["城建", "城投", "建设", "置业", "产业", "交投", "文旅", "水务", "教育", "保障房"];
const APPLICANT_FORMS = ["投资有限公司", "开发有限公司", "集团有限公司", "建设发展有限公司"];
const PUBLIC_BODIES = ["教育局", "卫生健康局", "住房和城乡建设局", "城市管理局", "市政和园林管理局"];
const ORDER: ProjectStage[] = [
  "SITE_SELECTION",
  "LAND_USE_PERMIT",
  "WORKS_PERMIT",
  "POST_APPROVAL_PUBLICITY",
  "VERIFICATION",
  "COMPLETED",
];

interface Generated {
  index: number;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  daysAgo: number;
  details: ProjectDetails;
}

const isWithdrawn = (g: Generated) => g.index % 50 === 49;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Permit serials start high, clear of the demo seed's numbers; one counter keeps every number unique. */
let serial = 60_000;

function generateProject(r: Rng, index: number): Generated {
  const district = r.pick(DISTRICTS);
  const places = PLACES[district.name] ?? [district.name];
  const kind = r.pick(KINDS);
  const place = r.pick(places);
  const phase = r.chance(0.25) ? r.pick(["（一期）", "（二期）", "（三期）"]) : "";
  // Numbered so that names repeat no more than in a real register.
  const name = `${place}${r.chance(0.3) ? `${r.pick(places)}${r.pick(ROADS)}` : ""}${kind.what}${phase}${r.chance(0.5) ? "" : `${(index % 97) + 1}号地块`}`;
  const [road1, road2] = r.pair(places);
  const address = `${district.name}${road1}${r.pick(ROADS)}与${road2}${r.pick(ROADS)}交叉口${r.pick(SIDES)}`;
  const applicant = kind.allocated
    ? `南宁市${district.name}${r.pick(PUBLIC_BODIES)}`
    : `南宁${r.pick(places)}${r.pick(APPLICANT_WORDS)}${r.pick(APPLICANT_FORMS)}`;
  const year = r.int(2021, 2026);
  const stage = ORDER[r.int(kind.allocated ? 0 : 1, 5)] as ProjectStage;
  const organ = "南宁市规划管理局";
  // Mostly a land-use and a works permit: about two per project.
  const types: PermitType[] = [];
  if (kind.allocated && r.chance(0.4)) types.push("SITE_SELECTION_OPINION");
  if (ORDER.indexOf(stage) >= 1) types.push("LAND_USE_PERMIT");
  if (ORDER.indexOf(stage) >= 2) types.push("WORKS_PERMIT");
  if (ORDER.indexOf(stage) >= 5) types.push("VERIFICATION_CERTIFICATE");
  if (types.length === 0) types.push("SITE_SELECTION_OPINION");
  let on = new Date(Date.UTC(year, r.int(0, 8), r.int(1, 28)));
  const lastDay = new Date("2026-02-27T00:00:00Z");
  const permits = types.map((type) => {
    const issuedOn = on > lastDay ? lastDay : on;
    on = new Date(issuedOn.getTime() + r.int(60, 300) * DAY);
    const number = `${PERMIT_NUMBER_PREFIX[type]}450100${issuedOn.getUTCFullYear()}${String(serial++).padStart(5, "0")}号`;
    return {
      type,
      number,
      issuedOn: iso(issuedOn),
      issuingOrgan: organ,
      scope: `${name}，位于${address}。`,
      status: "VALID" as const,
      changes: [],
    };
  });
  const lng = 108.2 + r.next() * 0.45;
  const lat = 22.7 + r.next() * 0.3;
  const code = `${year}-${district.code}-${kind.industry}-0${kind.allocated ? 1 : 2}-${String(500_000 + index).padStart(6, "0")}`;
  const keyProject = r.chance(0.08);
  const details: ProjectDetails = {
    name,
    code,
    applicant,
    district: district.name,
    address,
    location: { type: "Point", coordinates: [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] },
    landAreaM2: r.int(3_000, 80_000),
    totalFloorAreaM2: r.int(5_000, 200_000),
    floorAreaRatio: r.int(5, 45) / 10,
    greenRatioPercent: r.int(25, 40),
    buildingDensityPercent: r.int(15, 40),
    heightLimitM: r.int(12, 150),
    landUseClass: kind.landUse,
    stage,
    keyProject,
    hotArea: place.startsWith("五象") ? "wuxiang-core" : null,
    images: [],
    documents: [],
    related: [],
    modelUrl: null,
    progress: [],
    permits,
  };
  const permitText = permits.map((p) => p.number).join("、");
  return {
    index,
    title: name,
    summary: `${address}，建设单位：${applicant}`,
    body: `<p>${name}位于${address}，建设单位为${applicant}。</p><p>目前已核发${permitText}。</p><p>项目审批进展和许可变更将在本页及时更新。</p>`,
    tags: [district.name, ...(keyProject ? ["重点项目"] : [])],
    daysAgo: r.int(1, 900),
    details,
  };
}

// ───────────────────────────── the query mix ─────────────────────────────

type Variables = { query?: string; district?: string; stage?: string };
type Mix = Array<{ category: string; variables: Variables }>;

/** The real client's lookup (client/src/features/projects/project-list.tsx), fragments inlined. */
const LOOKUP = /* GraphQL */ `
  query ProjectList($query: String, $district: String, $stage: String) {
    projects(query: $query, district: $district, stage: $stage, first: 20) {
      totalCount
      edges {
        highlightedName
        exactMatch
        node { id code name stage district keyProject permits { id type number issuedOn } }
      }
      pageInfo { hasNextPage endCursor }
      suggestions {
        similar { id code name stage district keyProject permits { id type number issuedOn } }
        recentKeyProjects { id code name stage district keyProject permits { id type number issuedOn } }
      }
    }
  }
`;

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function queryMix(samples: Generated[]): Mix {
  const pick = (i: number) => samples[(i * 997) % samples.length] as Generated;
  const number = (i: number) => pick(i).details.permits[0]?.number ?? "";
  const code = (i: number) => pick(i).details.code ?? "";
  return [
    // As pasted, as typed with spaces, in full width (an IME), and lower-case letters in a code.
    ...[1, 2, 3, 4].map((i) => ({ category: "permit", variables: { query: number(i) } })),
    { category: "permit", variables: { query: number(5).replace(/第(\d+)号/, "第 $1 号") } },
    { category: "permit", variables: { query: fullWidth(number(6)) } },
    { category: "permit", variables: { query: ` ${number(7)}  ` } },
    // Only the digits of a permit number (the generated serials never repeat): exact as well.
    { category: "digits", variables: { query: number(8).replace(/\D/g, "") } },
    { category: "digits", variables: { query: number(9).replace(/\D/g, "") } },
    ...[11, 12, 13].map((i) => ({ category: "code", variables: { query: code(i) } })),
    { category: "code", variables: { query: fullWidth(code(14)) } },
    { category: "code", variables: { query: ` ${code(15).replaceAll("-", "－")} ` } },
    ...["wuxiang", "yongjiang", "fengling", "xuexiao", "gongyuan", "wu xiang", "xiangsihu"].map((query) => ({
      category: "pinyin",
      variables: { query },
    })),
    ...["wxxq", "yjw", "jnygzxx", "dxzhgl"].map((query) => ({ category: "initials", variables: { query } })),
    ...["五象新区", "学校", "邕江", "城投投资有限公司", "民族大道", "公共停车场"].map((query) => ({
      category: "word",
      variables: { query },
    })),
    ...["象新", "江湾", "贯制", "综合管"].map((query) => ({ category: "partial", variables: { query } })),
    { category: "filtered", variables: { query: "学校", district: "青秀区" } },
    { category: "filtered", variables: { query: "wuxiang", stage: "WORKS_PERMIT" } },
    { category: "filtered", variables: { query: "yongjiang", district: "良庆区" } },
    { category: "filtered", variables: { query: number(21), district: pick(21).details.district ?? "" } },
    { category: "filtered", variables: { district: "良庆区" } },
    { category: "filtered", variables: { stage: "工程规划许可" } },
    { category: "browse", variables: {} },
    // Nothing matches: the suggestions are computed.
    { category: "none", variables: { query: "邕江湾体育馆", district: "马山县" } },
    { category: "none", variables: { query: "建字第450100209999999号" } },
  ];
}

// ───────────────────────────── running ─────────────────────────────

async function bench(label: string): Promise<void> {
  const t = await createTestApp();
  try {
    const projectsColumn = (await t.prisma.column.findUnique({ where: { slug: "projects" } }))?.id;
    if (!projectsColumn) throw new Error("the demo seed has no column projects");
    const now = t.clock.now().getTime();

    // Content items, as the search benchmark generates them.
    const itemsMs = await insertPlanningItems(t.prisma, ITEMS, now);

    // Projects: published PROJECT items, projected in batches as publication does it.
    let started = performance.now();
    const r = createRng("bench-projects");
    const generated: Generated[] = [];
    for (let offset = 0; offset < PROJECTS; offset += 500) {
      const batch = Array.from({ length: Math.min(500, PROJECTS - offset) }, (_, i) => generateProject(r, offset + i));
      generated.push(...batch);
      const items: ContentItem[] = await t.prisma.contentItem.createManyAndReturn({
        data: batch.map((g) => ({
          kind: "PROJECT" as const,
          title: g.title,
          summary: g.summary,
          body: g.body,
          tags: g.tags,
          columnId: projectsColumn,
          status: "PUBLISHED" as const,
          publishedAt: new Date(now - g.daysAgo * DAY),
          details: g.details as object,
        })),
      });
      await t.prisma.$transaction(
        (tx) =>
          projectItems(
            tx,
            items.map((item) => ({ item, details: item.details })),
          ),
        { timeout: 120_000, maxWait: 120_000 },
      );
    }
    // One in 50 withdrawn, which the lookup must skip.
    const withdrawnCodes = generated.filter(isWithdrawn).map((g) => g.details.code ?? "");
    const withdrawn = await t.prisma.$executeRaw`
      UPDATE "ContentItem" SET status = 'WITHDRAWN', "withdrawnAt" = "publishedAt"
      WHERE id IN (SELECT "contentItemId" FROM "Project" WHERE code = ANY(${withdrawnCodes}::text[]))`;
    const projectsMs = performance.now() - started;

    started = performance.now();
    const indexed = await reindexAllContent(t.prisma);
    const indexMs = performance.now() - started;
    await t.prisma.$executeRawUnsafe(`ANALYZE`);
    const [counts] = await t.prisma.$queryRaw<Array<{ projects: number; permits: number; items: number }>>`
      SELECT (SELECT count(*) FROM "Project")::int AS projects, (SELECT count(*) FROM "Permit")::int AS permits,
             (SELECT count(*) FROM "ContentItem")::int AS items`;
    console.log(
      `\n[${label}] ${ITEMS} content items inserted in ${ms(itemsMs)}; ${PROJECTS} projects (${withdrawn} withdrawn) ` +
        `published and projected in ${ms(projectsMs)}; ${indexed} items indexed in ${ms(indexMs)}`,
    );
    console.log(
      `[${label}] tables: ${counts?.projects} projects, ${counts?.permits} permits, ${counts?.items} content items`,
    );

    const mix = queryMix(generated.filter((g) => !isWithdrawn(g)));
    const run = async (variables: Variables) => {
      const result = await t.request<{ projects: { totalCount: number; edges: Array<{ exactMatch: boolean }> } }>(
        LOOKUP,
        variables,
      );
      if (result.errors) throw new Error(`${JSON.stringify(variables)}: ${JSON.stringify(result.errors)}`);
      return result.data?.projects;
    };
    const totals = new Map<string, string>();
    for (const { category, variables } of mix) {
      const page = await run(variables); // warm-up, and a check that the query finds what it should
      const exact = page?.edges[0]?.exactMatch ?? false;
      if ((category === "permit" || category === "code" || category === "digits") && !exact) {
        throw new Error(`${JSON.stringify(variables)} did not find its project first`);
      }
      totals.set(JSON.stringify(variables), `${page?.totalCount} found${exact ? ", exact first" : ""}`);
    }

    const samples: Array<{ category: string; query: string; ms: number }> = [];
    const benchStarted = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (const { category, variables } of mix) {
        const started = performance.now();
        await run(variables);
        samples.push({ category, query: JSON.stringify(variables), ms: performance.now() - started });
      }
    }
    const wall = performance.now() - benchStarted;
    const line = (times: number[]) =>
      `p50 ${ms(percentile(times, 50)).padStart(8)}, p95 ${ms(percentile(times, 95)).padStart(8)}, ` +
      `p99 ${ms(percentile(times, 99)).padStart(8)}`;
    const all = samples.map((s) => s.ms).sort((a, b) => a - b);
    console.log(
      `[${label}] ${samples.length} lookups: ${line(all)}, max ${ms(all.at(-1) ?? 0)}; ` +
        `${((samples.length / wall) * 1000).toFixed(0)} lookups/s (one at a time)`,
    );
    for (const category of new Set(mix.map((m) => m.category))) {
      const times = samples
        .filter((s) => s.category === category)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      console.log(`[${label}]   ${category.padEnd(9)} ${line(times)}  (${times.length} lookups)`);
    }
    const slowest = new Map<string, number>();
    for (const s of samples) slowest.set(s.query, Math.max(slowest.get(s.query) ?? 0, s.ms));
    console.log(`[${label}] slowest queries (max ms):`);
    for (const [query, max] of [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
      console.log(`[${label}]   ${ms(max).padStart(9)}  ${query}  (${totals.get(query)})`);
    }
  } finally {
    await t.close();
  }
}

await onEachDatabase(bench);

// The project lookup through the API: a project drafted, reviewed and published through the one
// workflow, found by name, pinyin initials, code, permit number (also as its digits alone),
// applicant and address; every filter; invalid filters; suggestions; withdrawal; and the seeded
// projects.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { encodeCursor } from "../content/search/search.service.js";
import { DISTRICT_NAMES } from "./districts.js";
import { findProjects } from "./projects.service.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let editor: Agent, checker: Agent, head: Agent;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.agent().loginAs("EDITOR");
  checker = await t.agent().loginAs("CHECKER");
  head = await t.agent().loginAs("DEPT_HEAD");
});
afterAll(() => t.close());

const CODE = "2026-450108-83-01-999001";
const details = (overrides: Record<string, unknown> = {}) => ({
  name: "五象新区邕江湾国际学校",
  code: CODE,
  applicant: "南宁青禾教育投资有限公司",
  district: "良庆区",
  address: "良庆区秋月路与龙堤路交叉口东北侧",
  location: {
    type: "Polygon",
    coordinates: [
      [
        [108.401, 22.761],
        [108.404, 22.761],
        [108.404, 22.763],
        [108.401, 22.763],
        [108.401, 22.761],
      ],
    ],
  },
  landAreaM2: 52_000,
  totalFloorAreaM2: 68_000,
  floorAreaRatio: 1.3,
  greenRatioPercent: 35,
  buildingDensityPercent: 28,
  heightLimitM: 40,
  landUseClass: "080403",
  stage: "WORKS_PERMIT",
  keyProject: true,
  hotArea: "wuxiang-core",
  progress: [{ quarter: "2026Q1", stage: "WORKS_PERMIT", note: "主体结构施工中" }],
  permits: [
    {
      type: "LAND_USE_PERMIT",
      number: "地字第450100202690001号",
      issuedOn: "2025-06-18",
      issuingOrgan: "南宁市规划管理局",
      scope: "用地面积52000平方米",
    },
    {
      type: "WORKS_PERMIT",
      number: "建字第450100202690002号",
      issuedOn: "2025-11-03",
      issuingOrgan: "南宁市规划管理局",
      scope: "总建筑面积68000平方米",
    },
  ],
  ...overrides,
});

type Payload = { item: { id: string; status: string } | null; error: { message: string; field: string | null } | null };

async function mutate(agent: Agent, field: string, args: string, vars: Record<string, unknown>) {
  const params = Object.keys(vars)
    .map((k) => `${k}: $${k}`)
    .join(", ");
  const result = await agent.gql<Record<string, Payload>>(
    `mutation(${args}) { ${field}(${params}) { item { id status } error { message field } } }`,
    vars,
  );
  const payload = result.data?.[field];
  if (!payload) throw new Error(JSON.stringify(result.errors));
  return payload;
}

const create = (d: Record<string, unknown>, title = String(d.name)) =>
  mutate(editor, "createContentItem", "$input: CreateContentItemInput!", {
    input: {
      kind: "PROJECT",
      columnSlug: "projects",
      title,
      body: "<p>项目简介。</p>",
      detailsJson: JSON.stringify(d),
    },
  });
const save = (itemId: string, input: Record<string, unknown>) =>
  mutate(editor, "saveContentDraft", "$itemId: ID!, $input: DraftContentInput!", { itemId, input });

async function reviewAndPublish(itemId: string) {
  const submitted = await mutate(editor, "submitContentItem", "$itemId: ID!", { itemId });
  expect(submitted.error).toBeNull();
  const signOff = (agent: Agent, input: Record<string, unknown>) =>
    mutate(agent, "signOffContentItem", "$itemId: ID!, $input: SignOffInput!", {
      itemId,
      input: { approve: true, ...input },
    });
  await signOff(checker, { step: "PUBLICATION_REVIEW", opinion: "许可证信息与审批系统一致" });
  await signOff(checker, {
    step: "CONFIDENTIALITY_REVIEW",
    checklist: { noStateSecrets: true, noPersonalData: true, noInternalOnly: true },
  });
  expect((await signOff(head, { step: "DEPT_APPROVAL" })).error).toBeNull();
  const published = await mutate(editor, "publishContentItem", "$itemId: ID!", { itemId });
  expect(published.error).toBeNull();
  expect(published.item?.status).toBe("PUBLISHED");
}

type Connection = {
  totalCount: number;
  edges: Array<{
    highlightedName: string;
    exactMatch: boolean;
    node: { code: string; name: string; district: string; stage: string };
  }>;
  suggestions: { similar: Array<{ name: string }>; recentKeyProjects: Array<{ name: string; keyProject: boolean }> };
};

const PROJECTS = /* GraphQL */ `
  query Projects($query: String, $district: String, $stage: String, $landUseClass: String, $keyProject: Boolean,
                 $hotArea: String, $issuedFrom: String, $issuedTo: String, $bbox: BBoxInput, $first: Int) {
    projects(query: $query, district: $district, stage: $stage, landUseClass: $landUseClass, keyProject: $keyProject,
             hotArea: $hotArea, issuedFrom: $issuedFrom, issuedTo: $issuedTo, bbox: $bbox, first: $first) {
      totalCount
      edges { highlightedName exactMatch node { code name district stage } }
      suggestions { similar { name } recentKeyProjects { name keyProject } }
    }
  }
`;

async function projects(vars: Record<string, unknown>) {
  const result = await t.request<{ projects: Connection }>(PROJECTS, vars);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.projects;
}
async function projectsError(vars: Record<string, unknown>) {
  const result = await t.request<{ projects: Connection }>(PROJECTS, vars);
  expect(errorCode(result)).toBe("BAD_USER_INPUT");
  return result.errors?.[0]?.message ?? "";
}

const PROJECT = /* GraphQL */ `
  query Project($code: String!) {
    project(code: $code) {
      code name applicant district address stage keyProject hotAreaSlug floorAreaRatio greenRatioPercent
      landUseClass { code name }
      latestPermitIssuedOn locationGeoJSON locationGcj02GeoJSON center { lng lat } centerGcj02 { lng lat }
      progress { quarter stage note }
      permits { number type issuedOn status changes { on what reason } }
      item { title publishedAt changeNotes { note } }
      related { title }
    }
  }
`;

let itemId = "";

describe("a project through the publishing workflow", () => {
  it("validates details at each save, with the field at fault", async () => {
    const bad = await create(details({ stage: "BUILDING" }));
    expect(bad.error?.field).toBe("details.stage");
    expect(bad.error?.message).toContain("项目阶段应为");
    const badPermit = await create(
      details({ permits: [{ type: "WORKS_PERMIT", number: "建字第1号", issuedOn: "2025-02-30", issuingOrgan: "局" }] }),
    );
    expect(badPermit.error).toEqual({ message: "发证日期不是有效的日期", field: "details.permits.0.issuedOn" });
    const mismatch = await create(details(), "另一个标题");
    expect(mismatch.error?.field).toBe("details.name");
  });

  it("refuses submission while key elements are missing", async () => {
    const draft = await create({ name: "未完成的项目", stage: "SITE_SELECTION" });
    expect(draft.error).toBeNull();
    const submitted = await mutate(editor, "submitContentItem", "$itemId: ID!", { itemId: draft.item?.id });
    expect(submitted.error?.message).toBe(
      "还缺少以下要素，补齐后才能送审：项目代码、建设单位、所在城区、项目地址、用地性质、项目位置",
    );
  });

  it("publishes: the project is listed and opens by its code with its permit timeline", async () => {
    const created = await create(details());
    expect(created.error).toBeNull();
    itemId = created.item?.id ?? "";
    expect((await projects({ query: CODE })).totalCount).toBe(0);
    await reviewAndPublish(itemId);

    const found = await projects({ query: CODE });
    expect(found.edges[0]?.node).toMatchObject({ code: CODE, name: "五象新区邕江湾国际学校", stage: "WORKS_PERMIT" });
    expect(found.edges[0]?.exactMatch).toBe(true);

    const result = await t.request<{ project: Record<string, unknown> & { center: { lng: number; lat: number } } }>(
      PROJECT,
      { code: ` ${CODE.replaceAll("-", "－")} ` },
    );
    const project = result.data?.project;
    expect(project).toMatchObject({
      code: CODE,
      applicant: "南宁青禾教育投资有限公司",
      district: "良庆区",
      keyProject: true,
      hotAreaSlug: "wuxiang-core",
      floorAreaRatio: 1.3,
      landUseClass: { code: "080403", name: "中小学用地" },
      latestPermitIssuedOn: "2025-11-03",
      progress: [{ quarter: "2026Q1", stage: "WORKS_PERMIT", note: "主体结构施工中" }],
      permits: [
        { number: "地字第450100202690001号", type: "LAND_USE_PERMIT", issuedOn: "2025-06-18", status: "VALID" },
        { number: "建字第450100202690002号", type: "WORKS_PERMIT", issuedOn: "2025-11-03", status: "VALID" },
      ],
      item: { title: "五象新区邕江湾国际学校" },
    });
    expect(JSON.parse(String(project?.locationGeoJSON)).type).toBe("Polygon");
    const gcj = JSON.parse(String(project?.locationGcj02GeoJSON));
    expect(gcj.coordinates[0][0][0]).toBeGreaterThan(108.401);
    expect(project?.center.lng).toBeCloseTo(108.4025, 6);
  });

  it("finds the permit by its number with its project", async () => {
    const result = await t.request<{ permit: { type: string; project: { code: string } } }>(
      `query($n: String!) { permit(number: $n) { type project { code } } }`,
      { n: "建字第 450100202690002 号" },
    );
    expect(result.data?.permit).toEqual({ type: "WORKS_PERMIT", project: { code: CODE } });
    const missing = await t.request(`query { permit(number: "建字第1号") { number } }`);
    expect(errorCode(missing)).toBe("NOT_FOUND");
  });

  it("refuses a permit number that another project holds, naming that project", async () => {
    const other = await create(
      details({
        name: "良庆区另一所学校",
        code: "2026-450108-83-01-999002",
        permits: [
          {
            type: "WORKS_PERMIT",
            number: "建字第450100202690002号",
            issuedOn: "2025-12-01",
            issuingOrgan: "南宁市规划管理局",
          },
        ],
      }),
    );
    expect(other.error?.field).toBe("details.permits.0.number");
    expect(other.error?.message).toContain("五象新区邕江湾国际学校");
    const sameCode = await create(details({ name: "重复代码的项目", permits: [] }));
    expect(sameCode.error?.message).toContain(`项目代码 ${CODE} 已属于项目“五象新区邕江湾国际学校”`);
  });

  it("a new revision with a changed permit updates the lookup", async () => {
    const changed = details({
      stage: "POST_APPROVAL_PUBLICITY",
      permits: [
        (details().permits as unknown[])[0],
        {
          type: "WORKS_PERMIT",
          number: "建字第450100202690002号",
          issuedOn: "2025-11-03",
          issuingOrgan: "南宁市规划管理局",
          status: "CHANGED",
          changes: [{ on: "2026-01-20", what: "地下室范围调整", reason: "补足停车位" }],
        },
        {
          type: "VERIFICATION_CERTIFICATE",
          number: "核字第450100202690003号",
          issuedOn: "2026-02-20",
          issuingOrgan: "南宁市规划管理局",
        },
      ],
    });
    const saved = await save(itemId, {
      title: "五象新区邕江湾国际学校",
      body: "<p>项目简介。</p>",
      major: true,
      changeNote: "建设工程规划许可证变更",
      detailsJson: JSON.stringify(changed),
    });
    expect(saved.error).toBeNull();
    // Still the published version until the revision is reviewed.
    expect((await projects({ query: "核字第450100202690003号" })).totalCount).toBe(0);
    await reviewAndPublish(itemId);
    const result = await t.request<{
      project: {
        stage: string;
        permits: Array<{ number: string; status: string; changes: unknown[] }>;
        item: { changeNotes: Array<{ note: string }> };
      };
    }>(PROJECT, { code: CODE });
    const project = result.data?.project;
    expect(project?.stage).toBe("POST_APPROVAL_PUBLICITY");
    expect(project?.permits.map((p) => [p.number, p.status])).toEqual([
      ["地字第450100202690001号", "VALID"],
      ["建字第450100202690002号", "CHANGED"],
      ["核字第450100202690003号", "VALID"],
    ]);
    expect(project?.permits[1]?.changes).toEqual([{ on: "2026-01-20", what: "地下室范围调整", reason: "补足停车位" }]);
    expect(project?.item.changeNotes[0]?.note).toBe("建设工程规划许可证变更");
    expect((await projects({ query: "核字第450100202690003号" })).edges[0]?.exactMatch).toBe(true);
  });
});

describe("lookup", () => {
  it("finds projects by name, pinyin initials, applicant and address", async () => {
    const names = async (query: string) => (await projects({ query })).edges.map((e) => e.node.name);
    expect(await names("邕江湾")).toContain("五象新区邕江湾国际学校");
    // 五象新区邕江湾国际学校: initials of a run of its words.
    expect(await names("yjwgj")).toContain("五象新区邕江湾国际学校");
    expect(await names("青禾教育")).toEqual(["五象新区邕江湾国际学校"]);
    expect(await names("秋月路")).toContain("五象新区邕江湾国际学校");
    const highlighted = await projects({ query: "邕江湾" });
    expect(highlighted.edges[0]?.highlightedName).toContain("<mark>");
  });

  it("ranks an exact permit number or code first", async () => {
    const [seeded] = (await projects({ district: "青秀区", first: 1 })).edges;
    const code = seeded?.node.code ?? "";
    const byCode = await projects({ query: code });
    expect(byCode.edges[0]?.node.code).toBe(code);
    expect(byCode.edges[0]?.exactMatch).toBe(true);
    // A seeded permit number: its project first, whatever else shares its digits or words.
    const permit = await t.request<{ project: { permits: Array<{ number: string }> } }>(
      `query($c: String!) { project(code: $c) { permits { number } } }`,
      { c: code },
    );
    const number = permit.data?.project.permits[0]?.number ?? "";
    const byNumber = await projects({ query: number });
    expect(byNumber.edges[0]).toMatchObject({ exactMatch: true, node: { code } });
  });

  it("filters by district, stage, land use, key project, hot area, issue dates and map view", async () => {
    const all = await projects({ first: 50 });
    const check = async (vars: Record<string, unknown>, ok: (n: Connection["edges"][number]["node"]) => boolean) => {
      const page = await projects({ ...vars, first: 50 });
      expect(page.totalCount).toBeGreaterThan(0);
      expect(page.totalCount).toBeLessThan(all.totalCount);
      expect(page.edges.every((e) => ok(e.node))).toBe(true);
      return page;
    };
    await check({ district: "武鸣区" }, (n) => n.district === "武鸣区");
    await check({ stage: "工程规划许可" }, (n) => n.stage === "WORKS_PERMIT");
    await check({ stage: "COMPLETED" }, (n) => n.stage === "COMPLETED");
    const schools = await check({ landUseClass: "0804" }, () => true);
    expect(schools.edges.map((e) => e.node.name)).toContain("五象新区邕江湾国际学校");
    const keys = await check({ keyProject: true }, () => true);
    expect(keys.edges.map((e) => e.node.name)).toContain("五象新区邕江湾国际学校");
    const wuxiang = await check({ hotArea: "wuxiang-core" }, (n) => n.district === "良庆区");
    expect(wuxiang.edges.map((e) => e.node.name)).toContain("五象新区规划展示馆");
    const march = await check({ issuedFrom: "2026-02-01", issuedTo: "2026-02-28" }, () => true);
    expect(march.edges.map((e) => e.node.name)).toContain("五象新区邕江湾国际学校");
    // A view around 五象湖 only.
    const view = await check(
      { bbox: { west: 108.37, south: 22.75, east: 108.41, north: 22.78 } },
      (n) => n.district === "良庆区",
    );
    expect(view.edges.map((e) => e.node.name)).toContain("五象新区邕江湾国际学校");
    expect((await projects({ district: "武鸣区", query: "邕江湾" })).totalCount).toBe(0);
  });

  it("explains invalid filters in Chinese", async () => {
    expect(await projectsError({ district: "朝阳区" })).toContain("没有名为“朝阳区”的城区或县（市）");
    expect(await projectsError({ stage: "施工" })).toContain("没有“施工”这个项目阶段");
    expect(await projectsError({ landUseClass: "99" })).toContain("没有这个用地分类代码");
    expect(await projectsError({ issuedFrom: "2026-13-01" })).toBe("发证日期的开始不是有效的日期");
    expect(await projectsError({ issuedFrom: "2026-03-01", issuedTo: "2026-01-01" })).toBe(
      "发证日期的开始不能晚于结束",
    );
    expect(await projectsError({ bbox: { west: 108, south: 22, east: 200, north: 23 } })).toBe(
      "地图范围的经度应在 -180 到 180 之间",
    );
    expect(await projectsError({ bbox: { west: 109, south: 22, east: 108, north: 23 } })).toBe(
      "地图范围的西边界不能在东边界以东",
    );
  });

  it("suggests similar names and recent key projects when nothing matches", async () => {
    const empty = await projects({ query: "邕江湾体育馆", district: "武鸣区" });
    expect(empty.totalCount).toBe(0);
    expect(empty.suggestions.similar.map((p) => p.name)).toContain("五象新区邕江湾国际学校");
    expect(empty.suggestions.recentKeyProjects.length).toBeGreaterThan(0);
    expect(empty.suggestions.recentKeyProjects.every((p) => p.keyProject)).toBe(true);
    const found = await projects({ query: "邕江湾" });
    expect(found.suggestions).toEqual({ similar: [], recentKeyProjects: [] });
  });

  it("orders a shortlist by relevance and keeps the rules beyond it", async () => {
    const query = "五象";
    const full = await findProjects(t.prisma, { query, first: 50 });
    expect(full.totalCount).toBeGreaterThan(3);
    // Only the first two matches ranked by relevance: the same projects, the same rules.
    const short = await findProjects(t.prisma, { query, first: 50 }, {}, { shortlist: 2 });
    expect(short.totalCount).toBe(full.totalCount);
    expect(short.hits.map((h) => h.project.id).sort()).toEqual(full.hits.map((h) => h.project.id).sort());
    const inName = short.hits.map((h) => h.project.name.includes(query));
    expect(inName).toEqual([...inName].sort((a, b) => Number(b) - Number(a)));
    // Past the shortlist: names containing the query, then the latest permit first.
    const rest = short.hits.slice(2).map((h) => h.project);
    for (let i = 1; i < rest.length; i++) {
      const [a, b] = [rest[i - 1], rest[i]];
      if (a?.name.includes(query) === b?.name.includes(query)) {
        expect(a?.latestPermitIssuedOn?.getTime() ?? 0).toBeGreaterThanOrEqual(b?.latestPermitIssuedOn?.getTime() ?? 0);
      }
    }
  });

  it("counts the matches on a page past the last one", async () => {
    const { totalCount } = await findProjects(t.prisma, { query: "学校" });
    expect(totalCount).toBeGreaterThan(0);
    const past = await findProjects(t.prisma, { query: "学校", after: encodeCursor(totalCount + 5) });
    expect(past).toMatchObject({ hits: [], totalCount, hasNextPage: false, hasPreviousPage: true });
  });

  it("lists projects with the same fields and permit timeline as the project page", async () => {
    const FIELDS = `code name latestPermitIssuedOn floorAreaRatio progress { quarter }
      permits { number type issuedOn status scope changes { on what reason } }
      item { title publishedAt }`;
    const list = await t.request<{ projects: { edges: Array<{ node: { code: string } }> } }>(
      `{ projects(district: "良庆区", first: 5) { edges { node { ${FIELDS} } } } }`,
    );
    const nodes = list.data?.projects.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(1);
    for (const node of nodes) {
      const page = await t.request<{ project: unknown }>(`query($c: String!) { project(code: $c) { ${FIELDS} } }`, {
        c: node.code,
      });
      expect(node).toEqual(page.data?.project);
    }
  });

  it("computes suggestions only when nothing matched, without unused Prisma queries", async () => {
    // With a relation selected, as the client's cards do (an empty selection is never "unused").
    const lookup = async (query: string) => {
      const result = await t.request<{ projects: Connection }>(
        `query($q: String) { projects(query: $q) { totalCount suggestions {
           similar { name permits { number } } recentKeyProjects { name keyProject permits { number } } } } }`,
        { q: query },
      );
      return result.data?.projects;
    };
    const warn = vi.spyOn(console, "warn");
    try {
      const found = await lookup("五象");
      expect(found?.suggestions).toEqual({ similar: [], recentKeyProjects: [] });
      const none = await lookup("建字第450100209999999号");
      expect(none?.totalCount).toBe(0);
      expect(none?.suggestions.recentKeyProjects.length).toBeGreaterThan(0);
      expect(warn.mock.calls.flat().join("\n")).not.toContain("query was unused");
    } finally {
      warn.mockRestore();
    }
  });

  it("counts facets for the filter UI", async () => {
    const result = await t.request<{
      projectFacets: {
        total: number;
        districts: Array<{ name: string; count: number }>;
        stages: Array<{ stage: string; count: number }>;
        landUseClasses: Array<{ code: string; name: string; count: number }>;
      };
    }>(
      `{ projectFacets { total districts { name count } stages { stage count } landUseClasses { code name count } } }`,
    );
    const facets = result.data?.projectFacets;
    expect(facets?.districts.map((d) => d.name)).toEqual(DISTRICT_NAMES);
    expect(facets?.districts.reduce((n, d) => n + d.count, 0)).toBe(facets?.total);
    expect(facets?.stages.every((s) => s.count > 0)).toBe(true);
    expect(facets?.landUseClasses).toContainEqual(expect.objectContaining({ code: "0804", name: "教育用地" }));
  });
});

describe("a permit number typed as its digits alone", () => {
  // The project above holds 地字第450100202690001号 and 建字第450100202690002号.
  const exactCodes = (c: Connection) => c.edges.filter((e) => e.exactMatch).map((e) => e.node.code);
  const permitByNumber = (n: string) =>
    t.request<{ permit: { number: string; project: { code: string } } }>(
      `query($n: String!) { permit(number: $n) { number project { code } } }`,
      { n },
    );

  it("finds and flags the project, also with spaces or in full width", async () => {
    for (const query of ["450100202690002", " 4501 0020 2690 002 ", "４５０１００２０２６９０００２"]) {
      const found = await projects({ query });
      expect(found.edges[0], query).toMatchObject({ exactMatch: true, node: { code: CODE } });
      expect(exactCodes(found), query).toEqual([CODE]);
    }
    // Only all of a number's digits: a part of them is a word like any other.
    expect(exactCodes(await projects({ query: "45010020269000" }))).toEqual([]);
  });

  it("flags every project whose permits share the digits, and opens a permit only when one does", async () => {
    const other = "2026-450108-83-01-999003";
    const created = await create(
      details({
        name: "龙岗片区配套小学",
        code: other,
        applicant: "南宁市良庆区教育局",
        keyProject: false,
        permits: [
          // The works permit of another project with the serial of the school's land-use permit.
          {
            type: "WORKS_PERMIT",
            number: "建字第450100202690001号",
            issuedOn: "2025-12-01",
            issuingOrgan: "南宁市规划管理局",
          },
          // An older numbering: seven digits, too few to stand for a permit by themselves.
          {
            type: "LAND_USE_PERMIT",
            number: "地字第1234567号",
            issuedOn: "2025-03-01",
            issuingOrgan: "南宁市规划管理局",
          },
        ],
      }),
    );
    expect(created.error).toBeNull();
    await reviewAndPublish(created.item?.id ?? "");

    const both = await projects({ query: "450100202690001" });
    expect(exactCodes(both).sort()).toEqual([CODE, other].sort());
    expect(both.edges.slice(0, 2).every((e) => e.exactMatch)).toBe(true);
    // The full number still names one project.
    expect(exactCodes(await projects({ query: "建字第450100202690001号" }))).toEqual([other]);
    expect(exactCodes(await projects({ query: "1234567" }))).toEqual([]);
    expect((await projects({ query: "地字第1234567号" })).edges[0]).toMatchObject({ exactMatch: true });

    // permit(number:) by digits: the one permit that has them, never one of two picked at random.
    expect((await permitByNumber("４５０１００２０２６９０００２")).data?.permit).toEqual({
      number: "建字第450100202690002号",
      project: { code: CODE },
    });
    const ambiguous = await permitByNumber("450100202690001");
    expect(errorCode(ambiguous)).toBe("BAD_USER_INPUT");
    expect(ambiguous.errors?.[0]?.message).toBe(
      "有 2 个许可证的编号数字都是 450100202690001：地字第450100202690001号、建字第450100202690001号，请输入完整的许可证号",
    );
    expect((await permitByNumber("地字第450100202690001号")).data?.permit.project.code).toBe(CODE);
    expect(errorCode(await permitByNumber("1234567"))).toBe("NOT_FOUND");
  });
});

describe("withdrawal", () => {
  it("takes the project out of lists and lookups", async () => {
    const withdrawn = await head.gql<{ withdrawContentItem: Payload }>(
      `mutation($itemId: ID!) { withdrawContentItem(itemId: $itemId, reason: "项目信息有误，核实后重新发布") { item { id status } error { message } } }`,
      { itemId },
    );
    expect(withdrawn.data?.withdrawContentItem.item?.status).toBe("WITHDRAWN");
    expect((await projects({ query: CODE })).totalCount).toBe(0);
    expect(errorCode(await t.request(PROJECT, { code: CODE }))).toBe("NOT_FOUND");
    const permit = await t.request(`query { permit(number: "地字第450100202690001号") { number } }`);
    expect(errorCode(permit)).toBe("NOT_FOUND");
    // Its permits' digits no longer count: the other project's permit is the only one with them.
    const digits = await t.request<{ permit: { number: string } }>(
      `query { permit(number: "450100202690001") { number } }`,
    );
    expect(digits.data?.permit.number).toBe("建字第450100202690001号");
    expect((await projects({ query: "450100202690002" })).edges.some((e) => e.exactMatch)).toBe(false);
  });
});

describe("seeded projects", () => {
  it("cover every district of the city proper and every stage, with 80+ permits", async () => {
    const published = await t.prisma.project.count({ where: { contentItem: { status: "PUBLISHED" } } });
    expect(published).toBeGreaterThanOrEqual(40);
    const permits = await t.prisma.permit.count({ where: { project: { contentItem: { seedKey: { not: null } } } } });
    expect(permits).toBeGreaterThanOrEqual(80);
    const districts = await t.prisma.project.groupBy({ by: ["district"] });
    expect(districts.map((d) => d.district).sort()).toEqual(
      ["青秀区", "兴宁区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣区"].sort(),
    );
    const stages = await t.prisma.project.groupBy({ by: ["stage"] });
    expect(stages).toHaveLength(6);
    const changed = await t.prisma.permit.count({ where: { status: { in: ["CHANGED", "REVOKED"] } } });
    expect(changed).toBeGreaterThan(3);
  });
});

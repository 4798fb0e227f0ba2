// 办事指南 through the API: the seeded catalogue, search, one guide with typed fields, and an
// editor's guide going through the one publishing workflow, refused while it lacks key elements.
import fs from "node:fs";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { GUIDES } from "../../seed/guides/guides.js";
import { contentItemIdOf } from "../content/content.service.js";
import { guideDetailsShape, guideMissingForReview } from "./guide-details.js";
import { completeGuide } from "./test-fixtures.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
type Agent = Awaited<ReturnType<ReturnType<typeof t.agent>["loginAs"]>>;
let editor: Agent, checker: Agent, head: Agent;
let citizen: ReturnType<typeof t.agent>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await t.agent().loginAs("EDITOR");
  checker = await t.agent().loginAs("CHECKER");
  head = await t.agent().loginAs("DEPT_HEAD");
  citizen = t.agent();
});
afterAll(() => t.close());

const GUIDE_FIELDS = `
  id slug revision title itemName category implementingOrgan
  legalBasis { law article }
  conditions
  materials { id name form copies required note templateUrl sampleUrl }
  steps { name actor description days outcome excludedFromLimit }
  statutoryDays promisedDays excludedDays
  fees { name amount basis }
  officeAddress officeHours phone onlineUrl
  faq { question answer }
  relatedLaws { name url }`;

interface GuideListing {
  guides: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      highlightedTitle: string | null;
      node: { slug: string; title: string; category: string };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const listGuides = (vars: Record<string, unknown>) =>
  citizen.gql<GuideListing>(
    `query($category: String, $query: String, $first: Int, $after: String) {
      guides(category: $category, query: $query, first: $first, after: $after) {
        totalCount edges { cursor highlightedTitle node { slug title category } } pageInfo { hasNextPage endCursor }
      }
    }`,
    vars,
  );

// ───────────────────────────── workflow helpers ─────────────────────────────

type Payload = { item: { id: string; status: string } | null; error: { message: string; field: string | null } | null };

async function mutate(agent: Agent, field: string, args: string, vars: Record<string, unknown>) {
  const result = await agent.gql<Record<string, Payload>>(
    `mutation(${args}) { ${field}(${Object.keys(vars)
      .map((k) => `${k}: $${k}`)
      .join(", ")}) { item { id status } error { message field } } }`,
    vars,
  );
  const payload = result.data?.[field];
  if (!payload) throw new Error(JSON.stringify(result));
  return payload;
}

const createGuide = (details: unknown, title = "建设工程规划许可证核发（测试）") =>
  mutate(editor, "createContentItem", "$input: CreateContentItemInput!", {
    input: {
      kind: "GUIDE",
      columnSlug: "guides",
      title,
      body: "<p>办事指南正文。</p>",
      detailsJson: JSON.stringify(details),
    },
  });
const saveGuide = (itemId: string, details: unknown, title = "建设工程规划许可证核发（测试）") =>
  mutate(editor, "saveContentDraft", "$itemId: ID!, $input: DraftContentInput!", {
    itemId,
    input: { title, body: "<p>办事指南正文。</p>", detailsJson: JSON.stringify(details) },
  });
const submit = (itemId: string) => mutate(editor, "submitContentItem", "$itemId: ID!", { itemId });
const signOff = (agent: Agent, itemId: string, input: Record<string, unknown>) =>
  mutate(agent, "signOffContentItem", "$itemId: ID!, $input: SignOffInput!", {
    itemId,
    input: { approve: true, ...input },
  });
const CHECKLIST = { noStateSecrets: true, noPersonalData: true, noInternalOnly: true };

/** Reviews and publishes a submitted item. */
async function approveAndPublish(itemId: string) {
  await signOff(checker, itemId, { step: "PUBLICATION_REVIEW", opinion: "要素齐全" });
  await signOff(checker, itemId, { step: "CONFIDENTIALITY_REVIEW", checklist: CHECKLIST });
  expect((await signOff(head, itemId, { step: "DEPT_APPROVAL" })).error).toBeNull();
  return editor.gql<{ publishContentItem: Payload }>(
    "mutation($itemId: ID!) { publishContentItem(itemId: $itemId) { item { id status } error { message field } } }",
    { itemId },
  );
}

// ───────────────────────────── the seeded catalogue ─────────────────────────────

describe("the seeded guides", () => {
  it("publishes every demo guide, complete for the inspection rules, with its forms stored as PDFs", async () => {
    const items = await t.prisma.contentItem.findMany({ where: { kind: "GUIDE", status: "PUBLISHED" } });
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.map((i) => i.slug).sort()).toEqual(GUIDES.map((g) => g.slug).sort());
    const forms = new Set<string>();
    for (const item of items) {
      const details = guideDetailsShape.parse(item.details);
      expect(guideMissingForReview(details), item.title).toEqual([]);
      expect(details.slug).toBe(item.slug);
      for (const m of details.materials) for (const url of [m.templateUrl, m.sampleUrl]) if (url) forms.add(url);
    }
    // Nine distinct forms (授权委托书 shared by all), each blank and filled in.
    expect(forms.size).toBe(2 * 11);
    for (const url of forms) {
      const storedName = url.replace(/^\/media\//, "");
      const asset = await t.prisma.mediaAsset.findFirstOrThrow({ where: { storedName } });
      expect(asset.mimeType).toBe("application/pdf");
      const pdf = await PDFDocument.load(fs.readFileSync(t.mediaStore.originalPath(storedName)));
      expect(pdf.getTitle()).toMatch(/表|书/);
    }
  });

  it("lists them in catalogue order with their categories, a page at a time", async () => {
    const categories = await citizen.gql<{ guideCategories: Array<{ name: string; count: number }> }>(
      "{ guideCategories { name count } }",
    );
    expect(categories.data?.guideCategories).toEqual([
      { name: "规划核实", count: 1 },
      { name: "建设工程", count: 4 },
      { name: "乡村建设", count: 1 },
      { name: "用地规划", count: 3 },
    ]);

    const first = await listGuides({ first: 5 });
    expect(first.data?.guides.totalCount).toBe(GUIDES.length);
    expect(first.data?.guides.pageInfo.hasNextPage).toBe(true);
    const rest = await listGuides({ first: 5, after: first.data?.guides.pageInfo.endCursor });
    const slugs = [...(first.data?.guides.edges ?? []), ...(rest.data?.guides.edges ?? [])].map((e) => e.node.slug);
    expect(new Set(slugs).size).toBe(GUIDES.length);
    expect(rest.data?.guides.pageInfo.hasNextPage).toBe(false);

    const land = await listGuides({ category: "用地规划" });
    expect(land.data?.guides.edges.map((e) => e.node.title)).toEqual([
      "建设项目用地预审与选址意见书核发",
      "建设用地规划许可证核发（出让）",
      "建设用地规划许可证核发（划拨）",
    ]);
    expect((await listGuides({ category: "不存在的类别" })).data?.guides.totalCount).toBe(0);
    expect(errorCode(await listGuides({ category: "类".repeat(21) }))).toBe("BAD_USER_INPUT");
  });

  it("finds guides through the content search: words, pinyin and initials, within a category", async () => {
    // 建设工程规划 in 建设工程规划许可证核发 (and in 临时建设工程规划许可).
    const byInitials = await listGuides({ query: "jsgcgh" });
    const titles = byInitials.data?.guides.edges.map((e) => e.node.title);
    expect(titles).toContain("建设工程规划许可证核发");
    expect(titles).not.toContain("乡村建设规划许可证核发");
    expect(byInitials.data?.guides.edges[0]?.highlightedTitle).toContain("<mark>");
    const byPinyin = await listGuides({ query: "xiangcun" });
    expect(byPinyin.data?.guides.edges.map((e) => e.node.slug)).toContain("rural-construction-permit");
    const byWord = await listGuides({ query: "增设电梯" });
    expect(byWord.data?.guides.edges[0]?.node.slug).toBe("elevator-retrofit-permit");
    // Only guides: the news about 五象新区 does not come back here.
    const everywhere = await listGuides({ query: "规划许可" });
    expect(everywhere.data?.guides.edges.every((e) => GUIDES.some((g) => g.slug === e.node.slug))).toBe(true);
    expect(everywhere.data?.guides.totalCount).toBeGreaterThan(3);

    const inCategory = await listGuides({ query: "规划许可", category: "用地规划" });
    expect(inCategory.data?.guides.edges.length).toBeGreaterThan(0);
    expect(inCategory.data?.guides.edges.every((e) => e.node.category === "用地规划")).toBe(true);
    expect((await listGuides({ query: "jsgcgh", category: "乡村建设" })).data?.guides.totalCount).toBe(0);
  });

  it("opens one guide with every element typed", async () => {
    const result = await citizen.gql<{ guide: Record<string, unknown> }>(
      `query($slug: String!) { guide(slug: $slug) { ${GUIDE_FIELDS} } }`,
      { slug: "design-scheme-review" },
    );
    const guide = result.data?.guide;
    expect(guide, JSON.stringify(result.errors)).toMatchObject({
      slug: "design-scheme-review",
      itemName: "建设工程设计方案审查",
      category: "建设工程",
      implementingOrgan: "南宁市规划管理局",
      legalBasis: [
        { law: "中华人民共和国城乡规划法", article: "第四十条" },
        { law: "中华人民共和国行政许可法", article: "第三十六条" },
      ],
      statutoryDays: 20,
      promisedDays: 10,
      excludedDays: 15,
      fees: [],
      phone: "0771-0000000",
      onlineUrl: "https://zwfw.gxzf.gov.cn/",
    });
    const steps = guide?.steps as Array<{ days: number; excludedFromLimit: boolean; name: string }>;
    expect(steps.filter((s) => !s.excludedFromLimit).reduce((sum, s) => sum + s.days, 0)).toBe(10);
    expect(steps.find((s) => s.name === "批前公示")).toMatchObject({ days: 10, excludedFromLimit: true });
    const materials = guide?.materials as Array<Record<string, unknown>>;
    expect(materials[0]).toMatchObject({
      name: "建设工程设计方案审查申请表",
      form: "ORIGINAL",
      copies: 1,
      required: true,
      templateUrl: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.pdf$/),
      sampleUrl: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.pdf$/),
    });
    expect(new Set(materials.map((m) => m.id)).size).toBe(materials.length);
    expect(materials.find((m) => m.name === "日照分析报告")).toMatchObject({ required: false, templateUrl: null });

    const missing = await citizen.gql('{ guide(slug: "no-such-guide") { id } }');
    expect(errorCode(missing)).toBe("NOT_FOUND");
  });
});

// ───────────────────────────── the editor's workflow ─────────────────────────────

describe("an editor's guide", () => {
  it("cannot go to review while it lacks any key element, and names what is missing", async () => {
    const created = await createGuide({ itemName: "建设工程规划许可证核发（测试）" });
    expect(created.error).toBeNull();
    const id = created.item?.id ?? "";
    expect((await submit(id)).error).toEqual({
      message:
        "还缺少以下要素，补齐后才能送审：设定依据、申请条件、申请材料、办理流程、办理时限（法定时限和承诺时限）、办理地点、咨询电话",
      field: "details",
    });
    const elements: Array<[string, unknown, string]> = [
      ["itemName", "", "事项名称"],
      ["legalBasis", [], "设定依据"],
      ["conditions", [], "申请条件"],
      ["materials", [], "申请材料"],
      ["steps", [], "办理流程"],
      ["promisedDays", null, "办理时限"],
      ["officeAddress", "", "办理地点"],
      ["phone", "", "咨询电话"],
    ];
    for (const [key, value, name] of elements) {
      expect((await saveGuide(id, { ...completeGuide(), [key]: value })).error).toBeNull();
      const refused = await submit(id);
      expect(refused.error?.message, key).toMatch(new RegExp(`^还缺少以下要素，补齐后才能送审：${name}`));
      expect(refused.error?.message.split("、"), key).toHaveLength(1);
    }
    const item = await t.prisma.contentItem.findUniqueOrThrow({ where: { id: contentItemIdOf(id) ?? "" } });
    expect(item).toMatchObject({ status: "DRAFT", draftStage: "DRAFT", details: null });
  });

  it("refuses a save with contradictory details, naming the field", async () => {
    const created = await createGuide({ ...completeGuide(), promisedDays: 30 });
    expect(created).toEqual({
      item: null,
      error: { message: "承诺时限（30 个工作日）不能超过法定时限（20 个工作日）", field: "details.promisedDays" },
    });
    const bad = await createGuide({ ...completeGuide(), materials: [{ name: "申请表", form: "SCAN" }] });
    expect(bad.error?.field).toBe("details.materials.0.form");
    const notJson = await editor.gql(
      "mutation($input: CreateContentItemInput!) { createContentItem(input: $input) { item { id } } }",
      { input: { kind: "GUIDE", columnSlug: "guides", title: "测试", body: "<p>正文</p>", detailsJson: "{oops" } },
    );
    expect(errorCode(notJson)).toBe("BAD_USER_INPUT");
    expect(notJson.errors?.[0]).toMatchObject({
      message: "专项信息不是有效的 JSON",
      extensions: { field: "detailsJson" },
    });
  });

  it("refuses steps that do not add up to the promised time", async () => {
    const created = await createGuide({ ...completeGuide(), promisedDays: 9 });
    expect(created.error).toBeNull();
    expect((await submit(created.item?.id ?? "")).error?.message).toBe(
      "还缺少以下要素，补齐后才能送审：与承诺时限相符的各环节时限（现合计 10 个工作日，承诺时限 9 个工作日）",
    );
  });

  it("goes through review and publication, then citizens find it with every field typed", async () => {
    const created = await createGuide({ ...completeGuide(), slug: "test-works-permit" }, "城市雕塑建设工程规划许可");
    const id = created.item?.id ?? "";
    expect((await submit(id)).error).toBeNull();
    const published = await approveAndPublish(id);
    expect(published.data?.publishContentItem.item?.status, JSON.stringify(published)).toBe("PUBLISHED");

    const guide = await citizen.gql<{ guide: Record<string, unknown> }>(
      `query { guide(slug: "test-works-permit") { ${GUIDE_FIELDS} } }`,
    );
    expect(guide.data?.guide).toMatchObject({
      title: "城市雕塑建设工程规划许可",
      itemName: "建设工程规划许可证核发",
      conditions: ["已取得建设用地规划许可证"],
      materials: [
        {
          name: "建设工程规划许可证申请表",
          form: "ORIGINAL",
          copies: 1,
          required: true,
          templateUrl: "/media/abc.pdf",
        },
        {
          name: "身份证明",
          form: "ORIGINAL_AND_COPY",
          copies: 2,
          required: false,
          note: "委托办理时提供",
          sampleUrl: null,
        },
      ],
      steps: [
        { name: "受理", actor: "窗口", days: 1, excludedFromLimit: false, description: null },
        { name: "审查", days: 5 },
        { name: "批前公示", days: 10, excludedFromLimit: true, actor: null },
        { name: "决定", days: 4 },
      ],
      statutoryDays: 20,
      promisedDays: 10,
      excludedDays: 10,
      officeHours: "工作日 9:00—17:00",
      faq: [{ question: "多久办结？", answer: "10 个工作日。" }],
      relatedLaws: [{ name: "中华人民共和国行政许可法", url: null }],
    });
    const item = await t.prisma.contentItem.findUniqueOrThrow({ where: { id: contentItemIdOf(id) ?? "" } });
    expect(guide.data?.guide.revision).toBe(item.liveRevisionId);
    // Its global id opens it too, as a Guide.
    const node = await citizen.gql<{ node: { slug: string } | null }>(
      "query($id: ID!) { node(id: $id) { ... on Guide { slug } } }",
      { id: guide.data?.guide.id },
    );
    expect(node.data?.node).toEqual({ slug: "test-works-permit" });

    // The search finds it by the initials of its title (城市雕塑 → csds), among guides only.
    const found = await listGuides({ query: "csds" });
    expect(found.data?.guides.edges.map((e) => e.node.slug)).toEqual(["test-works-permit"]);
    expect((await listGuides({ category: "建设工程" })).data?.guides.edges.map((e) => e.node.slug)).toContain(
      "test-works-permit",
    );
  });

  it("cannot pass publication review while its details link to hosts nobody approved (网站链接审批)", async () => {
    const guide = completeGuide();
    const created = await createGuide(
      {
        ...guide,
        slug: "test-pipeline-permit",
        onlineUrl: "https://apply.example.net/works-permit",
        materials: [{ ...guide.materials[0], sampleUrl: "https://pan.example.net/s/sample" }, guide.materials[1]],
        // An approved host (www.gov.cn) passes.
        relatedLaws: [{ name: "中华人民共和国行政许可法", url: "https://www.gov.cn/flfg/xzxkf.htm" }],
      },
      "城市地下管线工程规划许可",
    );
    const id = created.item?.id ?? "";
    expect((await submit(id)).error).toBeNull();
    const review = { step: "PUBLICATION_REVIEW", opinion: "要素齐全" };
    expect((await signOff(checker, id, review)).error).toEqual({
      message:
        "网上办理地址包含未经审批的外部链接：https://apply.example.net/works-permit；" +
        "申请材料“建设工程规划许可证申请表”的填写样例包含未经审批的外部链接：https://pan.example.net/s/sample。" +
        "请先申请网站链接审批或删除这些链接",
      field: "details.onlineUrl",
    });

    // The maintainers approve the application site; the file-sharing host was turned down (seed).
    const maintainer = await t.agent().loginAs("MAINTAINER");
    const requested = await editor.gql<{ requestLinkApproval: { approval: { id: string } | null } }>(
      `mutation { requestLinkApproval(url: "https://apply.example.net/works-permit", reason: "网上办理入口") { approval { id } } }`,
    );
    const decided = await maintainer.gql<{ decideLinkApproval: { approval: { status: string } } }>(
      "mutation($id: ID!) { decideLinkApproval(id: $id, approve: true) { approval { status } } }",
      { id: requested.data?.requestLinkApproval.approval?.id },
    );
    expect(decided.data?.decideLinkApproval.approval.status).toBe("APPROVED");
    expect((await signOff(checker, id, review)).error).toEqual({
      message:
        "申请材料“建设工程规划许可证申请表”的填写样例包含未经审批的外部链接：https://pan.example.net/s/sample。" +
        "请先申请网站链接审批或删除这些链接",
      field: "details.materials.0.sampleUrl",
    });
    const records = await t.prisma.reviewRecord.count({
      where: { itemId: contentItemIdOf(id) ?? "", step: "PUBLICATION_REVIEW" },
    });
    expect(records).toBe(0);
  });

  it("gets a slug from its name when the editor gives none, and may not take another item's", async () => {
    const { slug: _slug, ...withoutSlug } = completeGuide();
    const created = await createGuide(withoutSlug, "城市道路绿化工程规划许可");
    const id = created.item?.id ?? "";
    await submit(id);
    expect((await approveAndPublish(id)).data?.publishContentItem.item?.status).toBe("PUBLISHED");
    const item = await t.prisma.contentItem.findUniqueOrThrow({ where: { id: contentItemIdOf(id) ?? "" } });
    expect(item.slug).toBe("jian-she-gong-cheng-gui-hua-xu-ke-zheng-he-fa");

    const taken = await createGuide({ ...completeGuide(), slug: "construction-works-permit" }, "测试重复网址");
    await submit(taken.item?.id ?? "");
    const refused = await approveAndPublish(taken.item?.id ?? "");
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toBe("网址标识“construction-works-permit”已被其他信息使用，请修改后重新送审");
    const still = await t.prisma.contentItem.findUniqueOrThrow({
      where: { id: contentItemIdOf(taken.item?.id ?? "") ?? "" },
    });
    expect(still.status).not.toBe("PUBLISHED");
  });

  it("is GONE for citizens once withdrawn, with the reason", async () => {
    const item = await t.prisma.contentItem.findUniqueOrThrow({ where: { slug: "test-works-permit" } });
    const withdrawn = await head.gql<{ withdrawContentItem: Payload }>(
      'mutation($id: ID!) { withdrawContentItem(itemId: $id, reason: "该事项已并入工程规划许可") { item { status } error { message } } }',
      { id: Buffer.from(`ContentItem:${item.id}`).toString("base64") },
    );
    expect(withdrawn.data?.withdrawContentItem.item?.status, JSON.stringify(withdrawn)).toBe("WITHDRAWN");
    const result = await citizen.gql('{ guide(slug: "test-works-permit") { id } }');
    expect(errorCode(result)).toBe("GONE");
    expect(result.errors?.[0]?.message).toBe("该办事指南已停止使用：该事项已并入工程规划许可");
    expect((await listGuides({ query: "csds" })).data?.guides.totalCount).toBe(0);
  });
});

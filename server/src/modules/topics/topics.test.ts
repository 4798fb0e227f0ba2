// 专题 and 热点区域 through the API: the seeded pages, one page with its map extent and what it
// relates to (only what is published), and the editor's topic page through the workflow.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode } from "../../../test/helpers.js";
import { Prisma } from "../../generated/prisma/client.js";
import { seedId } from "../../seed/ids.js";

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

const TOPIC_FIELDS = `
  id slug type title summary body coverImageUrl publishedAt column { slug }
  extent { west south east north } layers relatedProjectCodes relatedProjects { code name }
  relatedItems { id title status } relatedGuides { slug itemName }`;

interface TopicShape {
  slug: string | null;
  type: string;
  title: string;
  extent: { west: number; south: number; east: number; north: number } | null;
  layers: string[];
  relatedProjectCodes: string[];
  relatedProjects: Array<{ code: string; name: string }>;
  relatedItems: Array<{ id: string; title: string; status: string }>;
  relatedGuides: Array<{ slug: string; itemName: string }>;
}

const topicBySlug = (slug: string) =>
  citizen.gql<{ topic: TopicShape }>(`query($slug: String!) { topic(slug: $slug) { ${TOPIC_FIELDS} } }`, { slug });

const itemId = (key: string) => encodeGlobalID("ContentItem", seedId("item", key));

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

const createTopic = (title: string, details: unknown) =>
  mutate(editor, "createContentItem", "$input: CreateContentItemInput!", {
    input: {
      kind: "TOPIC_PAGE",
      columnSlug: "topics",
      title,
      body: "<p>专题正文。</p>",
      ...(details === undefined ? {} : { detailsJson: JSON.stringify(details) }),
    },
  });
/** A project's details naming a hot area (the title is the project's name). */
const projectDetails = (title: string, hotArea: string) => JSON.stringify({ name: title, hotArea });
const createProject = (title: string, hotArea: string) =>
  mutate(editor, "createContentItem", "$input: CreateContentItemInput!", {
    input: {
      kind: "PROJECT",
      columnSlug: "projects",
      title,
      body: "<p>项目概况。</p>",
      detailsJson: projectDetails(title, hotArea),
    },
  });
const submit = (id: string) => mutate(editor, "submitContentItem", "$itemId: ID!", { itemId: id });
const signOff = (agent: Agent, id: string, input: Record<string, unknown>) =>
  mutate(agent, "signOffContentItem", "$itemId: ID!, $input: SignOffInput!", {
    itemId: id,
    input: { approve: true, ...input },
  });

async function publishTopic(id: string) {
  expect((await submit(id)).error).toBeNull();
  await signOff(checker, id, { step: "PUBLICATION_REVIEW", opinion: "同意" });
  await signOff(checker, id, {
    step: "CONFIDENTIALITY_REVIEW",
    checklist: { noStateSecrets: true, noPersonalData: true, noInternalOnly: true },
  });
  await signOff(head, id, { step: "DEPT_APPROVAL" });
  return mutate(editor, "publishContentItem", "$itemId: ID!", { itemId: id });
}

describe("the seeded topics and hot areas", () => {
  it("lists topic pages and hot areas, pages without details as plain topics", async () => {
    const all = await citizen.gql<{ topics: TopicShape[] }>(`{ topics { ${TOPIC_FIELDS} } }`);
    const topics = all.data?.topics ?? [];
    const bySlug = new Map(topics.map((topic) => [topic.slug, topic]));
    expect(bySlug.get("water-city")?.type).toBe("TOPIC");
    expect(bySlug.get("wuxiang")?.type).toBe("TOPIC");
    expect(bySlug.get("wuxiang-core")?.type).toBe("HOT_AREA");
    expect(bySlug.get("yongjiang-banks")?.type).toBe("HOT_AREA");
    const rail = topics.find((topic) => topic.title.startsWith("轨道交通专题"));
    expect(rail).toMatchObject({ slug: null, type: "TOPIC", extent: null, layers: [], relatedItems: [] });

    const hot = await citizen.gql<{ topics: TopicShape[] }>("{ topics(type: HOT_AREA) { slug type } }");
    expect(hot.data?.topics.map((topic) => topic.slug).sort()).toEqual(["wuxiang-core", "yongjiang-banks"]);
    const plain = await citizen.gql<{ topics: TopicShape[] }>("{ topics(type: TOPIC) { slug type } }");
    expect(plain.data?.topics.length).toBe(topics.length - 2);
    expect(plain.data?.topics.every((topic) => topic.type === "TOPIC")).toBe(true);

    const withDetails = await t.prisma.contentItem.count({
      where: { kind: "TOPIC_PAGE", NOT: { details: { equals: Prisma.DbNull } } },
    });
    expect(withDetails).toBeGreaterThanOrEqual(4);
  });

  it("opens 水城专题 with its extent, layers, related items and guides", async () => {
    const result = await topicBySlug("water-city");
    expect(result.data?.topic, JSON.stringify(result.errors)).toMatchObject({
      type: "TOPIC",
      title: "水城专题：让邕江两岸成为城市客厅",
      extent: { west: 108.15, south: 22.7, east: 108.55, north: 22.92 },
      layers: ["water-system", "riverside-greenway", "flood-control", "sponge-city"],
      relatedGuides: [
        { slug: "construction-works-permit", itemName: "建设工程规划许可证核发" },
        { slug: "design-scheme-review", itemName: "建设工程设计方案审查" },
      ],
    });
    const related = result.data?.topic.relatedItems ?? [];
    expect(related[0]).toMatchObject({
      id: itemId("news-water-city-nanhu"),
      title: "“中国水城”建设：那考河、心圩江沿岸慢行系统规划方案出炉",
    });
    expect(related.length).toBe(4);
    expect(related.every((item) => item.status === "PUBLISHED")).toBe(true);

    // Its projects are the demo projects of the theme, by code (the projects module resolves them):
    // those of the 邕江两岸 hot area and those on the inner rivers.
    const codes = result.data?.topic.relatedProjectCodes ?? [];
    expect(codes.length).toBeGreaterThan(3);
    const projects = await t.prisma.project.findMany({ where: { code: { in: codes } } });
    const banks = await t.prisma.project.findMany({ where: { hotAreaSlug: "yongjiang-banks" } });
    expect(banks.length).toBeGreaterThan(2);
    expect(codes).toEqual(expect.arrayContaining(banks.map((p) => p.code)));
    const others = projects.filter((p) => p.hotAreaSlug === null).map((p) => p.name);
    expect(others.sort()).toEqual(["那考河湿地公园二期", "心圩江环境综合整治二期"].sort());
    // …and resolved to the published projects, in the editor's order, for the page to name them.
    const published = await t.prisma.project.findMany({
      where: { code: { in: codes }, contentItem: { status: "PUBLISHED" } },
    });
    expect(published.length).toBeGreaterThan(3);
    expect(result.data?.topic.relatedProjects.map((p) => p.code)).toEqual(
      codes.filter((code) => published.some((p) => p.code === code)),
    );

    const hot = await topicBySlug("wuxiang-core");
    expect(hot.data?.topic).toMatchObject({ type: "HOT_AREA", extent: { west: 108.355, north: 22.795 } });
    const core = await t.prisma.project.findMany({
      where: { code: { in: hot.data?.topic.relatedProjectCodes ?? [] } },
    });
    expect(core.map((p) => p.name).sort()).toEqual(
      ["五象新区体育公园", "五象新区核心区总部基地（A地块）", "五象新区规划展示馆", "五象火车站综合交通枢纽"].sort(),
    );
    // A hot area's projects are those that name it.
    expect(core.every((p) => p.hotAreaSlug === "wuxiang-core")).toBe(true);
    expect(errorCode(await topicBySlug("no-such-topic"))).toBe("NOT_FOUND");
  });
});

describe("an editor's topic page", () => {
  it("needs a type and an extent once it has details; without details it goes to review as before", async () => {
    const incomplete = await createTopic("热点区域：三塘片区", { layers: ["regulatory-plan"] });
    expect(incomplete.error).toBeNull();
    expect((await submit(incomplete.item?.id ?? "")).error).toEqual({
      message: "还缺少以下要素，补齐后才能送审：专题类型（专题或热点区域）、地图范围",
      field: "details",
    });
    const badExtent = await createTopic("热点区域：三塘片区", { type: "HOT_AREA", extent: [108.5, 22.9, 108.4, 22.8] });
    expect(badExtent.error).toEqual({ message: "地图范围的西边界应小于东边界", field: "details.extent" });

    const plain = await createTopic("城市色彩规划专题", undefined);
    expect((await submit(plain.item?.id ?? "")).error).toBeNull();
  });

  it("shows only the related items and guides that are published now", async () => {
    const withdrawn = await t.prisma.contentItem.findFirstOrThrow({ where: { status: "WITHDRAWN" } });
    const created = await createTopic("热点区域：三塘片区", {
      slug: "santang",
      type: "HOT_AREA",
      extent: [108.38, 22.86, 108.44, 22.9],
      layers: ["regulatory-plan"],
      relatedProjectCodes: ["2026-450103-47-01-000123"],
      relatedItemIds: [
        itemId("draft-internal"),
        encodeGlobalID("ContentItem", withdrawn.id),
        itemId("news-xixiangtang-renewal"),
        itemId("no-such-item"),
      ],
      relatedGuideSlugs: ["no-such-guide", "temporary-construction-permit"],
    });
    expect(created.error).toBeNull();
    expect((await publishTopic(created.item?.id ?? "")).item?.status).toBe("PUBLISHED");

    const topic = (await topicBySlug("santang")).data?.topic;
    expect(topic).toMatchObject({
      type: "HOT_AREA",
      relatedProjectCodes: ["2026-450103-47-01-000123"],
      relatedItems: [{ id: itemId("news-xixiangtang-renewal"), title: "西乡塘区老旧小区改造规划指引发布" }],
      relatedGuides: [{ slug: "temporary-construction-permit" }],
    });
    const hot = await citizen.gql<{ topics: TopicShape[] }>("{ topics(type: HOT_AREA) { slug } }");
    expect(hot.data?.topics.map((t) => t.slug)).toContain("santang");
  });

  it("is a hot area projects may name once published; a topic page is not", async () => {
    const named = await createProject("三塘片区安置房项目", "santang");
    expect(named.error).toBeNull();
    const topic = await createProject("五象新区安置房项目", "wuxiang");
    expect(topic.error).toEqual({
      message:
        "热点区域“wuxiang”不是已发布的热点区域页面，可填：santang（三塘片区）、wuxiang-core（五象新区核心区）、yongjiang-banks（邕江两岸）",
      field: "details.hotArea",
    });
  });

  it("is GONE once withdrawn, with the reason", async () => {
    const item = await t.prisma.contentItem.findUniqueOrThrow({ where: { slug: "santang" } });
    const withdrawn = await mutate(head, "withdrawContentItem", "$itemId: ID!, $reason: String!", {
      itemId: encodeGlobalID("ContentItem", item.id),
      reason: "片区规划已调整",
    });
    expect(withdrawn.item?.status).toBe("WITHDRAWN");
    const result = await topicBySlug("santang");
    expect(errorCode(result)).toBe("GONE");
    expect(result.errors?.[0]?.message).toBe("该专题已撤下：片区规划已调整");
    const hot = await citizen.gql<{ topics: TopicShape[] }>("{ topics(type: HOT_AREA) { slug } }");
    expect(hot.data?.topics.map((t) => t.slug)).not.toContain("santang");
  });

  it("stays the hot area of the projects that name it; new projects cannot name it while it is offline", async () => {
    const project = await t.prisma.contentItem.findFirstOrThrow({ where: { title: "三塘片区安置房项目" } });
    const id = encodeGlobalID("ContentItem", project.id);
    const saved = await mutate(editor, "saveContentDraft", "$itemId: ID!, $input: DraftContentInput!", {
      itemId: id,
      input: { title: project.title, body: "<p>修改正文。</p>", detailsJson: projectDetails(project.title, "santang") },
    });
    expect(saved.error).toBeNull();
    const another = await createProject("三塘片区学校项目", "santang");
    expect(another.error).toEqual({
      message:
        "热点区域“santang”不是已发布的热点区域页面，可填：wuxiang-core（五象新区核心区）、yongjiang-banks（邕江两岸）",
      field: "details.hotArea",
    });
  });
});

describe("the hot-area vocabulary", () => {
  it("every seeded project names a published hot-area page, and every hot-area page its projects", async () => {
    const named = await t.prisma.project.findMany({ where: { hotAreaSlug: { not: null } } });
    expect(named.length).toBeGreaterThan(5);
    const hot = await citizen.gql<{ topics: TopicShape[] }>(`{ topics(type: HOT_AREA) { slug relatedProjectCodes } }`);
    const pages = new Map((hot.data?.topics ?? []).map((topic) => [topic.slug, topic.relatedProjectCodes]));
    for (const project of named) {
      expect(pages.get(project.hotAreaSlug), project.name).toContain(project.code);
    }
  });
});

// The demo topic pages with details: 水城专题 and 五象新区 (topics; their specs live with the other
// demo content and take their slug and details from here, 水城 its fuller text too) and the hot areas 五象新区核心区 and
// 邕江两岸 (seeded by seed-topics.ts). Extents are WGS-84 boxes around the real places in Nanning;
// layer ids are the ones the map issue is to define. Related items are demo items by seed key;
// related projects are the demo projects (seed/projects) by their 项目代码: a hot area's are the
// projects that name it as their hotArea (one vocabulary, topics/hot-areas.ts), a topic's those
// of its theme or district.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { type Extent, type TopicDetails, topicDetailsShape } from "../../modules/topics/topic-details.js";
import { cover, type ItemSpec, paragraphs } from "../content/spec.js";
import { seedId } from "../ids.js";
import { type HotArea, PROJECT_SEEDS, type ProjectSeed } from "../projects/catalog.js";
import { projectCode } from "../projects/details.js";

/** The global id of a demo item, as an editor picks it (seed ids are fixed by the seed key). */
const item = (key: string) => encodeGlobalID("ContentItem", seedId("item", key));

type TopicInput = Omit<Partial<TopicDetails>, "relatedItemIds"> & { relatedItems?: string[] };

/** Details as the editor would have saved them: parsed by the topic schema. */
const details = ({ relatedItems = [], ...rest }: TopicInput): TopicDetails =>
  topicDetailsShape.parse({ ...rest, relatedItemIds: relatedItems.map(item) });

const EXTENTS = {
  waterCity: [108.15, 22.7, 108.55, 22.92],
  wuxiang: [108.25, 22.62, 108.55, 22.82],
  // 五象湖 to 五象站.
  wuxiangCore: [108.355, 22.745, 108.44, 22.795],
  // 邕江 from 白沙 to 蒲庙.
  yongjiangBanks: [108.22, 22.74, 108.53, 22.85],
} satisfies Record<string, Extent>;

const inside = ([lng, lat]: readonly [number, number], extent: Extent) =>
  lng >= extent[0] && lat >= extent[1] && lng <= extent[2] && lat <= extent[3];

/** 项目代码 of the demo projects that `keep` picks, in catalog order (as the projects seed codes them). */
function projectCodes(keep: (seed: ProjectSeed) => boolean): string[] {
  return PROJECT_SEEDS.flatMap((seed, index) => (keep(seed) ? [projectCode(seed, index)] : []));
}

/** A hot area's projects: those that name it. */
const hotAreaProjects = (slug: HotArea) => projectCodes((seed) => seed.hotArea === slug);

/** 水城: the 邕江 banks and the inner rivers (那考河, 心圩江). */
const INNER_RIVER_PROJECTS = new Set(["nakaohe-wetland", "xinxu-river"]);

/** Spread into the water-city-topic spec (demo-data.ts). */
export const WATER_CITY_PAGE = {
  slug: "water-city",
  summary: "邕江综合整治、内河治理、滨水空间和海绵城市建设的规划与进展，一页看全。",
  body: paragraphs(
    "南宁因水而生、依水而兴。邕江穿城而过，那考河、心圩江、竹排江等 18 条内河串起城市的公园、社区和商业中心。建设“中国水城”，是城市总体规划确定的城市特色目标。",
    "本专题汇集邕江综合整治、内河水系治理、滨水空间规划和海绵城市建设的最新进展。内河整治后，沿岸绿道已串联起一批滨水公园；邕江两岸正在贯通滨江步道和骑行道，打造市民亲水休闲的城市客厅。",
    "在地图上可以查看水系、滨水绿道和防洪排涝设施的规划布局。沿河建设项目如何办理规划许可，请见本页的办事指南；对水城建设的意见建议，欢迎通过局长信箱提出。",
  ),
  details: details({
    slug: "water-city",
    type: "TOPIC",
    extent: EXTENTS.waterCity,
    layers: ["water-system", "riverside-greenway", "flood-control", "sponge-city"],
    relatedProjectCodes: projectCodes((s) => s.hotArea === "yongjiang-banks" || INNER_RIVER_PROJECTS.has(s.key)),
    relatedItems: ["news-water-city-nanhu", "water-001", "water-002", "water-003"],
    relatedGuideSlugs: ["construction-works-permit", "design-scheme-review"],
  }),
} satisfies Partial<ItemSpec>;

/** Spread into the topic-wuxiang spec (seed/content/features.ts). */
export const WUXIANG_PAGE = {
  slug: "wuxiang",
  details: details({
    slug: "wuxiang",
    type: "TOPIC",
    extent: EXTENTS.wuxiang,
    layers: ["district-boundaries", "regulatory-plan", "rail-transit", "key-projects"],
    // 五象新区: the town projects of 良庆区 in its extent, the core and beyond.
    relatedProjectCodes: projectCodes((s) => s.district === "良庆区" && !s.rural && inside(s.at, EXTENTS.wuxiang)),
    relatedItems: ["news-wuxiang-core-plan", "exhibition-master-plan", "interview-director", "wuxiang-001"],
    relatedGuideSlugs: ["site-selection-and-land-pre-review", "land-use-permit-transfer", "construction-works-permit"],
  }),
} satisfies Partial<ItemSpec>;

/** 热点区域: pages of their own. */
export const HOT_AREAS: readonly ItemSpec[] = [
  {
    key: "hot-area-wuxiang-core",
    slug: "wuxiang-core" satisfies HotArea,
    kind: "TOPIC_PAGE",
    column: "wuxiang",
    department: "plan-making",
    daysAgo: 45,
    title: "热点区域：五象新区核心区",
    summary: "五象湖、总部基地和五象大道沿线：新区建设强度最高、项目最集中的片区。",
    body: paragraphs(
      "五象新区核心区以五象湖为中心，沿五象大道和玉洞大道展开，集中布局总部基地、金融商务、会展和文化设施，是新区建设强度最高、重点项目最集中的片区。",
      "核心区控制性详细规划修编延续“一轴两带多组团”的空间结构，强化轨道交通站点周边的综合开发，并对五象湖周边的天际线和建筑高度实行分区管控。",
      "片区内建设项目的设计方案审查、工程规划许可和竣工规划核实，请见本页的办事指南；批前公示期间，周边居民可在规划公示栏目在线提出意见。",
    ),
    cover: cover("wuxiang", 1),
    tags: ["五象新区", "热点区域"],
    details: details({
      slug: "wuxiang-core",
      type: "HOT_AREA",
      extent: EXTENTS.wuxiangCore,
      layers: ["regulatory-plan", "key-projects", "rail-transit", "buildings-3d"],
      relatedProjectCodes: hotAreaProjects("wuxiang-core"),
      relatedItems: ["news-wuxiang-core-plan", "wuxiang-001", "wuxiang-002"],
      relatedGuideSlugs: ["design-scheme-review", "construction-works-permit", "planning-conditions-verification"],
    }),
  },
  {
    key: "hot-area-yongjiang-banks",
    slug: "yongjiang-banks" satisfies HotArea,
    kind: "TOPIC_PAGE",
    column: "water-city",
    department: "plan-making",
    daysAgo: 52,
    title: "热点区域：邕江两岸",
    summary: "邕江综合整治与滨江公园、沿江建设项目的规划管控，市民最关心的滨水空间。",
    body: paragraphs(
      "邕江两岸是南宁最具特色的滨水空间。近年来，邕江综合整治工程和沿岸滨江公园建设逐段推进，防洪堤与公园、步道和骑行道一体设计，市民亲水休闲的空间不断增加。",
      "沿江建设项目须符合滨水空间规划设计导则：临水建筑退让河道蓝线、控制高度和界面，滨水空间向公众开放并与城市道路、公园绿地相连通。",
      "沿江项目的规划许可和临时建设审批，请见本页的办事指南；在地图上可以查看水系、滨江绿道和防洪设施的布局。",
    ),
    cover: cover("water-city", 1),
    tags: ["水城", "邕江", "热点区域"],
    details: details({
      slug: "yongjiang-banks",
      type: "HOT_AREA",
      extent: EXTENTS.yongjiangBanks,
      layers: ["water-system", "riverside-greenway", "flood-control", "regulatory-plan"],
      relatedProjectCodes: hotAreaProjects("yongjiang-banks"),
      relatedItems: ["news-water-city-nanhu", "water-002", "water-004", "publicity-jiangnan-road"],
      relatedGuideSlugs: ["construction-works-permit", "temporary-construction-permit"],
    }),
  },
];

// Deterministic planning-bureau Chinese text for the search tests and benchmark
// (scripts/bench-search.ts): titles, summaries and HTML bodies built from Nanning planning terms.
import type { ContentKind } from "../../../generated/prisma/enums.js";

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const DISTRICTS = ["青秀区", "兴宁区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣区", "五象新区"];
const PLACES = [
  "凤岭北片区",
  "五象湖片区",
  "南湖片区",
  "那考河沿岸",
  "心圩江沿岸",
  "邕江两岸",
  "相思湖片区",
  "仙葫片区",
  "石埠半岛",
  "三塘片区",
  "龙岗片区",
  "玉洞片区",
  "沙井片区",
  "安吉片区",
  "江北大道沿线",
  "民族大道沿线",
  "白沙大道沿线",
  "昆仑大道沿线",
  "友爱路沿线",
  "大学路沿线",
];
const PROJECTS = [
  "轨道交通1号线",
  "轨道交通2号线",
  "轨道交通3号线",
  "轨道交通4号线",
  "轨道交通5号线",
  "轨道交通6号线",
  "综合交通枢纽",
  "九年一贯制学校",
  "小学",
  "中学",
  "幼儿园",
  "社区卫生服务中心",
  "城市公园",
  "口袋公园",
  "滨水绿道",
  "慢行系统",
  "道路工程",
  "桥梁工程",
  "地下综合管廊",
  "污水处理厂",
  "公共停车场",
  "体育中心",
  "文化中心",
  "保障性住房",
  "老旧小区改造",
  "城市更新单元",
  "产业园区",
  "排水防涝工程",
  "海绵城市示范区",
  "水城建设",
];
const PLANS = [
  "总体规划",
  "控制性详细规划",
  "修建性详细规划",
  "专项规划",
  "城市设计",
  "建设工程设计方案",
  "规划条件",
  "选址论证",
  "用地规划",
  "村庄规划",
  "国土空间规划",
];
const ACTIONS = [
  "批前公示",
  "批后公告",
  "通过专家评审",
  "公开征求意见",
  "正式获批",
  "编制工作启动",
  "成果发布",
  "调整公示",
  "听证会公告",
  "规划许可公示",
];
const PURPOSES = [
  "推进“中国水城”建设",
  "完善城市功能",
  "提升公共服务水平",
  "落实国土空间总体规划",
  "优化交通组织",
  "改善人居环境",
  "推动城市更新",
];
const FEATURES = [
  "构建“一轴两带多组团”空间结构",
  "新增公园绿地{n}公顷",
  "设置公交首末站和出租车停靠点",
  "预留轨道站点综合开发用地",
  "配建机动车停车位{n}个",
  "打造15分钟社区生活圈",
  "建设亲水平台{n}处",
  "完善地下空间利用",
  "建筑退让道路红线不少于{n}米",
  "控制建筑高度不超过{n}米",
  "按照GB 50180-2018配置公共服务设施",
  "采用BIM技术开展设计审查",
  "推行TOD开发模式",
];
const CHANNELS = ["本网站规划公示栏目", "现场意见箱", "书面信函", "电子邮件", "12345政务服务热线"];
const LAWS = [
  "中华人民共和国城乡规划法",
  "中华人民共和国土地管理法",
  "南宁市城乡规划条例",
  "中华人民共和国政府信息公开条例",
];
const THINGS = ["地下空间", "公交接驳", "慢行系统", "公共服务设施", "市政管线", "绿地系统", "排水防涝设施", "停车设施"];

/** Columns of the demo seed, with the kind of item each holds. */
export const COLUMN_KINDS: Array<{ slug: string; kind: ContentKind }> = [
  { slug: "news", kind: "NEWS" },
  { slug: "work-dynamics", kind: "NEWS" },
  { slug: "notices", kind: "NOTICE" },
  { slug: "publicity", kind: "PUBLICITY" },
  { slug: "exhibitions", kind: "EXHIBITION" },
  { slug: "water-city", kind: "TOPIC_PAGE" },
  { slug: "wuxiang", kind: "NEWS" },
  { slug: "rail-transit", kind: "NEWS" },
  { slug: "master-plan", kind: "NEWS" },
  { slug: "transport", kind: "NEWS" },
  { slug: "disclosure", kind: "DISCLOSURE" },
  { slug: "interviews", kind: "INTERVIEW" },
];

interface Topic {
  district: string;
  place: string;
  project: string;
}

export interface GeneratedItem {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  columnSlug: string;
  kind: ContentKind;
  /** Days before "now" that the item was published. */
  daysAgo: number;
}

export class PlanningText {
  private readonly random: () => number;

  constructor(seed = 20260302) {
    this.random = seededRandom(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private fill(template: string): string {
    return template.replace(/\{n\}/g, () => String(this.int(2, 120)));
  }

  /** One sentence; mostly about `topic` when given, as an article sticks to its subject. */
  sentence(topic?: Topic): string {
    const own = () => topic !== undefined && this.random() < 0.8;
    const district = topic && own() ? topic.district : this.pick(DISTRICTS);
    const place = topic && own() ? topic.place : this.pick(PLACES);
    const project = topic && own() ? topic.project : this.pick(PROJECTS);
    switch (this.int(0, 6)) {
      case 0:
        return `为${this.pick(PURPOSES)}，我局组织编制了${district}${place}${project}${this.pick(PLANS)}。`;
      case 1:
        return `项目位于${district}${place}，用地面积约${this.int(1, 80)}.${this.int(0, 9)}公顷，总建筑面积约${this.int(1, 60)}万平方米。`;
      case 2:
        return `方案提出${this.fill(this.pick(FEATURES))}，并${this.fill(this.pick(FEATURES))}。`;
      case 3:
        return `公示期为${this.int(7, 30)}天，市民可通过${this.pick(CHANNELS)}或${this.pick(CHANNELS)}提出意见和建议。`;
      case 4:
        return `${district}将结合${project}建设，统筹${this.pick(THINGS)}与${this.pick(THINGS)}布局。`;
      case 5:
        return `根据《${this.pick(LAWS)}》有关规定，现将${project}${this.pick(PLANS)}予以公示。`;
      default:
        return `${this.int(2020, 2026)}年${this.int(1, 12)}月，${place}${project}完成${this.pick(["方案设计", "专家论证", "部门联审", "规划核实"])}。`;
    }
  }

  /** About `length` characters of plain text. */
  text(length: number): string {
    let text = "";
    while (text.length < length) text += this.sentence();
    return text.slice(0, length);
  }

  item(): GeneratedItem {
    const { slug, kind } = this.pick(COLUMN_KINDS);
    const topic: Topic = { district: this.pick(DISTRICTS), place: this.pick(PLACES), project: this.pick(PROJECTS) };
    const title = `${topic.district}${topic.place}${topic.project}${this.pick(PLANS)}${this.pick(ACTIONS)}`;
    const paragraphs = Array.from({ length: this.int(2, 6) }, () =>
      Array.from({ length: this.int(2, 5) }, () => this.sentence(topic)).join(""),
    );
    return {
      title,
      summary: this.sentence(topic),
      body: paragraphs.map((p) => `<p>${p}</p>`).join(""),
      tags: [topic.district, topic.project],
      columnSlug: slug,
      kind,
      daysAgo: this.int(0, 3 * 365),
    };
  }
}

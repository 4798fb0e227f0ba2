// 政务信息公开 t04 规划信息, t05 工作动态, t06 项目信息.
import { type DisclosureGroup, disclosure } from "./disclosure.js";
import { LINKS, paragraphs, pdf } from "./spec.js";
import { fileSize, previousMonth } from "./template.js";
import { DISTRICTS, SPECIAL_PLANS, VILLAGES } from "./vocabulary.js";

/** t04 规划信息, t05 工作动态, t06 项目信息. */
export const planGroups: readonly DisclosureGroup[] = [
  {
    catalog: "t0401",
    count: 1,
    days: [150, 170],
    templates: [
      (r, { key }) => ({
        title: "南宁市国土空间总体规划（2021—2035年）（公众版）",
        summary: "总体规划确定了城市发展目标、国土空间开发保护格局和三条控制线。",
        body: paragraphs(
          "《南宁市国土空间总体规划（2021—2035年）》经批准后，现将公众版予以公开。",
          "规划确定了建设面向东盟开放合作的国际化大都市的发展目标，构建“一江两岸、多中心组团”的城市空间格局，统筹划定生态保护红线、永久基本农田和城镇开发边界。",
          `规划对综合交通、轨道交通、公共服务设施和“中国水城”建设作出了安排。规划批复文件可在${LINKS.nanning("南宁市人民政府门户网站")}查阅。`,
        ),
        tags: ["总体规划", "国土空间规划"],
        important: true,
        attachments: [pdf("南宁市国土空间总体规划（公众版）", `${key}-1`, fileSize(r, 8000, 24_000))],
        extra: disclosure("t0401"),
      }),
    ],
  },
  {
    catalog: "t0402",
    count: 4,
    days: [10, 160],
    templates: [
      (r, { key, index }) => {
        const d = DISTRICTS[(index * 3) % DISTRICTS.length] ?? r.pick(DISTRICTS);
        const area = r.pick(d.areas);
        return {
          title: `${d.name}${area}片区控制性详细规划（批复稿）`,
          summary: "经市人民政府批准，现公开规划文本和图则。",
          body: paragraphs(
            `《${d.name}${area}片区控制性详细规划》已经市人民政府批准，现将规划文本和图则予以公开。`,
            `规划范围约${r.int(120, 900)}公顷，确定了各地块的用地性质、容积率、建筑高度和绿地率等控制指标，以及公共服务设施和市政设施的配置要求。`,
            "规划成果是片区规划管理和建设项目审批的依据，任何单位和个人不得擅自修改。",
          ),
          tags: ["控制性详细规划", d.name],
          important: r.chance(0.3),
          attachments: [pdf("规划文本及图则", `${key}-1`, fileSize(r, 3000, 15_000))],
          extra: disclosure("t0402", "南规发"),
        };
      },
    ],
  },
  {
    catalog: "t0403",
    count: 2,
    days: [30, 150],
    templates: [
      (r, { key }) => {
        const plan = r.pick(SPECIAL_PLANS);
        return {
          title: `南宁市${plan}（批复稿）`,
          summary: "专项规划经市人民政府批准，现予公开。",
          body: paragraphs(
            `《南宁市${plan}》已经市人民政府批准，现予公开。`,
            "规划落实国土空间总体规划的要求，明确了设施布局、建设标准和近期建设项目，相关用地已纳入控制性详细规划。",
            "规划公示期间收到的公众意见及采纳情况，已随报批材料一并报送。",
          ),
          tags: ["专项规划", plan],
          attachments: [pdf(plan, `${key}-1`, fileSize(r, 4000, 16_000))],
          extra: disclosure("t0403", "南规发"),
        };
      },
    ],
  },
  {
    catalog: "t0404",
    count: 2,
    days: [20, 140],
    templates: [
      (r, { key, when }) => {
        const d = r.pick(DISTRICTS);
        const town = r.pick(d.towns);
        const village = r.pick(VILLAGES);
        return {
          title: `${d.name}${town}${village}村村庄规划（${when.year}—2035年）`,
          summary: "村庄规划已经批准，现公开规划成果。",
          body: paragraphs(
            `《${d.name}${town}${village}村村庄规划（${when.year}—2035年）》已经批准，现予公开。`,
            "规划明确了村庄建设边界、宅基地布局、公共服务设施和产业发展用地，提出了农房风貌和人居环境整治要求。",
            "村民建房应符合村庄规划，并依法申请乡村建设规划许可证。",
          ),
          tags: ["村庄规划", d.name],
          attachments: [pdf("村庄规划成果", `${key}-1`, fileSize(r, 2000, 7000))],
          extra: disclosure("t0404"),
        };
      },
    ],
  },
  {
    catalog: "t05",
    count: 3,
    days: [5, 100],
    templates: [
      (r, { when }) => {
        const prev = previousMonth(when);
        const published = r.int(40, 75);
        const requests = r.int(1, 6);
        return {
          title: `${prev.year}年${prev.month}月政务信息公开工作情况`,
          summary: `当月主动公开政府信息${published}条，受理依申请公开${requests}件。`,
          body: paragraphs(
            `${prev.year}年${prev.month}月，我局在门户网站主动公开政府信息${published}条，其中规划公示${r.int(8, 20)}条、通知公告${r.int(2, 6)}条、工作动态${r.int(10, 25)}条。`,
            `当月受理政府信息依申请公开${requests}件，均在法定期限内答复。按要求将t01、t02、t10类目的信息公开登记表报送市公开办。`,
            "下月将重点做好轨道交通沿线规划和五象新区建设信息的主动公开。",
          ),
          tags: ["政务公开", "工作动态"],
          extra: disclosure("t05"),
        };
      },
    ],
  },
  {
    catalog: "t0601",
    count: 2,
    days: [15, 120],
    templates: [
      (r, { when }) => {
        const prev = previousMonth(when);
        const n = r.int(12, 30);
        return {
          title: `${prev.year}年${prev.month}月建设项目批前公示汇总`,
          summary: `当月发布建设项目批前公示${n}项。`,
          body: paragraphs(
            `${prev.year}年${prev.month}月，我局共发布建设项目批前公示${n}项，其中居住项目${r.int(3, 9)}项、公共服务设施项目${r.int(3, 8)}项、道路和市政项目${r.int(2, 6)}项、既有住宅加装电梯${r.int(2, 8)}项。`,
            "各项目的公示内容和公示期限详见规划公示栏目，公示期间收到的意见均已登记并按程序研究处理。",
          ),
          tags: ["批前公示"],
          extra: disclosure("t0601"),
        };
      },
    ],
  },
  {
    catalog: "t0602",
    count: 3,
    days: [8, 150],
    templates: [
      (r, { when, key }) => {
        const prev = previousMonth(when);
        const n = r.int(25, 60);
        return {
          title: `${prev.year}年${prev.month}月建设工程规划许可证核发情况`,
          summary: `当月核发建设工程规划许可证${n}件。`,
          body: paragraphs(
            `${prev.year}年${prev.month}月，我局共核发建设工程规划许可证${n}件，总建筑面积约${r.int(60, 260)}万平方米；核发建设用地规划许可证${r.int(8, 22)}件，办理规划核实${r.int(15, 40)}件。`,
            "各项许可的项目名称、建设单位、建设位置和建设规模详见附件。",
          ),
          tags: ["批后公布", "规划许可"],
          attachments: [pdf("建设工程规划许可证核发明细", `${key}-1`, fileSize(r, 150, 600))],
          extra: disclosure("t0602"),
        };
      },
    ],
  },
];

// Templates for 规划公示: 批前公示 (10-day window), 规划草案公示 (30 days) and 批后公布.
import type { Rng } from "../rng.js";
import { paragraphs, pdf } from "./spec.js";
import { decimal, fileSize, type Template } from "./template.js";
import {
  COMPANIES,
  DISTRICTS,
  OLD_ESTATES,
  PROJECT_TYPES,
  RIVERS,
  ROADS,
  SCHOOL_TYPES,
  SPECIAL_PLANS,
  VILLAGES,
} from "./vocabulary.js";

const indicators = (r: Rng) =>
  `主要技术指标：用地面积${decimal(r, 0.6, 8.5)}公顷，容积率${decimal(r, 1.2, 4.5)}，建筑密度${r.int(18, 35)}%，绿地率${r.int(30, 40)}%，建筑高度不超过${r.int(24, 99)}米。`;

const preApprovalWindow = (r: Rng) =>
  `公示期为10日（自发布之日起计算）。公示期间，利害关系人可通过本网站本页面下方“我要提意见”、项目现场意见箱或书面形式提出意见建议，书面意见请寄南宁市规划管理局${r.pick(["建设工程规划科", "用地规划科"])}。`;

const planDraftWindow =
  "公示期为30日。公示期间，市民可通过本网站本页面下方“我要提意见”或书面形式提出意见建议。我局将对收到的意见进行研究，并在报批材料中附具意见采纳情况及理由。";

export const preApproval: readonly Template[] = [
  (r, { key }) => {
    const d = r.pick(DISTRICTS);
    const area = r.pick(d.areas);
    const type = r.pick(PROJECT_TYPES);
    const company = r.pick(COMPANIES);
    return {
      title: `${d.name}${area}${type}项目建设工程设计方案批前公示`,
      summary: `建设单位：${company}。公示期10日，欢迎利害关系人提出意见。`,
      body: paragraphs(
        `${company}申请的${d.name}${area}${type}项目建设工程设计方案已报我局审查。根据《中华人民共和国城乡规划法》有关规定，现予批前公示。`,
        indicators(r),
        preApprovalWindow(r),
      ),
      tags: ["批前公示", d.name, type],
      attachments: [pdf("总平面图", `${key}-1`, fileSize(r, 800, 4200))],
      department: "construction",
    };
  },
  (r, { key }) => {
    const d = r.pick(DISTRICTS);
    const area = r.pick(d.areas);
    const school = `${area}${r.pick(SCHOOL_TYPES)}`;
    return {
      title: `${d.name}${school}建设工程设计方案批前公示`,
      summary: `规划办学规模${r.pick([24, 36, 48, 54])}个班，公示期10日。`,
      body: paragraphs(
        `${d.name}${school}项目由${d.name}教育局组织建设，建设工程设计方案已报我局审查，现予批前公示。`,
        `${indicators(r)}项目配建风雨操场、学生食堂和接送车辆停靠区。`,
        preApprovalWindow(r),
      ),
      tags: ["批前公示", "学校", d.name],
      attachments: [pdf("总平面图及效果图", `${key}-1`, fileSize(r, 1200, 5200))],
      department: "construction",
    };
  },
  (r, { key }) => {
    const [road, a, b] = r.trio(ROADS);
    return {
      title: `${road}（${a}—${b}段）道路工程规划方案批前公示`,
      summary: `道路规划红线宽度${r.pick([30, 40, 50, 60])}米，公示期10日。`,
      body: paragraphs(
        `${road}（${a}—${b}段）道路工程由南宁市市政工程建设部门组织建设，规划方案已报我局审查，现予批前公示。`,
        `该段道路全长约${decimal(r, 0.8, 5.6)}公里，规划为城市${r.pick(["主干路", "次干路"])}，设置机动车道、独立非机动车道和人行道，同步建设排水、照明和绿化工程。`,
        preApprovalWindow(r),
      ),
      tags: ["批前公示", "道路", road],
      attachments: [pdf("道路工程平面图", `${key}-1`, fileSize(r, 600, 3000))],
      department: "transport",
    };
  },
  (r, { key }) => {
    const d = r.pick(DISTRICTS);
    const area = r.pick(d.areas);
    const company = r.pick(COMPANIES);
    const plot = `${String.fromCharCode(65 + r.int(0, 7))}-${r.int(1, 28)}`;
    return {
      title: `${d.name}${area}片区${plot}地块规划条件调整批前公示`,
      summary: "拟调整地块的用地性质和容积率，公示期10日。",
      body: paragraphs(
        `${company}申请调整${d.name}${area}片区${plot}地块的规划条件。经论证，拟将该地块部分用地调整为社区服务设施用地，并相应调整容积率。`,
        `调整后，地块容积率由${decimal(r, 2.5, 3.5)}调整为${decimal(r, 2.0, 3.0)}，新增社区服务设施建筑面积不少于${r.int(800, 3000)}平方米。`,
        preApprovalWindow(r),
      ),
      tags: ["批前公示", "规划条件", d.name],
      attachments: [pdf("规划条件调整论证报告", `${key}-1`, fileSize(r, 900, 3600))],
      department: "land-use",
    };
  },
  (r, { key }) => {
    const estate = r.pick(OLD_ESTATES);
    const building = r.int(1, 12);
    return {
      title: `${estate}${building}栋既有住宅加装电梯规划方案批前公示`,
      summary: "加装电梯一部，公示期10日，相邻业主可提出意见。",
      body: paragraphs(
        `${estate}${building}栋业主申请加装电梯一部，加装方案已经本单元业主协商同意，现予批前公示。`,
        `电梯井道拟设于楼栋${r.pick(["北侧", "南侧", "东侧", "西侧"])}，占地面积约${r.int(6, 12)}平方米，高度不超过原建筑屋面${r.int(2, 4)}米，与相邻建筑间距满足消防和日照要求。`,
        preApprovalWindow(r),
      ),
      tags: ["批前公示", "加装电梯"],
      attachments: [pdf("加装电梯方案图", `${key}-1`, fileSize(r, 300, 1600))],
      department: "land-use",
    };
  },
];

export const planDrafts: readonly Template[] = [
  (r, { key }) => {
    const d = r.pick(DISTRICTS);
    const area = r.pick(d.areas);
    return {
      title: `${d.name}${area}片区控制性详细规划（草案）公示`,
      summary: "规划草案公示期30日，欢迎市民提出意见建议。",
      body: paragraphs(
        `《${d.name}${area}片区控制性详细规划（草案）》已编制完成。根据《中华人民共和国城乡规划法》第二十六条的规定，现予公示。`,
        `规划范围约${r.int(150, 900)}公顷，规划居住人口约${r.int(3, 15)}万人，规划布局中小学${r.int(3, 8)}所、公园绿地${r.int(5, 14)}处，并对各地块的用地性质、容积率和建筑高度提出控制要求。`,
        planDraftWindow,
      ),
      tags: ["规划草案公示", "控制性详细规划", d.name],
      attachments: [pdf("规划草案图则", `${key}-1`, fileSize(r, 2400, 9600))],
      important: true,
      department: "plan-making",
    };
  },
  (r, { key, when }) => {
    const d = r.pick(DISTRICTS);
    const town = r.pick(d.towns);
    const village = r.pick(VILLAGES);
    return {
      title: `${d.name}${town}${village}村村庄规划（${when.year}—2035年）（草案）公示`,
      summary: "村庄规划草案已经村民会议讨论，现公示30日。",
      body: paragraphs(
        `《${d.name}${town}${village}村村庄规划（${when.year}—2035年）（草案）》已经村民会议讨论同意，现予公示。`,
        `规划统筹安排村庄建设、产业发展和生态保护，划定村庄建设边界${decimal(r, 8, 60)}公顷，明确宅基地、公共服务设施和产业用地布局。`,
        planDraftWindow,
      ),
      tags: ["规划草案公示", "村庄规划", d.name],
      attachments: [pdf("村庄规划草案", `${key}-1`, fileSize(r, 1800, 6000))],
      department: "land-use",
    };
  },
  (r, { key }) => {
    const plan = r.pick(SPECIAL_PLANS);
    return {
      title: `南宁市${plan}（草案）公示`,
      summary: "专项规划草案公示期30日，欢迎社会各界提出意见建议。",
      body: paragraphs(
        `《南宁市${plan}（草案）》已编制完成，现予公示。规划期限至2035年，规划范围为南宁市中心城区。`,
        "规划落实国土空间总体规划的要求，提出了设施布局、建设标准和分期实施安排，相关用地将纳入详细规划予以控制。",
        planDraftWindow,
      ),
      tags: ["规划草案公示", "专项规划", plan],
      attachments: [pdf(`${plan}（草案）`, `${key}-1`, fileSize(r, 3000, 12_000))],
      important: true,
      department: "plan-making",
    };
  },
  (r, { key }) => {
    const river = r.pick(RIVERS);
    return {
      title: `${river}流域综合治理规划（草案）公示`,
      summary: "规划统筹防洪排涝、水质提升和滨水空间建设，公示期30日。",
      body: paragraphs(
        `《${river}流域综合治理规划（草案）》已编制完成，现予公示。`,
        `规划统筹防洪排涝、水质提升、生态修复和滨水空间建设，提出建设截污管网约${decimal(r, 5, 30)}公里、调蓄湿地${r.int(2, 6)}处，打造“中国水城”的生态廊道。`,
        planDraftWindow,
      ),
      tags: ["规划草案公示", "水城", river],
      attachments: [pdf("流域综合治理规划（草案）", `${key}-1`, fileSize(r, 2000, 8000))],
      department: "plan-making",
    };
  },
];

export const postApproval: readonly Template[] = [
  (r, { key }) => {
    const d = r.pick(DISTRICTS);
    const area = r.pick(d.areas);
    const type = r.pick(PROJECT_TYPES);
    return {
      title: `${d.name}${area}${type}项目建设工程规划许可批后公布`,
      summary: `建设工程规划许可证已核发，建设单位为${r.pick(COMPANIES)}。`,
      body: paragraphs(
        `${d.name}${area}${type}项目建设工程设计方案经批前公示，公示期间收到的意见已研究处理。我局已依法核发建设工程规划许可证，现予批后公布。`,
        `${indicators(r)}建设单位应按许可内容进行建设，并在项目现场设置批后公布牌。`,
        "市民如发现项目未按许可内容建设，可通过局长信箱反映。",
      ),
      tags: ["批后公布", d.name, type],
      attachments: [pdf("建设工程规划许可证及附图", `${key}-1`, fileSize(r, 600, 2400))],
      department: "construction",
    };
  },
  (r, { key }) => {
    const d = r.pick(DISTRICTS);
    const school = `${r.pick(d.areas)}${r.pick(SCHOOL_TYPES)}`;
    return {
      title: `${d.name}${school}建设工程规划许可批后公布`,
      summary: "学校项目建设工程规划许可证已核发，现予公布。",
      body: paragraphs(
        `${d.name}${school}建设工程设计方案已完成批前公示，我局已依法核发建设工程规划许可证，现予批后公布。`,
        `${indicators(r)}项目计划近期开工建设。`,
        "市民如发现项目未按许可内容建设，可通过局长信箱反映。",
      ),
      tags: ["批后公布", "学校", d.name],
      attachments: [pdf("建设工程规划许可证及附图", `${key}-1`, fileSize(r, 600, 2400))],
      department: "construction",
    };
  },
];

/** What citizens write on open publicity. */
export const PRE_APPROVAL_COMMENTS = [
  "项目与我家所在楼栋的间距是否满足日照要求？请核实后答复。",
  "支持建设。希望同步建设地下停车场，不要占用现有道路停车。",
  "希望施工期间合理安排作业时间，避免夜间噪声扰民。",
  "小区出入口建议不要开在主干路上，早晚高峰已经很堵。",
  "建议增加幼儿园和社区活动用房的面积。",
  "公示的总平面图看不清楼栋编号，能否提供更清晰的图纸？",
] as const;

export const PLAN_DRAFT_COMMENTS = [
  "建议片区内多规划一些口袋公园和篮球场，方便年轻人运动。",
  "希望尽快建设中学，现在孩子上学要坐半小时公交。",
  "规划道路是否会经过我们村的宅基地？希望提前告知。",
  "建议保留现状的几棵大榕树，这是村里的老树。",
  "支持规划，希望轨道交通站点周边多布置公共自行车。",
] as const;

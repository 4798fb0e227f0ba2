// Templates for the news of the topic columns 轨道交通, 城市总体规划修编 and 综合交通.
import { LINKS, paragraphs } from "./spec.js";
import { decimal, type Template } from "./template.js";
import { DISTRICTS, RAIL_LINES, ROADS, stationName } from "./vocabulary.js";

export const railNews: readonly Template[] = [
  (r) => {
    const { line, stations } = r.pick(RAIL_LINES);
    const station = r.pick(stations);
    return {
      title: `轨道交通${line}号线${stationName(station)}周边综合开发规划方案通过评审`,
      summary: "方案以站点为中心，统筹商业、办公、居住和公共服务功能，实现站城一体。",
      body: paragraphs(
        `近日，轨道交通${line}号线${stationName(station)}周边综合开发规划方案通过专家评审。方案研究范围为站点周边约${r.int(30, 90)}公顷。`,
        "方案以站点为中心，统筹布局商业、办公、居住和公共服务功能，设置地下连通通道和公交、出租车、非机动车接驳设施，实现“站城一体”。",
        "专家建议进一步优化步行系统，加强与周边既有社区的联系。",
      ),
      tags: ["轨道交通", `${line}号线`, "TOD"],
      cover: "rail",
    };
  },
  (r) => {
    const { line } = r.pick(RAIL_LINES);
    const parking = r.int(60, 180);
    return {
      title: `轨道交通${line}号线沿线站点慢行接驳规划出炉`,
      summary: `规划在沿线站点周边增设非机动车停放点${parking}处，完善人行过街设施。`,
      body: paragraphs(
        `为方便市民“最后一公里”出行，我局组织编制了轨道交通${line}号线沿线站点慢行接驳规划。`,
        `规划在沿线站点周边500米范围内增设非机动车停放点${parking}处，新建和改造人行道约${decimal(r, 5, 22)}公里，完善无障碍设施和人行过街设施。`,
        "规划将分批实施，优先改造客流量大的换乘站点。",
      ),
      tags: ["轨道交通", `${line}号线`, "慢行交通"],
      cover: "rail",
    };
  },
  (r) => {
    const { line, stations } = r.pick(RAIL_LINES);
    const station = r.pick(stations);
    return {
      title: `轨道交通${line}号线${stationName(station)}地下空间开发利用规划获批`,
      summary: "规划地下空间与站厅层连通，布置商业、停车和人防设施。",
      body: paragraphs(
        `《轨道交通${line}号线${stationName(station)}地下空间开发利用规划》近日获批。规划地下空间总面积约${decimal(r, 1, 6)}万平方米，与车站站厅层直接连通。`,
        "规划地下一层以商业和公共通道为主，地下二层以停车和人防设施为主，并预留与周边地块的连通接口。",
        "规划实施后将有效提升站点周边土地利用效率和出行便利性。",
      ),
      tags: ["轨道交通", "地下空间"],
      cover: "rail",
    };
  },
  (r) => ({
    title: "南宁市城市轨道交通第三期建设规划编制工作有序推进",
    summary: "规划研究线路与国土空间总体规划、综合交通体系规划充分衔接。",
    body: paragraphs(
      "南宁市城市轨道交通第三期建设规划编制工作正有序推进。规划研究线路将与国土空间总体规划、综合交通体系规划充分衔接。",
      `规划重点研究加密中心城区线网、加强五象新区与老城区联系，以及轨道交通与国铁、机场的衔接，研究线路总长约${r.int(60, 120)}公里。`,
      "规划编制过程中将通过本网站公开征求社会意见。",
    ),
    tags: ["轨道交通", "建设规划"],
    important: true,
    cover: "rail",
  }),
  (r) => {
    const [a, b] = r.pair(RAIL_LINES);
    const station = r.pick(a.stations);
    const shorter = r.int(40, 120);
    return {
      title: `轨道交通${a.line}号线与${b.line}号线换乘方案优化研究完成`,
      summary: `研究提出${stationName(station)}等换乘站的通道优化措施，换乘距离平均缩短约${shorter}米。`,
      body: paragraphs(
        `我局组织开展的轨道交通${a.line}号线与${b.line}号线换乘方案优化研究近日完成。`,
        `研究对${stationName(station)}等换乘站进行了客流分析，提出增设换乘通道和扶梯、调整站厅布局等措施，换乘距离平均缩短约${shorter}米。`,
        "研究成果将作为后续线路设计和既有车站改造的依据。",
      ),
      tags: ["轨道交通", "换乘"],
      cover: "rail",
    };
  },
];

export const masterPlanNews: readonly Template[] = [
  () => ({
    title: "南宁市国土空间总体规划实施评估工作启动",
    summary: "评估将对照规划目标和指标，检查三条控制线落实和重大设施建设情况。",
    body: paragraphs(
      "我局近日启动南宁市国土空间总体规划年度实施评估工作。评估将对照规划确定的目标和指标，检查生态保护红线、永久基本农田和城镇开发边界三条控制线的落实情况。",
      "评估还将分析重大交通、水利和公共服务设施的建设进展，查找规划实施中存在的问题，提出下一年度的实施建议。",
      `评估工作按照自然资源部和自治区的有关要求开展，相关技术规程可在${LINKS.zrzyt("自治区自然资源厅网站")}查阅。`,
    ),
    tags: ["国土空间总体规划", "实施评估"],
    important: true,
    cover: "master-plan",
  }),
  (r) => {
    const layers = r.int(40, 80);
    return {
      title: "国土空间规划“一张图”实施监督信息系统上线运行",
      summary: `系统整合各类规划成果和审批数据${layers}余类，实现规划编制、审批、实施和监督全过程在线管理。`,
      body: paragraphs(
        `我局建设的国土空间规划“一张图”实施监督信息系统近日上线运行。系统整合了总体规划、详细规划、专项规划和审批数据${layers}余类。`,
        "系统实现了规划编制、审批、实施和监督全过程在线管理，项目选址、规划条件核提和方案审查可一键开展合规性检查。",
        "下一步，系统将逐步向区县和相关部门开放共享，并为门户网站电子地图提供数据支撑。",
      ),
      tags: ["国土空间规划", "一张图", "信息化"],
      cover: "master-plan",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    return {
      title: `${d.name}国土空间分区规划（草案）编制完成`,
      summary: "分区规划细化落实总体规划确定的目标、结构和控制线，指导详细规划编制。",
      body: paragraphs(
        `《${d.name}国土空间分区规划（草案）》近日编制完成。分区规划细化落实了市级国土空间总体规划确定的发展目标、空间结构和三条控制线。`,
        `草案明确了${d.name}${r.sample(d.areas, 2).join("、")}等片区的功能定位，划分了${r.int(8, 20)}个详细规划编制单元，并提出公共服务设施和基础设施的配置要求。`,
        "草案将在完成部门征求意见后依法进行公示。",
      ),
      tags: ["国土空间规划", "分区规划", d.name],
      cover: "master-plan",
    };
  },
  (r) => {
    const opinions = r.int(300, 900);
    return {
      title: "城市总体规划修编市民意见征集情况反馈",
      summary: `征集期间共收到市民意见建议${opinions}条，采纳和部分采纳的约占四成。`,
      body: paragraphs(
        `在城市总体规划修编意见征集期间，我局通过网站、信函和现场座谈等方式共收到市民意见建议${opinions}条。`,
        "意见主要集中在轨道交通线网、公园绿地、学校医院布局和邕江两岸开发等方面。经研究，采纳和部分采纳的意见约占四成，未采纳的意见已说明理由。",
        "感谢广大市民对城市规划工作的关心和支持。",
      ),
      tags: ["总体规划", "公众参与"],
    };
  },
];

export const transportNews: readonly Template[] = [
  (r) => {
    const km = r.int(80, 220);
    return {
      title: `南宁市公交专用道网络规划出炉，规划公交专用道约${km}公里`,
      summary: "规划公交专用道与轨道交通线网互补，覆盖主要客流走廊。",
      body: paragraphs(
        `我局组织编制的公交专用道网络规划近日完成。规划公交专用道约${km}公里，与轨道交通线网形成互补，覆盖城市主要客流走廊。`,
        "规划提出在民族大道、友爱路、五象大道等道路优先施划公交专用道，并同步优化公交站台和信号优先设置。",
        "规划将分期实施，近期重点建设连接老城区与五象新区的公交走廊。",
      ),
      tags: ["综合交通", "公交专用道"],
      cover: "road",
    };
  },
  (r) => {
    const road = r.pick(ROADS);
    return {
      title: `${road}快速化改造工程方案通过专家评审`,
      summary: "方案采用主辅路形式，主要交叉口设置下穿通道，提升通行效率。",
      body: paragraphs(
        `近日，${road}快速化改造工程方案通过我局组织的专家评审。改造段全长约${decimal(r, 3, 11)}公里。`,
        `方案采用“主路快速、辅路服务”的形式，主要交叉口设置下穿通道${r.int(2, 5)}处，同步完善非机动车道、人行道和公交站台。`,
        "专家建议进一步做好施工期间的交通组织，减少对沿线居民出行的影响。",
      ),
      tags: ["综合交通", "道路", road],
      cover: "road",
    };
  },
  (r) => {
    const km = r.int(300, 900);
    return {
      title: `南宁市慢行交通系统专项规划获批，规划绿道约${km}公里`,
      summary: "规划构建“滨江、沿河、环山”的绿道网络，串联公园和社区。",
      body: paragraphs(
        `《南宁市慢行交通系统专项规划》近日获批。规划构建“滨江、沿河、环山”的绿道网络，规划绿道约${km}公里。`,
        "规划提出新建道路应设置独立非机动车道，既有道路结合改造逐步实现机非分离，并在轨道交通站点、学校和医院周边优先完善慢行设施。",
        "规划还提出建设自行车专用道示范段，鼓励市民绿色出行。",
      ),
      tags: ["综合交通", "慢行交通", "绿道"],
      important: r.chance(0.3),
      cover: "road",
    };
  },
  (r) => ({
    title: "南宁东站片区交通综合改善规划完成",
    summary: "规划优化东站进出站交通组织，完善出租车、网约车和社会车辆的分区停靠。",
    body: paragraphs(
      "为解决南宁东站高峰时段交通拥堵问题，我局组织编制了南宁东站片区交通综合改善规划。",
      `规划优化了东站进出站交通组织，新增网约车和社会车辆停靠泊位约${r.int(300, 800)}个，完善出租车、公交和轨道交通的换乘引导。`,
      "近期改善措施将于年内实施完成。",
    ),
    tags: ["综合交通", "交通枢纽"],
    cover: "road",
  }),
  (r) => {
    const n = r.int(6, 18);
    return {
      title: `我市规划新增${n}处人行天桥和地下通道`,
      summary: "新增过街设施优先布局在学校、医院和大型商业设施周边。",
      body: paragraphs(
        `为保障行人过街安全，我局会同交通管理部门梳理城市主干路过街需求，规划新增人行天桥和地下通道${n}处。`,
        "新增过街设施优先布局在学校、医院和大型商业设施周边，均配套建设无障碍电梯或坡道。",
        "各设施将结合道路改造工程分批实施。",
      ),
      tags: ["综合交通", "过街设施"],
      cover: "road",
    };
  },
];

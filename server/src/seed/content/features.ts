// Templates for 规划展示 and 在线访谈, and the topic pages (专题) of the topic columns.

import { WUXIANG_PAGE } from "../topics/topic-pages.js";
import type { ItemSpec } from "./spec.js";
import { cover, LINKS, paragraphs } from "./spec.js";
import { decimal, type Template } from "./template.js";
import { DISTRICTS, HISTORIC_AREAS, RAIL_LINES, stationName } from "./vocabulary.js";

const EXHIBITION_THEMES = [
  "邕江两岸百年变迁",
  "南宁历史文化名城",
  "轨道交通建设成就",
  "中国水城",
  "美丽乡村规划",
  "老旧小区改造成果",
  "五象新区十年建设",
] as const;

const HALL = "南宁市规划展示馆";

export const exhibitions: readonly Template[] = [
  (r) => {
    const theme = r.pick(EXHIBITION_THEMES);
    return {
      title: `“${theme}”主题展在${HALL}开展`,
      summary: `展览通过历史照片、规划图纸和多媒体互动等形式展示${theme}，免费向市民开放。`,
      body: paragraphs(
        `“${theme}”主题展近日在${HALL}开展。展览分为${r.int(3, 6)}个单元，通过历史照片、规划图纸、实物模型和多媒体互动等形式，展示${theme}的历程与成果。`,
        "展览期间，展示馆每周二至周日开放，市民可凭身份证免费参观，团体参观可提前通过电话预约。",
        "展览的主要内容同步在本网站“规划展示”栏目和电子地图中展示，方便市民在线浏览。",
      ),
      tags: ["规划展示", theme],
      cover: "exhibition",
      department: "info-center",
    };
  },
  (r) => {
    const d = r.pick(DISTRICTS);
    const area = r.pick(d.areas);
    return {
      title: `${d.name}${area}片区城市设计方案展示`,
      summary: "方案以效果图和三维模型展示片区未来的空间形态和公共空间。",
      body: paragraphs(
        `${d.name}${area}片区城市设计方案已编制完成，现将主要成果予以展示。`,
        `方案以“山水相融、街区宜人”为理念，规划了${r.int(2, 5)}条步行景观轴和${r.int(3, 8)}处城市公共广场，对建筑高度、街道界面和第五立面提出了设计引导。`,
        "方案的三维模型可在本网站电子地图的三维模式中查看。欢迎市民通过局长信箱提出意见建议。",
      ),
      tags: ["城市设计", d.name],
      cover: "exhibition",
      department: "plan-making",
    };
  },
  (r) => {
    const { line, stations } = r.pick(RAIL_LINES);
    const station = r.pick(stations);
    return {
      title: `轨道交通${line}号线${stationName(station)}综合开发方案展示`,
      summary: "展示站点上盖开发、地下空间和接驳设施的规划设计方案。",
      body: paragraphs(
        `轨道交通${line}号线${stationName(station)}综合开发方案已通过评审，现将主要内容予以展示。`,
        `方案在站点上方及周边布置商业、办公和公寓等功能，总建筑面积约${decimal(r, 8, 32)}万平方米，地下空间与车站站厅直接连通，并设置公交首末站和非机动车停放区。`,
        "方案效果图和平面图详见本页图片。",
      ),
      tags: ["轨道交通", "TOD", `${line}号线`],
      cover: "rail",
      department: "transport",
    };
  },
  (r) => {
    const area = r.pick(HISTORIC_AREAS);
    return {
      title: `${area}保护与更新方案展示`,
      summary: "方案坚持“修旧如旧”，展示街巷格局、风貌建筑修缮和业态引导的设计成果。",
      body: paragraphs(
        `${area}保护与更新方案近日完成，现将主要设计成果予以展示。`,
        `方案坚持“修旧如旧、最小干预”的原则，保留街巷格局和${r.int(12, 40)}处传统风貌建筑，修缮骑楼立面，完善给排水和消防设施。`,
        "方案还提出引入非遗展示、老字号和文化创意业态，让历史街区“活”起来。",
      ),
      tags: ["历史文化保护", area],
      cover: "renewal",
      department: "plan-making",
    };
  },
  (r) => ({
    title: `五象新区核心区三维规划模型在电子地图上线`,
    summary: "市民可在手机上浏览核心区建筑、道路和绿地的三维模型。",
    body: paragraphs(
      "五象新区核心区三维规划模型已在本网站电子地图上线。模型覆盖核心区约" +
        `${r.int(20, 40)}平方公里，包括已建、在建和规划建筑、道路及公园绿地。`,
      "市民可在电子地图中切换三维模式，旋转、缩放查看建筑形态和天际线。为照顾手机流量，模型按需分块加载，在无线网络环境下浏览效果更佳。",
      "后续我局将陆续上线邕江两岸、老城区等片区的三维模型。",
    ),
    tags: ["五象新区", "三维地图"],
    cover: "wuxiang",
    department: "info-center",
  }),
  (r) => {
    const d = r.pick(DISTRICTS);
    return {
      title: `${d.name}规划成果社区巡展启动`,
      summary: `巡展在${d.name}${r.int(4, 9)}个社区展出，方便居民就近了解身边的规划。`,
      body: paragraphs(
        `为方便居民就近了解身边的规划，我局在${d.name}开展片区规划成果社区巡展。`,
        `巡展以展板和二维码导览的形式，展示了${d.name}${r.sample(d.areas, 2).join("、")}等片区的控制性详细规划、学校和公园建设计划。`,
        "居民扫描展板上的二维码，即可在手机上查看规划详情和电子地图。",
      ),
      tags: ["规划展示", d.name],
      cover: "exhibition",
      department: "info-center",
    };
  },
  (r) => ({
    title: `${HALL}举办青少年规划科普周活动`,
    summary: `活动吸引${r.int(8, 20)}所中小学的学生参加，在沙盘和模型前认识自己的城市。`,
    body: paragraphs(
      `${HALL}近日举办青少年规划科普周活动，${r.int(8, 20)}所中小学的学生分批参观。`,
      "讲解员结合城市沙盘和三维模型，向学生们介绍南宁的山水格局、城市发展历程和“中国水城”建设，并组织“我心中的未来社区”绘画活动。",
      "展示馆面向学校常年提供预约讲解服务。",
    ),
    tags: ["规划科普", "规划展示馆"],
    cover: "exhibition",
    department: "info-center",
  }),
];

const INTERVIEWS = [
  {
    topic: "五象新区规划建设进展与展望",
    guest: "规划编制科负责同志",
    tags: ["五象新区"],
    q: "五象新区下一步的规划重点是什么？",
    a: "一是加密轨道交通和公交网络，加强与老城区的联系；二是补齐学校、医院和公园等公共服务设施；三是加强五象湖周边和邕江南岸的城市设计，塑造新区的标志性风貌。",
  },
  {
    topic: "老旧小区加装电梯，规划审批怎么办",
    guest: "用地规划科负责同志",
    tags: ["加装电梯"],
    q: "加装电梯遇到个别业主不同意怎么办？",
    a: "加装电梯需要达到法定的业主同意比例。对有不同意见的业主，街道和社区会组织协商，设计单位也可以调整井道位置，尽量减少对低层住户采光和通风的影响。",
  },
  {
    topic: "“中国水城”建设中的规划作为",
    guest: "规划编制科负责同志",
    tags: ["水城"],
    q: "内河整治后，两岸会建设什么？",
    a: "规划要求内河两岸优先建设公园绿地和慢行绿道，新建建筑须退让河道蓝线，临水空间向公众开放。那考河、心圩江等河段已经建成了一批滨水公园。",
  },
  {
    topic: "轨道交通沿线规划与站城一体开发",
    guest: "市政交通规划科负责同志",
    tags: ["轨道交通"],
    q: "站点周边的开发会不会造成新的拥堵？",
    a: "站点综合开发以公共交通为导向，控制停车配建上限，优先完善步行、非机动车和公交接驳，引导市民乘坐轨道交通出行。每个站点的开发方案都要做交通影响评价。",
  },
  {
    topic: "村庄规划如何助力乡村振兴",
    guest: "用地规划科负责同志",
    tags: ["村庄规划"],
    q: "村民建房需要办理什么规划手续？",
    a: "在村庄规划确定的建设范围内建房，需要向镇人民政府申请乡村建设规划许可证。我们正在推动村庄规划全覆盖，让村民建房有规可依、就近办理。",
  },
  {
    topic: "工程建设项目审批制度改革成效",
    guest: "建设工程规划科负责同志",
    tags: ["营商环境"],
    q: "企业办理规划许可比以前快了多少？",
    a: "通过容缺受理、并联审查和“多测合一”，建设工程规划许可的承诺时限大幅压缩，企业可以在网上一次提交材料、实时查询进度，不用再来回跑。",
  },
  {
    topic: "如何参与规划公示、表达意见",
    guest: "政策法规科负责同志",
    tags: ["公众参与"],
    q: "在网上提交的公示意见，会有人看吗？",
    a: "会的。公示期间收到的每一条意见都会登记，由承办科室研究处理。规划草案的意见采纳情况和理由，会随报批材料一并上报，涉及利害关系人的还会听证或专门答复。",
  },
  {
    topic: "历史文化街区的保护与活化",
    guest: "规划编制科负责同志",
    tags: ["历史文化保护"],
    q: "保护历史街区会不会影响居民改善居住条件？",
    a: "保护不是冻结。在保持街巷格局和传统风貌的前提下，我们鼓励对老房子进行内部改造，完善水电、消防和卫生设施，让居民住得更舒适。",
  },
] as const;

export const interviews: readonly Template[] = [
  (r, { index }) => {
    const t = INTERVIEWS[index % INTERVIEWS.length] ?? r.pick(INTERVIEWS);
    const questions = r.int(30, 120);
    return {
      title: `在线访谈：${t.topic}`,
      summary: `我局${t.guest}做客在线访谈，回答网民提问${questions}个。`,
      body: paragraphs(
        `本期在线访谈邀请我局${t.guest}，围绕“${t.topic}”与网民在线交流，共收到网民提问${questions}个，现将部分内容整理如下。`,
        `<strong>主持人：</strong>${t.q}<strong>嘉宾：</strong>${t.a}`,
        "<strong>主持人：</strong>市民如何了解和参与规划？<strong>嘉宾：</strong>规划草案和建设项目在审批前都会在本网站公示，市民可以直接在线提出意见，我们会逐条研究并反馈。",
      ),
      tags: ["在线访谈", ...t.tags],
      cover: "interview",
      department: "office",
    };
  },
];

/** Topic pages of the topic columns (the water-city one is in demo-data.ts). */
export const topicPages: ItemSpec[] = [
  {
    key: "topic-wuxiang",
    kind: "TOPIC_PAGE",
    column: "wuxiang",
    department: "plan-making",
    daysAgo: 150,
    title: "五象新区专题：面向东盟的城市新中心",
    summary: "汇集五象新区总体规划、核心区控规、城市设计和重点项目的最新信息。",
    body: paragraphs(
      "五象新区位于邕江南岸，范围包括良庆区、邕宁区和江南区的部分区域，是南宁建设面向东盟开放合作的国际化大都市的核心承载区。新区按照“一轴两带多组团”的空间结构规划建设。",
      "本专题汇集新区总体规划、核心区控制性详细规划、城市设计、天际线管控和重点项目的规划审批信息，并提供核心区三维模型的浏览入口。核心区作为热点区域单独介绍。",
      "在新区投资建设的企业，可通过本页的办事指南了解用地预审与选址、用地规划许可和工程规划许可的办理要求。新区规划建设的意见建议，欢迎通过局长信箱提出。",
    ),
    cover: cover("wuxiang", 0),
    tags: ["五象新区", "专题"],
    // Slug and details: its map extent, layers and related guides (seed/topics/topic-pages.ts).
    ...WUXIANG_PAGE,
  },
  {
    key: "topic-rail",
    kind: "TOPIC_PAGE",
    column: "rail-transit",
    department: "transport",
    daysAgo: 140,
    title: "轨道交通专题：1至6号线规划建设一览",
    summary: "介绍南宁城市轨道交通线网规划、各线路走向和站点周边规划。",
    body: paragraphs(
      "南宁城市轨道交通已开通运营1号线至5号线，6号线一期工程正在开展前期工作。线网串联火车站、东站、机场方向和五象新区等主要客流集散点。",
      "本专题汇集轨道交通线网规划、建设规划、沿线用地规划控制和站点综合开发的相关信息。各线路站点可在电子地图中查看。",
      `线网规划的批复情况可在${LINKS.nanning("南宁市人民政府门户网站")}查阅。`,
    ),
    cover: cover("rail", 0),
    tags: ["轨道交通", "专题"],
  },
  {
    key: "topic-master-plan",
    kind: "TOPIC_PAGE",
    column: "master-plan",
    department: "plan-making",
    daysAgo: 170,
    title: "城市总体规划修编专题",
    summary: "总体规划修编的工作进展、公众参与和成果公开。",
    body: paragraphs(
      "城市总体规划是城市发展、建设和管理的基本依据。我市按照国家部署开展国土空间总体规划编制，统筹城市总体规划修编工作。",
      "本专题发布总体规划修编的工作进展、意见征集和结果反馈，以及经批准的规划成果（公众版）。",
      "规划编制全过程欢迎市民参与，意见建议可通过本网站提交。",
    ),
    cover: cover("master-plan", 0),
    tags: ["总体规划", "专题"],
    important: true,
  },
  {
    key: "topic-transport",
    kind: "TOPIC_PAGE",
    column: "transport",
    department: "transport",
    daysAgo: 160,
    title: "综合交通专题：轨道+公交+慢行",
    summary: "综合交通体系规划、公交专用道、慢行系统和交通枢纽规划信息汇总。",
    body: paragraphs(
      "《南宁市综合交通体系规划》提出构建“轨道+公交+慢行”一体化的绿色出行体系，提高公共交通出行比例。",
      "本专题汇集综合交通体系规划、公交专用道网络、慢行交通系统、停车设施和交通枢纽等方面的规划信息。",
      "市民对交通规划的意见建议，可通过局长信箱提出。",
    ),
    cover: cover("road", 0),
    tags: ["综合交通", "专题"],
  },
  {
    key: "topic-renewal",
    kind: "TOPIC_PAGE",
    column: "topics",
    department: "land-use",
    daysAgo: 130,
    title: "城市更新与老旧小区改造专题",
    summary: "老旧小区改造、加装电梯和历史街区活化的政策、案例和办事指南。",
    body: paragraphs(
      "城市更新关系群众切身利益。本专题汇集老旧小区改造规划指引、既有住宅加装电梯政策、历史文化街区保护与活化的案例。",
      "专题同时提供加装电梯办事指南和常见问题解答，方便居民了解申请条件、材料和流程。",
      "各区老旧小区改造项目的规划公示，可在规划公示栏目查看。",
    ),
    cover: cover("renewal", 0),
    tags: ["城市更新", "老旧小区改造", "专题"],
  },
  {
    key: "topic-villages",
    kind: "TOPIC_PAGE",
    column: "topics",
    department: "land-use",
    daysAgo: 110,
    title: "乡村振兴·村庄规划专题",
    summary: "各城区、县（市）村庄规划编制进展和已批准的村庄规划成果。",
    body: paragraphs(
      "编制“多规合一”的实用性村庄规划，是乡村振兴的基础性工作。我市按照“应编尽编”的要求推进村庄规划编制。",
      `本专题汇集${DISTRICTS.filter((d) => ["邕宁区", "武鸣区", "江南区"].includes(d.name))
        .map((d) => d.name)
        .join("、")}等城区村庄规划的编制进展、草案公示和批准成果，以及乡村建设规划许可的办事指南。`,
      "村民建房前，可先在本专题查询所在村庄的规划。",
    ),
    cover: cover("village", 0),
    tags: ["村庄规划", "乡村振兴", "专题"],
  },
];

// Demo data for the planning bureau of Nanning (南宁), the city of the bureau's report: its
// districts, the new area 五象新区, the water-city topic (水城) and rail transit. Later issues extend it.
import type { Role } from "../generated/prisma/enums.js";
import type { ItemSpec } from "./content/spec.js";
import { WATER_CITY_PAGE } from "./topics/topic-pages.js";

export const departments = [
  { code: "office", name: "办公室", sortOrder: 10 },
  { code: "plan-making", name: "规划编制科", sortOrder: 20 },
  { code: "land-use", name: "用地规划科", sortOrder: 30 },
  { code: "construction", name: "建设工程规划科", sortOrder: 40 },
  { code: "transport", name: "市政交通规划科", sortOrder: 50 },
  { code: "policy", name: "政策法规科", sortOrder: 60 },
  { code: "letters", name: "信访科", sortOrder: 70 },
  { code: "info-center", name: "规划信息中心", sortOrder: 80 },
] as const;

export type DepartmentCode = (typeof departments)[number]["code"];

export const staff: Array<{ username: string; displayName: string; roles: Role[]; department: DepartmentCode }> = [
  { username: "editor", displayName: "黄晓宁（信息采编）", roles: ["EDITOR"], department: "office" },
  { username: "checker", displayName: "韦丽萍（信息核查）", roles: ["CHECKER"], department: "office" },
  { username: "depthead", displayName: "陆建华（科室负责领导）", roles: ["DEPT_HEAD"], department: "plan-making" },
  { username: "leader", displayName: "覃志刚（分管局领导）", roles: ["LEADER"], department: "office" },
  { username: "maintainer", displayName: "梁振宇（网站维护）", roles: ["MAINTAINER"], department: "info-center" },
  { username: "handler", displayName: "蒙秀兰（承办）", roles: ["HANDLER"], department: "letters" },
  { username: "admin", displayName: "李明（管理员）", roles: ["ADMIN"], department: "info-center" },
];

export const columns: Array<{
  slug: string;
  name: string;
  parent?: string;
  sortOrder: number;
  updateEveryDays?: number;
  showInNav?: boolean;
}> = [
  { slug: "news", name: "新闻动态", sortOrder: 10, updateEveryDays: 14 },
  { slug: "work-dynamics", name: "工作动态", sortOrder: 20, updateEveryDays: 14 },
  { slug: "notices", name: "通知公告", sortOrder: 30, updateEveryDays: 180 },
  { slug: "publicity", name: "规划公示", sortOrder: 40, updateEveryDays: 30 },
  { slug: "exhibitions", name: "规划展示", sortOrder: 50, updateEveryDays: 90 },
  { slug: "topics", name: "专题专栏", sortOrder: 60 },
  { slug: "water-city", name: "水城专题", parent: "topics", sortOrder: 61, updateEveryDays: 90 },
  { slug: "wuxiang", name: "五象新区", parent: "topics", sortOrder: 62, updateEveryDays: 90 },
  { slug: "rail-transit", name: "轨道交通", parent: "topics", sortOrder: 63, updateEveryDays: 90 },
  { slug: "master-plan", name: "城市总体规划修编", parent: "topics", sortOrder: 64, updateEveryDays: 180 },
  { slug: "transport", name: "综合交通", parent: "topics", sortOrder: 65, updateEveryDays: 180 },
  { slug: "disclosure", name: "政务信息公开", sortOrder: 70, updateEveryDays: 180 },
  { slug: "interviews", name: "在线访谈", sortOrder: 80, updateEveryDays: 180 },
  { slug: "projects", name: "项目信息", sortOrder: 85, updateEveryDays: 90 },
  { slug: "guides", name: "办事指南", sortOrder: 88, updateEveryDays: 180 },
];

/**
 * The first demo items (the home page and the content tests rely on their titles and dates).
 * daysAgo is counted back from the day the demo seed first runs; the generated content is older.
 */
export const content: ItemSpec[] = [
  {
    key: "news-wuxiang-core-plan",
    kind: "NEWS",
    column: "wuxiang",
    department: "plan-making",
    daysAgo: 1,
    title: "五象新区核心区控制性详细规划修编通过专家评审",
    summary: "评审会认为，修编方案延续“一轴两带多组团”空间结构，强化了轨道站点周边的综合开发。",
    body: "<p>近日，五象新区核心区控制性详细规划修编方案专家评审会召开。与会专家听取了编制单位的汇报，认为方案延续了“一轴两带多组团”的空间结构，对轨道交通站点周边用地进行了综合开发引导，公共服务设施配置合理。</p><p>下一步，我局将根据专家意见修改完善方案，并依法进行规划公示，广泛征求市民意见。</p>",
  },
  {
    key: "publicity-langdong-school",
    kind: "PUBLICITY",
    publicity: {
      type: "PRE_APPROVAL",
      comments: [
        {
          name: "张先生",
          phone: "13800000417",
          body: "学校建成后片区孩子上学就方便了，支持！希望尽快开工。",
          afterHours: 3,
        },
        {
          name: "李女士",
          phone: "13800002583",
          body: "学校东侧道路较窄，建议接送车辆停靠区设在校园内部，避免上下学时段堵车。",
          afterHours: 20,
        },
        {
          name: "黄先生",
          phone: "13800006142",
          body: "施工单位负责人的电话是13800009921，住在凤岭北某小区，有问题直接去找他。",
          afterHours: 26,
          hidden: "含有他人的个人信息（电话号码、住址），依规不予公开。",
        },
      ],
    },
    column: "publicity",
    department: "construction",
    daysAgo: 2,
    title: "青秀区凤岭北片区九年一贯制学校建设工程设计方案批前公示",
    summary: "公示期 10 天，市民可通过网站、现场意见箱或书面形式反馈意见。",
    body: "<p>项目位于青秀区凤岭北片区，用地面积约 4.2 公顷，规划建设 54 个教学班。现将建设工程设计方案予以批前公示，公示期为 10 天。</p><p>公示期间，利害关系人可通过本网站规划公示栏目提交意见和建议。</p>",
  },
  {
    key: "news-water-city-nanhu",
    kind: "NEWS",
    column: "water-city",
    department: "plan-making",
    daysAgo: 3,
    title: "“中国水城”建设：那考河、心圩江沿岸慢行系统规划方案出炉",
    summary: "规划串联沿江公园与社区绿道，新增亲水平台 26 处，构建 15 分钟滨水休闲圈。",
    body: "<p>按照南宁“中国水城”建设部署，我局组织编制了那考河、心圩江沿岸慢行系统规划。方案串联沿江公园、社区绿道和轨道交通站点，新增亲水平台 26 处，构建市民 15 分钟滨水休闲圈。</p>",
  },
  {
    key: "notice-disclosure-guide",
    kind: "NOTICE",
    column: "notices",
    department: "policy",
    daysAgo: 4,
    title: "关于更新《政府信息公开指南》的通知",
    summary: "依申请公开的受理渠道、办理时限和收费标准已按新条例更新。",
    body: "<p>根据《中华人民共和国政府信息公开条例》，我局更新了政府信息公开指南，明确依申请公开的受理渠道、办理时限（20 个工作日，可延长不超过 20 个工作日）等事项。</p>",
  },
  {
    key: "work-rail-line6",
    kind: "NEWS",
    column: "rail-transit",
    department: "transport",
    daysAgo: 5,
    title: "轨道交通 6 号线一期工程沿线用地规划控制研究启动",
    summary: "研究将统筹站点周边 500 米范围内的用地布局、地下空间和接驳设施。",
    body: "<p>为做好轨道交通 6 号线一期工程规划控制，我局启动沿线用地规划控制研究，统筹站点周边 500 米范围内的用地布局、地下空间利用与公交、慢行接驳设施。</p>",
  },
  {
    key: "work-training",
    kind: "NEWS",
    column: "work-dynamics",
    department: "info-center",
    daysAgo: 6,
    title: "我局举办门户网站信息发布与保密审查业务培训",
    summary: "各科室信息员 40 余人参加，重点讲解信息发布审核登记和保密审查要点。",
    body: "<p>为规范网站信息发布工作，我局举办信息发布与保密审查业务培训，各科室信息员 40 余人参加。培训重点讲解了《信息发布审核登记表》的填写、保密审查要点和信息时效确认。</p>",
  },
  {
    key: "publicity-jiangnan-road",
    kind: "PUBLICITY",
    publicity: { type: "PRE_APPROVAL" },
    column: "publicity",
    department: "transport",
    daysAgo: 8,
    title: "江南区亭洪路（白沙大道—星光大道段）道路工程规划方案公示",
    summary: "道路红线宽度 40 米，设置双向六车道和独立非机动车道。",
    body: "<p>亭洪路（白沙大道—星光大道段）道路工程规划方案现予公示。道路红线宽度 40 米，规划双向六车道，两侧设置独立非机动车道和人行道。</p>",
  },
  {
    key: "disclosure-annual-report",
    kind: "DISCLOSURE",
    important: true,
    disclosure: { catalog: "t12" },
    column: "disclosure",
    department: "policy",
    daysAgo: 10,
    title: "南宁市规划管理局政府信息公开工作年度报告",
    summary: "全年主动公开政府信息 100 余条，受理依申请公开 23 件，均按期答复。",
    body: "<p>本报告根据《中华人民共和国政府信息公开条例》要求编制，内容包括主动公开政府信息情况、依申请公开情况、政府信息公开行政复议和行政诉讼情况等。</p>",
  },
  {
    key: "exhibition-master-plan",
    kind: "EXHIBITION",
    column: "exhibitions",
    department: "plan-making",
    daysAgo: 12,
    title: "南宁市国土空间总体规划成果展在规划展示馆开展",
    summary: "展览以沙盘、三维模型和互动屏展示城市未来发展蓝图，免费向市民开放。",
    body: "<p>展览分为“山水格局”“城市结构”“五象新区”“水城建设”等板块，以沙盘、三维模型和互动屏展示城市未来发展蓝图，免费向市民开放。</p>",
  },
  {
    key: "news-xixiangtang-renewal",
    kind: "NEWS",
    column: "news",
    department: "land-use",
    daysAgo: 14,
    title: "西乡塘区老旧小区改造规划指引发布",
    summary: "指引明确加装电梯、增设停车和社区服务设施的规划审批要点。",
    body: "<p>为推进城市更新，我局发布西乡塘区老旧小区改造规划指引，明确加装电梯、增设停车位和社区养老托育等服务设施的规划审批要点，简化办理流程。</p>",
  },
  {
    key: "news-yongning-village",
    kind: "NEWS",
    column: "news",
    department: "land-use",
    daysAgo: 17,
    title: "邕宁区首批村庄规划编制完成，乡村建设规划许可办理更便捷",
    summary: "12 个行政村完成“多规合一”实用性村庄规划，村民建房可就近申请许可。",
    body: "<p>邕宁区首批 12 个行政村完成“多规合一”实用性村庄规划编制，村民建房可按规划就近申请乡村建设规划许可证。</p>",
  },
  {
    key: "transport-plan",
    kind: "NEWS",
    important: true,
    column: "transport",
    department: "transport",
    daysAgo: 20,
    title: "南宁市综合交通体系规划（修编）公开征求意见",
    summary: "规划提出构建“轨道+公交+慢行”一体化出行体系，征求意见期 30 天。",
    body: "<p>《南宁市综合交通体系规划（修编）》草案现公开征求意见，规划提出构建“轨道+公交+慢行”一体化出行体系，征求意见期为 30 天。</p>",
  },
  {
    key: "interview-director",
    kind: "INTERVIEW",
    column: "interviews",
    department: "office",
    daysAgo: 24,
    title: "政风行风面对面：局领导在线解答市民规划热点问题",
    summary: "访谈围绕五象新区建设、老旧小区加装电梯、规划公示参与等问题展开。",
    body: "<p>局领导做客“政风行风面对面”节目，就五象新区建设、老旧小区加装电梯、如何参与规划公示等市民关心的问题进行解答。</p>",
  },
  {
    key: "notice-counter-hours",
    kind: "NOTICE",
    column: "notices",
    department: "office",
    daysAgo: 27,
    title: "关于调整政务服务中心规划窗口办公时间的通告",
    summary: "自下月起，规划窗口周六上午提供预约办理服务。",
    body: "<p>为方便群众办事，自下月起，市政务服务中心规划窗口在周六上午提供预约办理服务，预约电话 0771-0000000（示例）。</p>",
  },
  {
    key: "water-city-topic",
    kind: "TOPIC_PAGE",
    column: "water-city",
    department: "plan-making",
    daysAgo: 30,
    title: "水城专题：让邕江两岸成为城市客厅",
    // Summary, body, slug and details of the full topic page (map extent, related guides…); a
    // database seeded before keeps its short page (seed/topics/topic-pages.ts).
    ...WATER_CITY_PAGE,
  },
  {
    key: "draft-internal",
    kind: "NEWS",
    column: "work-dynamics",
    department: "office",
    daysAgo: 0,
    // Stays a draft: proves citizens never see unpublished content.
    state: "DRAFT",
    title: "（草稿）良庆区五象湖周边城市设计方案内部讨论稿",
    summary: "尚未发布的草稿，不应出现在公众页面。",
    body: "<p>内部讨论稿。</p>",
  },
];

// Templates for 新闻动态: the city's planning news.
import type { Rng } from "../rng.js";
import { paragraphs } from "./spec.js";
import { decimal, type Template } from "./template.js";
import {
  COMPANIES,
  DISTRICTS,
  type District,
  HISTORIC_AREAS,
  OLD_ESTATES,
  PARKS,
  PROJECT_TYPES,
  ROADS,
  VILLAGES,
} from "./vocabulary.js";

const district = (r: Rng): District => r.pick(DISTRICTS);

export const cityNews: readonly Template[] = [
  (r, { when }) => {
    const d = district(r);
    const area = r.pick(d.areas);
    const ha = r.int(120, 980);
    const green = decimal(r, 6, 40);
    return {
      title: `${d.name}${area}片区控制性详细规划获市人民政府批复`,
      summary: `规划范围约${ha}公顷，重点完善教育、医疗和社区服务设施配置，新增公共绿地约${green}公顷。`,
      body: paragraphs(
        `近日，市人民政府批复了《${d.name}${area}片区控制性详细规划》。规划范围约${ha}公顷，以“产城融合、职住平衡”为导向，优化了居住、商业和产业用地布局，规划期至2035年。`,
        `规划新增中小学${r.int(2, 6)}所、幼儿园${r.int(3, 9)}所，配置社区卫生服务中心、养老服务设施和农贸市场，新增公共绿地约${green}公顷，构建“15分钟社区生活圈”。`,
        `规划成果已在本网站“政务信息公开—控制性详细规划”栏目公布，市民可登录查阅。${when.year}年内，我局还将完成片区城市设计导则的编制。`,
      ),
      tags: [d.name, "控制性详细规划"],
      important: r.chance(0.4),
      cover: "master-plan",
      department: "plan-making",
    };
  },
  (r, { when }) => {
    const d = district(r);
    const [a, b] = r.pair(d.areas);
    const n = r.int(2, 5);
    const seats = n * r.int(9, 16) * 100;
    return {
      title: `${d.name}${n}所中小学建设项目完成规划选址`,
      summary: `新增学位约${seats}个，选址意见书已核发，预计${when.year + 1}年秋季学期前陆续建成。`,
      body: paragraphs(
        `为缓解${d.name}${a}、${b}片区学位紧张问题，我局会同市教育局、${d.name}人民政府完成${n}所中小学建设项目的规划选址，项目建成后可新增学位约${seats}个。`,
        "选址综合考虑了服务半径、交通安全和周边居住人口分布，学校出入口均避开城市主干路，并按标准配建了接送车辆停靠区和风雨连廊。",
        "目前各项目选址意见书已核发。我局将开辟绿色通道，加快办理用地规划许可和工程规划许可，确保项目按期开工建设。",
      ),
      tags: ["学校", d.name, "选址意见书"],
      cover: "school",
      department: "land-use",
    };
  },
  (r) => {
    const park = r.pick(PARKS);
    const km = decimal(r, 2, 12);
    return {
      title: `${park}提升改造规划设计方案通过审查`,
      summary: `方案新增慢行步道约${km}公里，完善无障碍设施和儿童游乐场地，保留原有大树和水系格局。`,
      body: paragraphs(
        `近日，我局组织召开${park}提升改造规划设计方案审查会。方案坚持“保留、织补、提升”的思路，在保留原有大树和水系格局的基础上，新增慢行步道约${km}公里。`,
        "方案完善了无障碍通道、儿童游乐场地、公共厕所和休憩座椅等设施，并结合周边公交站点和轨道交通站点优化了出入口设置。",
        "与会专家建议进一步加强夜间照明和海绵设施设计。设计单位将根据审查意见修改完善后依法报批。",
      ),
      tags: ["公园", park],
      cover: "park",
      department: "construction",
    };
  },
  (r) => {
    const [road, a, b] = r.trio(ROADS);
    const km = decimal(r, 1.2, 6.5);
    return {
      title: `${road}（${a}—${b}段）改造工程取得建设工程规划许可证`,
      summary: `改造段全长约${km}公里，将增设独立非机动车道，优化公交港湾和人行过街设施。`,
      body: paragraphs(
        `近日，我局向建设单位核发${road}（${a}—${b}段）改造工程建设工程规划许可证。该段道路全长约${km}公里，是城市路网中的重要${r.pick(["主干路", "次干路"])}。`,
        "改造方案将机非混行断面调整为机非分离断面，增设独立非机动车道，优化公交港湾和人行过街设施，并同步实施雨污分流和架空线缆入地。",
        "项目建成后将进一步改善沿线居民的出行条件。施工期间请市民留意交通管理部门发布的交通组织公告，合理安排出行。",
      ),
      tags: ["道路", road],
      cover: "road",
      department: "transport",
    };
  },
  (r) => {
    const d = district(r);
    const n = r.int(18, 96);
    const days = r.pick([5, 7, 8]);
    return {
      title: `${d.name}今年已有${n}部既有住宅加装电梯通过规划审批`,
      summary: `我局推行加装电梯“一窗受理、并联审批”，规划审批时限压缩至${days}个工作日。`,
      body: paragraphs(
        `今年以来，${d.name}已有${n}部既有住宅加装电梯项目通过规划审批，惠及居民${Math.round((n * r.int(8, 14)) / 10) * 10}余户。`,
        `我局推行加装电梯“一窗受理、并联审批”，申请人在政务服务中心规划窗口一次提交材料，规划审批时限压缩至${days}个工作日；涉及相邻关系的，由街道、社区提前介入协调。`,
        "有加装意愿的居民可查阅本网站“办事流程”栏目中的《既有住宅加装电梯办事指南》，或到政务服务中心规划窗口咨询。",
      ),
      tags: ["加装电梯", "老旧小区改造", d.name],
      cover: "renewal",
      department: "land-use",
    };
  },
  (r, { when }) => {
    const d = district(r);
    const town = r.pick(d.towns);
    const village = r.pick(VILLAGES);
    return {
      title: `${d.name}${town}${village}村村庄规划获批实施`,
      summary: "规划统筹村庄建设、产业发展和生态保护，划定宅基地建设范围，村民建房有了“施工图”。",
      body: paragraphs(
        `近日，《${d.name}${town}${village}村村庄规划（${when.year}—2035年）》获批实施。规划按照“多规合一”要求，统筹安排村庄建设、产业发展、基础设施和生态保护。`,
        `规划划定了宅基地建设范围，明确了农房建设的层数、高度和风貌要求，预留了${r.int(2, 5)}处村民活动广场和农产品初加工用地。`,
        "下一步，村民建房可依据村庄规划申请乡村建设规划许可证。我局将会同镇人民政府做好规划宣传和实施监督。",
      ),
      tags: ["村庄规划", "乡村振兴", d.name],
      cover: "village",
      department: "land-use",
    };
  },
  (r) => {
    const d = district(r);
    const n = r.int(6, 24);
    return {
      title: `${d.name}今年规划建设${n}处口袋公园`,
      summary: "利用边角地、闲置地见缝插绿，让市民出门“300米见绿、500米见园”。",
      body: paragraphs(
        `为提升城市绿地服务水平，我局会同${d.name}人民政府梳理城市边角地、闲置地，规划建设口袋公园${n}处，总面积约${decimal(r, 2, 9)}公顷。`,
        "口袋公园选址优先考虑老旧小区、学校和医院周边，配置休憩座椅、健身器材和儿童活动设施，努力实现“300米见绿、500米见园”。",
        `其中${r.pick(d.areas)}片区的${r.int(2, 5)}处口袋公园已完成设计，计划年内建成开放。`,
      ),
      tags: ["口袋公园", "城市绿化", d.name],
      cover: "park",
      department: "construction",
    };
  },
  (r) => {
    const area = r.pick(HISTORIC_AREAS);
    return {
      title: `《${area}保护规划》草案编制完成`,
      summary: "规划划定核心保护范围和建设控制地带，提出传统风貌建筑分类保护和活化利用措施。",
      body: paragraphs(
        `《${area}保护规划》草案近日编制完成。规划划定了核心保护范围和建设控制地带，明确了街巷格局、建筑高度和风貌控制要求。`,
        "规划对街区内的传统风貌建筑提出分类保护和活化利用措施，鼓励引入非遗展示、特色餐饮和文化创意业态，延续城市历史文脉。",
        "草案将依法进行规划公示，届时市民可在本网站规划公示栏目查看并提出意见建议。",
      ),
      tags: ["历史文化保护", area],
      important: true,
      cover: "renewal",
      department: "plan-making",
    };
  },
  (r) => {
    const d = district(r);
    const n = r.int(30, 160) * 100;
    return {
      title: `${d.name}停车设施专项规划编制完成，规划新增公共泊位约${n}个`,
      summary: "规划优先在医院、学校、老旧小区和轨道交通站点周边布局公共停车设施。",
      body: paragraphs(
        `《${d.name}停车设施专项规划》近日编制完成。规划以“配建为主、公共为辅、路内为补充”为原则，规划新增公共停车泊位约${n}个。`,
        `规划优先在医院、学校、老旧小区和轨道交通站点周边布局公共停车楼和立体停车设施，共规划公共停车场${r.int(12, 45)}处，并同步预留充电设施。`,
        "规划成果将纳入相关片区控制性详细规划，作为停车设施建设和规划管理的依据。",
      ),
      tags: ["停车", d.name, "专项规划"],
      cover: "road",
      department: "transport",
    };
  },
  (r) => {
    const d = district(r);
    const area = r.pick(d.areas);
    const n = r.int(2, 6);
    return {
      title: `${d.name}${area}片区新增${n}处社区卫生服务站和养老服务站`,
      summary: "通过控规局部调整和存量用房改造，补齐社区公共服务设施短板。",
      body: paragraphs(
        `为补齐社区公共服务设施短板，我局对${d.name}${area}片区公共服务设施配置情况进行评估，通过控制性详细规划局部调整和存量用房改造，新增社区卫生服务站和养老服务站${n}处。`,
        "新增设施均位于居民步行5至10分钟范围内，优先利用闲置公房和临街底层商铺，兼顾无障碍出入和消防安全要求。",
        "相关规划调整已完成公示和审批，各设施正由所在街道组织实施。",
      ),
      tags: ["公共服务设施", "社区生活圈", d.name],
      department: "land-use",
    };
  },
  (r, { when }) => {
    const d = district(r);
    const area = r.pick(d.areas);
    const n = r.int(8, 40) * 100;
    return {
      title: `${d.name}${area}片区安置房项目规划方案获批，可安置群众约${n}户`,
      summary: `项目同步配建幼儿园、社区服务中心和公共停车场，计划${when.year + 1}年底前交付。`,
      body: paragraphs(
        `近日，${d.name}${area}片区安置房项目建设工程设计方案经我局审查通过。项目总建筑面积约${r.int(12, 48)}万平方米，可安置群众约${n}户。`,
        "方案按照“先配套、后入住”的要求，同步配建幼儿园、社区综合服务中心、农贸市场和公共停车场，住宅日照、间距均满足规范要求。",
        `下一步，我局将加快办理建设工程规划许可证，支持项目尽快开工，计划${when.year + 1}年底前交付使用。`,
      ),
      tags: ["安置房", d.name],
      department: "construction",
    };
  },
  (r) => {
    const d = district(r);
    const area = r.pick(d.areas);
    const type = r.pick(PROJECT_TYPES);
    const company = r.pick(COMPANIES);
    const floorArea = decimal(r, 0.8, 9.6);
    return {
      title: `${d.name}${area}${type}项目核发建设工程规划许可证`,
      summary: `项目建设单位为${company}，总建筑面积约${floorArea}万平方米。`,
      body: paragraphs(
        `近日，我局向${company}核发${d.name}${area}${type}项目建设工程规划许可证。项目用地面积约${decimal(r, 0.6, 5.2)}公顷，总建筑面积约${floorArea}万平方米。`,
        "该项目设计方案已于此前依法进行批前公示，公示期间收到的意见均已研究处理并反馈。许可证核发情况已在本网站批后公布栏目公布。",
        "我局将加强项目批后监管，对建设过程中的放线、验线和规划核实严格把关。",
      ),
      tags: ["建设工程规划许可证", d.name, type],
      department: "construction",
    };
  },
  (r) => {
    const estate = r.pick(OLD_ESTATES);
    const d = r.pick(DISTRICTS.slice(0, 4));
    return {
      title: `${estate}改造方案出炉：增设停车位、加装电梯、建设“口袋”休闲空间`,
      summary: "方案经三轮入户征求意见形成，居民同意率超过九成。",
      body: paragraphs(
        `${d.name}${estate}建成于上世纪八九十年代，存在停车难、无电梯、公共空间不足等问题。我局会同街道、社区和设计单位，三轮入户征求意见，形成了小区综合改造规划方案。`,
        `方案利用拆除违章搭建腾出的空间，新增停车位${r.int(40, 180)}个，规划加装电梯${r.int(6, 24)}部，建设休闲广场和儿童游乐场地，同步改造雨污管网和消防通道。`,
        "方案居民同意率超过九成。下一步将按程序办理相关规划手续，争取年内开工。",
      ),
      tags: ["老旧小区改造", "城市更新", d.name],
      cover: "renewal",
      department: "land-use",
    };
  },
  (r, { when }) => ({
    title: `我市启动${when.year}年度城市体检工作`,
    summary: "体检围绕生态宜居、健康舒适、安全韧性、交通便捷等方面设置指标，查找城市建设短板。",
    body: paragraphs(
      `近日，我市${when.year}年度城市体检工作正式启动。本次体检围绕生态宜居、健康舒适、安全韧性、交通便捷、风貌特色、整洁有序、多元包容和创新活力等方面，设置体检指标${r.int(60, 88)}项。`,
      "体检将结合社会满意度调查，以社区为单元查找“城市病”，形成问题清单和整治建议，作为城市更新和年度建设计划的依据。",
      "欢迎市民通过本网站局长信箱对身边的城市建设问题提出意见建议。",
    ),
    tags: ["城市体检", "城市更新"],
    department: "plan-making",
  }),
  (r) => ({
    title: "工程建设项目“多测合一”改革再提速，测绘成果一次委托、共享互认",
    summary: "规划核实、土地核验、房产测绘等实现一次委托、成果共享互认。",
    body: paragraphs(
      "为进一步优化营商环境，我局深化工程建设项目“多测合一”改革，将规划核实测量、土地核验测量和房产测绘等事项整合为一次委托、统一测绘、成果共享。",
      `改革后，建设单位只需委托一家测绘机构，测绘成果在规划、住建、不动产登记等部门间共享互认，测绘时间平均压缩${r.int(30, 45)}%。`,
      "相关办事指南已在本网站“办事流程”栏目更新，建设单位可在线查询测绘机构名录和成果要求。",
    ),
    tags: ["多测合一", "营商环境", "工程建设项目审批"],
    department: "construction",
  }),
  (r) => {
    const d = district(r);
    const area = r.pick(d.areas);
    return {
      title: `${d.name}${area}片区海绵城市建设项目完成规划审查`,
      summary: `项目涉及道路、公园和小区${r.int(8, 26)}个，年径流总量控制率目标不低于75%。`,
      body: paragraphs(
        `近日，我局完成${d.name}${area}片区海绵城市建设项目的规划审查。项目涉及道路、公园和居住小区${r.int(8, 26)}个，通过下沉式绿地、透水铺装、雨水花园和调蓄设施，年径流总量控制率目标不低于75%。`,
        "审查中，我局重点核查了竖向设计、排水分区和内涝防治措施，要求与片区排水防涝规划和内河整治工程做好衔接。",
        "项目实施后将有效缓解片区雨季积水问题，改善人居环境。",
      ),
      tags: ["海绵城市", d.name],
      cover: "water-city",
      department: "plan-making",
    };
  },
];

// The demo service guides (办事指南): the bureau's planning approvals as a citizen or developer
// meets them at the 南宁市政务服务中心 window. Legal bases are the articles that set up each
// approval (城乡规划法 第三十六条至第四十五条, 土地管理法, 民法典 for lift retrofits); time limits
// follow the 行政许可法 (20 working days, 第四十二条) with the shorter times the bureau promises.
import type { MaterialForm } from "../../modules/guides/guide-details.js";
import type { DepartmentCode } from "../demo-data.js";
import {
  DEMOLITION_PLEDGE,
  DESIGN_REVIEW_FORM,
  ELEVATOR_FORM,
  LAND_USE_FORM,
  OWNERS_VOTE_FORM,
  POWER_OF_ATTORNEY,
  RURAL_PERMIT_FORM,
  SITE_SELECTION_FORM,
  TEMPORARY_FORM,
  VERIFICATION_FORM,
  WORKS_PERMIT_FORM,
} from "./forms.js";
import type { GuideForm } from "./guide-forms.js";

export interface GuideSeed {
  slug: string;
  itemName: string;
  category: string;
  department: DepartmentCode;
  daysAgo: number;
  summary: string;
  /** Text paragraphs of the page: what the approval is, and practical advice. */
  body: string[];
  legalBasis: Array<{ law: string; article?: string }>;
  conditions: string[];
  materials: Array<{
    name: string;
    form?: MaterialForm;
    copies?: number;
    required?: boolean;
    note?: string;
    /** Offered as a blank form and a filled sample. */
    download?: GuideForm;
  }>;
  steps: Array<{
    name: string;
    actor: string;
    description: string;
    days: number;
    outcome: string;
    excludedFromLimit?: boolean;
  }>;
  statutoryDays: number;
  promisedDays: number;
  faq: Array<{ question: string; answer: string }>;
  relatedLaws: string[];
}

const PLANNING_LAW = "中华人民共和国城乡规划法";
const LAND_LAW = "中华人民共和国土地管理法";
const LICENSING_LAW = "中华人民共和国行政许可法";
const GUANGXI_MEASURES = "广西壮族自治区实施《中华人民共和国城乡规划法》办法";
const MULTI_PERMIT_REFORM =
  "自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知（自然资规〔2019〕2号）";

/** Where and when every guide is handled: the planning window of the city's service centre. */
export const OFFICE = {
  implementingOrgan: "南宁市规划管理局",
  officeAddress: "南宁市青秀区怡宾路6号 南宁市民中心 市政务服务中心二楼 自然资源和规划综合窗口",
  officeHours: "周一至周五（法定节假日除外）上午 9:00—12:00，下午 13:00—17:00；周六上午 9:00—12:00 预约办理",
  // Example number, as everywhere in the demo data.
  phone: "0771-0000000",
  onlineUrl: "https://zwfw.gxzf.gov.cn/",
};

const IDENTITY = {
  name: "申请人身份证明",
  form: "ORIGINAL_AND_COPY",
  note: "单位提供营业执照或统一社会信用代码证书、法定代表人身份证明；个人提供居民身份证",
} as const;

const ATTORNEY = {
  name: "授权委托书及受托人身份证",
  required: false,
  note: "委托他人办理时提供",
  download: POWER_OF_ATTORNEY,
} as const;

const ACCEPT = {
  name: "申请与受理",
  actor: "市政务服务中心规划窗口",
  description: "核验申请材料，材料齐全、符合法定形式的当场受理；材料不全的，一次性告知需要补正的全部内容。",
  days: 1,
  outcome: "受理通知书或补正材料通知书",
};

const deliver = (outcome: string) => ({
  name: "制证送达",
  actor: "市政务服务中心规划窗口",
  description: "制发许可文书，申请人可选择窗口领取或免费邮寄送达。",
  days: 1,
  outcome,
});

const decide = (days: number) => ({
  name: "审核决定",
  actor: "科室负责领导、分管局领导",
  description: "审核审查意见，依法作出准予许可或不予许可的决定；不予许可的，书面说明理由并告知救济途径。",
  days,
  outcome: "行政许可决定",
});

export const GUIDES: readonly GuideSeed[] = [
  {
    slug: "site-selection-and-land-pre-review",
    itemName: "建设项目用地预审与选址意见书核发",
    category: "用地规划",
    department: "land-use",
    daysAgo: 160,
    summary: "以划拨方式提供国有土地使用权的建设项目，在报送批准或核准前申请，承诺 10 个工作日办结。",
    body: [
      "按照“多审合一、多证合一”改革要求，建设项目选址意见书与建设项目用地预审意见合并，统一核发建设项目用地预审与选址意见书。",
      "以划拨方式提供国有土地使用权、需经有关部门批准或者核准的建设项目，建设单位应在报送批准或者核准前申请；以出让方式取得国有土地使用权的，不再核发选址意见书。",
      "申请前可先到窗口或通过电话咨询项目选址是否符合国土空间规划，避免反复修改材料。",
    ],
    legalBasis: [
      { law: PLANNING_LAW, article: "第三十六条" },
      { law: LAND_LAW, article: "第五十二条" },
      { law: MULTI_PERMIT_REFORM },
    ],
    conditions: [
      "以划拨方式提供国有土地使用权、按照国家规定需要有关部门批准或者核准的建设项目。",
      "项目选址符合国土空间总体规划和用途管制要求。",
      "项目用地符合国家供地政策和土地使用标准，占用耕地的已落实耕地占补平衡初步方案。",
      "涉及占用永久基本农田或生态保护红线的，已按规定完成论证。",
    ],
    materials: [
      { name: "建设项目用地预审与选址意见书申请表", download: SITE_SELECTION_FORM },
      {
        name: "建设项目用地预审与选址申请报告",
        note: "说明拟建项目基本情况、拟选址占地情况、是否符合国土空间规划、用地规模是否符合土地使用标准",
      },
      {
        name: "项目建议书批复或项目列入相关规划的文件",
        form: "COPY",
        note: "审批类项目提供项目建议书批复；核准类项目提供项目申请报告",
      },
      {
        name: "标明拟选址范围的现状地形图",
        copies: 2,
        note: "1:500 或 1:1000 比例，加盖设计单位公章，附 CGCS2000 坐标电子文件",
      },
      {
        name: "建设项目选址论证报告",
        required: false,
        note: "位于城镇开发边界外，或占用永久基本农田、生态保护红线的项目提供",
      },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "审查",
        actor: "用地规划科",
        description: "审查项目选址是否符合国土空间规划、用地规模是否符合标准，必要时组织现场踏勘。",
        days: 6,
        outcome: "审查意见",
      },
      decide(2),
      deliver("建设项目用地预审与选址意见书"),
    ],
    statutoryDays: 20,
    promisedDays: 10,
    faq: [
      {
        question: "哪些项目需要申请用地预审与选址意见书？",
        answer:
          "以划拨方式提供国有土地使用权的建设项目需要申请。以出让方式取得国有土地使用权的，不再核发选址意见书；使用已经依法批准的建设用地进行建设的项目，不再办理用地预审。",
      },
      {
        question: "用地预审与选址意见书的有效期是多长？",
        answer: "有效期为三年，自批准之日起计算。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, LAND_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "land-use-permit-allocation",
    itemName: "建设用地规划许可证核发（划拨）",
    category: "用地规划",
    department: "land-use",
    daysAgo: 150,
    summary: "划拨用地的建设项目经批准、核准或备案后申请，承诺 7 个工作日办结，不收费。",
    body: [
      "在城市、镇规划区内以划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后，建设单位应当申请建设用地规划许可，由我局核定建设用地的位置、面积和允许建设的范围。",
      "按照“多证合一”改革，建设用地规划许可证与建设用地批准书合并，统一核发新的建设用地规划许可证，不再单独核发建设用地批准书。",
    ],
    legalBasis: [{ law: PLANNING_LAW, article: "第三十七条" }, { law: MULTI_PERMIT_REFORM }],
    conditions: [
      "在城市、镇规划区内以划拨方式提供国有土地使用权的建设项目，已经有关部门批准、核准或备案。",
      "按规定需要办理的，已取得建设项目用地预审与选址意见书。",
      "建设项目符合控制性详细规划。",
    ],
    materials: [
      { name: "建设用地规划许可申请表", download: LAND_USE_FORM },
      { name: "建设项目批准、核准或备案文件", form: "COPY" },
      { name: "建设项目用地预审与选址意见书", form: "COPY" },
      { name: "标明用地范围的现状地形图", copies: 2, note: "1:500 或 1:1000 比例，附 CGCS2000 坐标电子文件" },
      { name: "建设项目总平面布置方案", required: false, note: "我局认为需要时提供" },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "审查",
        actor: "用地规划科",
        description: "依据控制性详细规划核定用地位置、面积和允许建设的范围，提出规划条件。",
        days: 3,
        outcome: "审查意见及规划条件",
      },
      decide(2),
      deliver("建设用地规划许可证及附图"),
    ],
    statutoryDays: 20,
    promisedDays: 7,
    faq: [
      {
        question: "划拨用地的规划条件如何确定？",
        answer: "由我局依据控制性详细规划核定建设用地的位置、面积、允许建设的范围，作为规划条件随许可证一并核发。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "land-use-permit-transfer",
    itemName: "建设用地规划许可证核发（出让）",
    category: "用地规划",
    department: "land-use",
    daysAgo: 148,
    summary: "签订国有土地使用权出让合同后申请，承诺 5 个工作日办结，不收费。",
    body: [
      "以出让方式取得国有土地使用权的建设项目，在签订国有土地使用权出让合同后，建设单位持建设项目的批准、核准、备案文件和出让合同，申请领取建设用地规划许可证。",
      "出让地块的规划条件在土地出让前由我局依据控制性详细规划提出，并作为出让合同的组成部分。规划条件未纳入出让合同的，合同无效，我局不予核发许可证。",
    ],
    legalBasis: [{ law: PLANNING_LAW, article: "第三十八条" }, { law: MULTI_PERMIT_REFORM }],
    conditions: [
      "已签订国有土地使用权出让合同，合同附有规划条件。",
      "建设项目已经有关部门批准、核准或备案。",
      "申请许可的用地范围与出让合同一致。",
    ],
    materials: [
      { name: "建设用地规划许可申请表", download: LAND_USE_FORM },
      { name: "国有建设用地使用权出让合同及附件", form: "COPY", note: "含规划条件及宗地图" },
      { name: "建设项目批准、核准或备案文件", form: "COPY" },
      { name: "土地出让价款缴纳凭证", form: "COPY" },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "审查",
        actor: "用地规划科",
        description: "核对出让合同的规划条件和用地范围。",
        days: 2,
        outcome: "审查意见",
      },
      decide(1),
      deliver("建设用地规划许可证及附图"),
    ],
    statutoryDays: 20,
    promisedDays: 5,
    faq: [
      {
        question: "出让合同中没有规划条件怎么办？",
        answer:
          "根据《中华人民共和国城乡规划法》第三十九条，规划条件未纳入国有土地使用权出让合同的，该出让合同无效，我局不予核发建设用地规划许可证。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "construction-works-permit",
    itemName: "建设工程规划许可证核发",
    category: "建设工程",
    department: "construction",
    daysAgo: 140,
    summary: "建筑物、构筑物、道路、管线和其他工程建设前申请，承诺 10 个工作日办结，不收费。",
    body: [
      "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当申请办理建设工程规划许可证。",
      "建设工程设计方案须先经审查通过（见“建设工程设计方案审查”指南）。许可证核发后，我局将在本网站规划公示栏目公布批准的总平面图，接受社会监督。",
    ],
    legalBasis: [{ law: PLANNING_LAW, article: "第四十条" }],
    conditions: [
      "已依法取得建设用地规划许可证或土地使用权证明文件。",
      "建设工程设计方案已经审查通过。",
      "建设工程符合控制性详细规划和规划条件。",
    ],
    materials: [
      { name: "建设工程规划许可证申请表", download: WORKS_PERMIT_FORM },
      { name: "使用土地的有关证明文件", form: "COPY", note: "不动产权证书或建设用地规划许可证" },
      {
        name: "建设工程设计方案总平面图",
        copies: 2,
        note: "1:500 比例，标注建筑退让、间距和出入口，附 CAD 电子文件",
      },
      { name: "建筑单体平面、立面、剖面图", copies: 2 },
      { name: "主要技术经济指标表", note: "含容积率、建筑密度、绿地率、停车位等指标" },
      { name: "修建性详细规划", required: false, note: "需要编制修建性详细规划的项目提供" },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "技术审查",
        actor: "建设工程规划科",
        description: "审查建筑退让、间距、高度、容积率、绿地率、停车配建和建筑风貌是否符合规划条件及技术规定。",
        days: 5,
        outcome: "审查意见",
      },
      decide(3),
      deliver("建设工程规划许可证及附图、附件"),
    ],
    statutoryDays: 20,
    promisedDays: 10,
    faq: [
      {
        question: "建设过程中需要变更设计怎么办？",
        answer:
          "建设单位应当按照规划条件和许可内容进行建设；确需变更的，应当向我局提出申请，经批准后方可实施。变更内容不符合控制性详细规划的，不予批准。",
      },
      {
        question: "许可证核发后多久必须开工？",
        answer: "取得许可证后一年内未开工建设，又未在期满 30 日前申请延期的，许可证自行失效。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "rural-construction-permit",
    itemName: "乡村建设规划许可证核发",
    category: "乡村建设",
    department: "land-use",
    daysAgo: 120,
    summary: "村民建房和乡村公共设施建设向乡镇人民政府申请，承诺 10 个工作日办结，不收费。",
    body: [
      "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设，以及农村村民住宅建设的，建设单位或者个人应当向乡、镇人民政府提出申请，由乡、镇人民政府报我局核发乡村建设规划许可证。",
      "村民建房前，可先在“乡村振兴·村庄规划”专题查询所在村庄的规划。翻建、改建、扩建住宅同样需要申请许可。",
    ],
    legalBasis: [
      { law: PLANNING_LAW, article: "第四十一条" },
      { law: LAND_LAW, article: "第六十二条" },
    ],
    conditions: [
      "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设，或者农村村民住宅建设。",
      "建设项目符合村庄规划或乡镇国土空间规划。",
      "不占用永久基本农田；确需占用农用地的，已依法办理农用地转用审批手续。",
      "农村村民住宅建设符合“一户一宅”和宅基地面积标准。",
    ],
    materials: [
      { name: "乡村建设规划许可申请表", download: RURAL_PERMIT_FORM },
      { name: "申请人身份证及户口簿", form: "COPY" },
      { name: "土地使用权属证明或村民委员会出具的用地意见", note: "农村村民住宅提供宅基地批准文件或村民委员会意见" },
      { name: "建设工程设计图或农房设计图", copies: 2, note: "可选用政府免费提供的农房通用设计图" },
      { name: "村民委员会意见及公示情况说明", required: false, note: "农村村民住宅提供" },
      ATTORNEY,
    ],
    steps: [
      {
        name: "乡镇受理",
        actor: "项目所在地乡、镇人民政府",
        description: "收取申请材料，材料不全的一次性告知补正内容。",
        days: 1,
        outcome: "受理回执",
      },
      {
        name: "乡镇初审",
        actor: "乡、镇人民政府",
        description: "现场踏勘，核实建设位置和“一户一宅”情况，提出初审意见后报送我局。",
        days: 3,
        outcome: "初审意见",
      },
      {
        name: "审查",
        actor: "用地规划科",
        description: "审查是否符合村庄规划和用途管制要求。",
        days: 4,
        outcome: "审查意见",
      },
      decide(1),
      {
        name: "发证",
        actor: "乡、镇人民政府",
        description: "许可证经乡、镇人民政府送达申请人。",
        days: 1,
        outcome: "乡村建设规划许可证",
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    faq: [
      {
        question: "在自家宅基地上翻建住房需要办理许可吗？",
        answer: "需要。翻建、改建、扩建农村村民住宅的，应当依法申请乡村建设规划许可证，取得许可后方可开工。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, LAND_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "planning-conditions-verification",
    itemName: "建设工程规划条件核实（竣工规划核实）",
    category: "规划核实",
    department: "construction",
    daysAgo: 110,
    summary: "建设工程竣工后、组织竣工验收前申请，承诺 10 个工作日出具核实意见，不收费。",
    body: [
      "建设工程竣工后，建设单位应当申请规划条件核实。未经核实或者经核实不符合规划条件的，建设单位不得组织竣工验收。",
      "核实合格的，我局出具建设工程规划核实合格证；不合格的，出具整改意见，整改完成后可重新申请。",
    ],
    legalBasis: [{ law: PLANNING_LAW, article: "第四十五条" }],
    conditions: [
      "建设工程已按建设工程规划许可证及其附图、附件竣工。",
      "已拆除建设用地范围内应当拆除的临时建筑和旧有建筑。",
      "已委托具有相应测绘资质的单位完成竣工规划测量。",
    ],
    materials: [
      { name: "建设工程规划条件核实申请表", download: VERIFICATION_FORM },
      { name: "建设工程规划许可证及附图", form: "COPY" },
      {
        name: "竣工规划测量成果报告",
        note: "含建筑面积、高度、退让距离、绿地率等测量成果，附电子数据",
      },
      { name: "建设工程竣工图" },
      { name: "临时建筑拆除情况说明", required: false, note: "用地范围内有临时建筑的提供" },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "现场核实",
        actor: "建设工程规划科",
        description: "会同测绘单位到现场核对建筑位置、层数、高度、立面和配套设施。",
        days: 4,
        outcome: "现场核实记录",
      },
      {
        name: "审查",
        actor: "建设工程规划科",
        description: "比对测量成果与许可内容，提出核实意见。",
        days: 3,
        outcome: "审查意见",
      },
      decide(1),
      deliver("建设工程规划核实合格证或整改意见书"),
    ],
    statutoryDays: 20,
    promisedDays: 10,
    faq: [
      {
        question: "核实不合格怎么办？",
        answer: "我局出具整改意见书，建设单位按要求整改后重新申请核实。未经核实合格的，不得组织竣工验收。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "temporary-construction-permit",
    itemName: "临时建设工程规划许可",
    category: "建设工程",
    department: "construction",
    daysAgo: 95,
    summary: "施工用房、临时展棚等临时建设前申请，承诺 7 个工作日办结，不收费。",
    body: [
      "在城市、镇规划区内进行临时建设的，应当经我局批准。临时建设影响近期建设规划或者控制性详细规划的实施以及交通、市容、安全等的，不予批准。",
      "临时建筑物、构筑物应当在批准的使用期限内自行拆除。临时用地使用期限一般不超过两年。",
    ],
    legalBasis: [{ law: PLANNING_LAW, article: "第四十四条" }],
    conditions: [
      "临时建设不影响近期建设规划或者控制性详细规划的实施。",
      "不影响交通、市容、安全、消防和周边环境。",
      "使用期限一般不超过两年，且不超过临时用地批准期限。",
    ],
    materials: [
      { name: "临时建设工程规划许可申请表", download: TEMPORARY_FORM },
      { name: "土地使用权证明或临时用地批准文件", form: "COPY" },
      { name: "临时建设设计图", copies: 2, note: "含总平面图和平、立、剖面图，总平面图标明与周边建筑、道路的距离" },
      { name: "临时建筑按期拆除承诺书", download: DEMOLITION_PLEDGE },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "审查",
        actor: "建设工程规划科",
        description: "审查临时建设对规划实施、交通和市容的影响，必要时现场踏勘。",
        days: 3,
        outcome: "审查意见",
      },
      decide(2),
      deliver("临时建设工程规划许可证"),
    ],
    statutoryDays: 20,
    promisedDays: 7,
    faq: [
      {
        question: "临时建筑到期后可以延期吗？",
        answer: "确需延期的，应当在使用期限届满 30 日前申请延期，延期以一次为限；未获批准的，应按期拆除。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, LAND_LAW],
  },
  {
    slug: "design-scheme-review",
    itemName: "建设工程设计方案审查",
    category: "建设工程",
    department: "construction",
    daysAgo: 130,
    summary: "申请建设工程规划许可前审查设计方案，承诺 10 个工作日；专家评审和批前公示时间另计。",
    body: [
      "建设工程设计方案是核发建设工程规划许可证的依据。我局审查设计方案是否符合规划条件和城市规划管理技术规定，重大项目组织专家评审。",
      "设计方案在审批前于本网站规划公示栏目和项目现场公示 10 日，利害关系人可在公示期内提出意见。专家评审和公示时间不计入承诺时限。",
    ],
    legalBasis: [
      { law: PLANNING_LAW, article: "第四十条" },
      { law: LICENSING_LAW, article: "第三十六条" },
    ],
    conditions: [
      "已取得建设用地规划许可证，或已签订附有规划条件的国有土地使用权出让合同。",
      "设计方案由具有相应资质的设计单位编制。",
      "设计方案符合规划条件和城市规划管理技术规定。",
    ],
    materials: [
      { name: "建设工程设计方案审查申请表", download: DESIGN_REVIEW_FORM },
      { name: "规划条件或建设用地规划许可证", form: "COPY" },
      {
        name: "设计方案文本及图纸",
        copies: 2,
        note: "含总平面图、交通组织、竖向设计、效果图及主要技术经济指标，附电子文件",
      },
      { name: "日照分析报告", required: false, note: "对周边住宅、学校、医院等有日照影响的项目提供" },
      { name: "交通影响评价报告", required: false, note: "按规定需要进行交通影响评价的项目提供" },
      IDENTITY,
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "技术审查",
        actor: "建设工程规划科",
        description: "审查总平面布局、建筑退让与间距、日照、交通组织和城市设计要求。",
        days: 5,
        outcome: "技术审查意见",
      },
      {
        name: "专家评审",
        actor: "规划委员会专家",
        description: "重大项目和高度超过 100 米的建筑组织专家评审。评审时间不计入承诺时限。",
        days: 5,
        outcome: "专家评审意见",
        excludedFromLimit: true,
      },
      {
        name: "批前公示",
        actor: "建设工程规划科",
        description: "在本网站规划公示栏目和项目现场公示设计方案 10 日，听取利害关系人意见。公示时间不计入承诺时限。",
        days: 10,
        outcome: "公示意见处理情况",
        excludedFromLimit: true,
      },
      decide(3),
      {
        name: "出具审查意见",
        actor: "市政务服务中心规划窗口",
        description: "出具设计方案审查意见，通过的可申请建设工程规划许可证。",
        days: 1,
        outcome: "设计方案审查意见书",
      },
    ],
    statutoryDays: 20,
    promisedDays: 10,
    faq: [
      {
        question: "公示期间收到反对意见怎么办？",
        answer: "我局将核实意见所涉事实，必要时组织听证或要求建设单位修改方案；处理情况在审查意见中说明。",
      },
    ],
    relatedLaws: [LICENSING_LAW, PLANNING_LAW, GUANGXI_MEASURES],
  },
  {
    slug: "elevator-retrofit-permit",
    itemName: "既有住宅增设电梯规划许可",
    category: "建设工程",
    department: "construction",
    daysAgo: 75,
    summary: "老旧小区多层住宅以单元为单位申请增设电梯，承诺 7 个工作日；方案公示时间另计。",
    body: [
      "为方便居民出行，我市支持既有多层住宅增设电梯。增设电梯以单元为单位申请，由业主推选的代表或委托的实施主体办理。",
      "增设电梯方案应在小区显著位置和本网站公示 10 日。公示期间有异议的，由街道、社区组织协商。公示时间不计入承诺时限。",
    ],
    legalBasis: [
      { law: PLANNING_LAW, article: "第四十条" },
      { law: "中华人民共和国民法典", article: "第二百七十八条" },
    ],
    conditions: [
      "四层及以上、未设电梯的既有多层住宅，以单元为单位申请。",
      "经本单元专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意。",
      "增设电梯方案符合消防和结构安全要求，不占用消防车道和登高场地。",
    ],
    materials: [
      { name: "既有住宅增设电梯规划许可申请表", download: ELEVATOR_FORM },
      { name: "业主表决表", note: "每户一表，附业主身份证明复印件", download: OWNERS_VOTE_FORM },
      { name: "房屋权属证明", form: "COPY" },
      { name: "增设电梯设计方案", copies: 2, note: "由具有相应资质的设计单位出具，含总平面图和立面图" },
      { name: "方案公示情况说明", required: false, note: "已在小区自行公示的提供" },
      ATTORNEY,
    ],
    steps: [
      ACCEPT,
      {
        name: "审查",
        actor: "建设工程规划科",
        description: "审查电梯位置、占地和对相邻住户采光、通行的影响。",
        days: 3,
        outcome: "审查意见",
      },
      {
        name: "方案公示",
        actor: "建设工程规划科、所在社区",
        description: "在本网站和小区显著位置公示增设电梯方案 10 日。公示时间不计入承诺时限。",
        days: 10,
        outcome: "公示意见处理情况",
        excludedFromLimit: true,
      },
      decide(2),
      deliver("建设工程规划许可证"),
    ],
    statutoryDays: 20,
    promisedDays: 7,
    faq: [
      {
        question: "一楼住户不同意，能不能加装电梯？",
        answer:
          "表决达到《中华人民共和国民法典》第二百七十八条规定的比例即可申请。方案应尽量减少对低层住户的影响，街道和社区可组织协商。",
      },
    ],
    relatedLaws: [PLANNING_LAW, "中华人民共和国民法典", LICENSING_LAW],
  },
];

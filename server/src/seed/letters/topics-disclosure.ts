// Disclosure requests (依申请公开) for planning documents — permits and their drawings, approvals of
// detailed plans, site selection, completion checks, review minutes — and how 政策法规科 answers
// them under the Regulations on the Disclosure of Government Information (政府信息公开条例).
import type { Rng } from "../rng.js";
import { monthLabel, type Place } from "./places.js";
import { one } from "./topic.js";

export type DisclosureTemplate = "disclosure-granted" | "disclosure-not-held" | "disclosure-withheld";

export interface DisclosureDraft {
  key: string;
  informationTitle: string;
  description: string;
  documentNumber: string | null;
  purpose: string | null;
  template: DisclosureTemplate;
  answer: string[];
  returnOpinion: string;
  /** A company whose interests the information touches (第三十二条), or null. */
  thirdParty: string | null;
}

export interface DisclosureContext {
  place: Place;
  received: Date;
  /** The request does not say which information it wants: the bureau will ask for 补正. */
  vague: boolean;
}

type DisclosureTopic = (r: Rng, ctx: DisclosureContext) => DisclosureDraft;

const permitNumber = (r: Rng, received: Date) =>
  `建字第450100${monthLabel(received, r.int(2, 18)).slice(0, 4)}${String(r.int(1, 999)).padStart(5, "0")}号`;

const permitDocs: DisclosureTopic = (r, { place: p, received, vague }) => {
  const title = vague ? `${p.area}附近在建楼盘的规划资料` : `${p.company}${p.project}建设工程规划许可证及附图`;
  return {
    key: "permit-docs",
    informationTitle: title,
    description: vague
      ? `申请公开${p.estate}附近那个正在建的楼盘的所有规划审批资料，我想知道它会不会影响我家${one(r, ["采光", "通风", "出行"])}。`
      : `申请公开${p.district}${p.area}由${p.company}建设的${p.project}的建设工程规划许可证及附图（含总平面图），用于了解该项目的建筑高度、间距和退让距离。`,
    documentNumber: vague || r.chance(0.5) ? null : permitNumber(r, received),
    purpose: r.chance(0.6) ? "了解项目对本人住房日照、通风的影响" : null,
    template: "disclosure-granted",
    answer: [
      `该项目的建设工程规划许可证已于${monthLabel(received, r.int(2, 12))}在本网站“项目信息查询”栏目批后公布。本机关现向您提供该许可证及附图的复制件，已按您选择的方式送达。`,
    ],
    returnOpinion: "请写明提供的信息范围和送达方式。",
    thirdParty: p.company,
  };
};

const detailedPlanApproval: DisclosureTopic = (r, { place: p, received, vague }) => ({
  key: "plan-approval",
  informationTitle: vague ? `${p.area}规划调整的文件` : `${p.area}片区控制性详细规划（修改）的批复文件`,
  description: vague
    ? `听说${p.area}这边的规划${one(r, ["改了", "要调整", "变了"])}，申请公开相关文件。`
    : `申请公开市人民政府关于${p.district}${p.area}片区控制性详细规划（修改）的批复文件及规划图则。`,
  documentNumber: vague ? null : `南府复〔${monthLabel(received, r.int(3, 15)).slice(0, 4)}〕${r.int(10, 180)}号`,
  purpose: null,
  template: "disclosure-granted",
  answer: [
    `您申请的批复文件属于主动公开的政府信息，已在本网站“政务信息公开”栏目和“规划公示”栏目公开，规划图则同时公布。本机关已将批复文件和图则的电子文本随本答复一并提供。`,
  ],
  returnOpinion: "请告知该信息已主动公开的位置。",
  thirdParty: null,
});

const siteSelection: DisclosureTopic = (r, { place: p }) => {
  const facility = one(r, ["110千伏变电站", "垃圾转运站", "污水提升泵站", "加油加气站"]);
  return {
    key: "site-selection",
    informationTitle: `${p.road}${facility}建设项目选址意见书`,
    description: `听说${p.estate}附近要建${facility}，申请公开该项目的建设项目选址意见书及选址论证报告。`,
    documentNumber: null,
    purpose: "了解项目选址与住宅的距离",
    template: "disclosure-not-held",
    answer: [],
    returnOpinion: "请核实是否检索了全部审批档案。",
    thirdParty: null,
  };
};

const completionCheck: DisclosureTopic = (r, { place: p, received, vague }) => ({
  key: "completion-check",
  informationTitle: vague ? `${p.estate}的验收资料` : `${p.estate}${r.int(2, 3)}期建设工程规划条件核实意见书`,
  description: vague
    ? `申请公开${p.estate}的${one(r, ["验收资料", "竣工资料", "全部审批资料"])}。`
    : `申请公开${p.district}${p.estate}${r.int(2, 3)}期住宅项目的建设工程规划条件核实意见书，以核对小区配套用房和绿地是否按规划建设。`,
  documentNumber: null,
  purpose: r.chance(0.5) ? "业主委员会核对配套设施" : null,
  template: "disclosure-granted",
  answer: [
    `经检索，该项目已于${monthLabel(received, r.int(6, 30))}通过规划条件核实。本机关现向您提供规划条件核实意见书的复制件，其中列明了配套用房和绿地的核实情况。`,
  ],
  returnOpinion: "请写明提供的文件名称和核实时间。",
  thirdParty: null,
});

const reviewMinutes: DisclosureTopic = (r, { place: p }) => ({
  key: "review-minutes",
  informationTitle: `${p.area}片区规划方案专家评审会议纪要`,
  description: `申请公开${p.area}片区${one(r, ["城市设计", "控制性详细规划修改", "更新改造"])}方案专家评审会的会议纪要和专家意见。`,
  documentNumber: null,
  purpose: null,
  template: "disclosure-withheld",
  answer: [
    "十六",
    "您申请的会议纪要和专家意见是本机关在履行行政管理职能过程中形成的讨论记录，属于过程性信息，依据该条第二款可以不予公开。该规划方案的审批结果已在本网站公布，您可以查阅。",
  ],
  returnOpinion: "请写明不予公开的法律依据和理由，并告知可查阅的已公开信息。",
  thirdParty: null,
});

const schoolLayout: DisclosureTopic = (r, { place: p, received }) => ({
  key: "school-layout",
  informationTitle: `${p.area}${p.school}建设项目设计方案总平面图`,
  description: `申请公开${p.district}${p.area}${p.school}建设项目经审定的设计方案总平面图，了解学校出入口和操场的位置。`,
  documentNumber: null,
  purpose: r.chance(0.5) ? "了解学校建设对周边交通的影响" : null,
  template: "disclosure-granted",
  answer: [
    `该项目设计方案已于${monthLabel(received, r.int(2, 10))}审定并批后公布。本机关现向您提供审定的设计方案总平面图复制件，图中标注了学校出入口、操场和接送车辆停靠区的位置。`,
  ],
  returnOpinion: "请写明提供的图纸名称。",
  thirdParty: null,
});

export const DISCLOSURE_TOPICS: readonly DisclosureTopic[] = [
  permitDocs,
  permitDocs,
  detailedPlanApproval,
  siteSelection,
  completionCheck,
  reviewMinutes,
  schoolLayout,
];

/** Topics a request for 补正 can come from: ones whose vague wording the bureau asks to complete. */
export const VAGUE_TOPICS: readonly DisclosureTopic[] = [permitDocs, detailedPlanApproval, completionCheck];

/** Topics whose information touches a company's interests (征求第三方意见). */
export const THIRD_PARTY_TOPICS: readonly DisclosureTopic[] = [permitDocs];

export const COMPLETION_NOTE =
  "您的申请内容不够明确，请补正所需信息的名称、文号，或者项目名称、建设位置等便于本机关查询的特征性描述。补正期间不计算在答复期限内。";

export const thirdPartyNote = (company: string) =>
  `您申请的信息涉及第三方（${company}）的合法权益，本机关已依据《中华人民共和国政府信息公开条例》第三十二条书面征求第三方意见，征求意见所需时间不计算在答复期限内。`;

/** What the granted answer says first after a third party gave its opinion. */
export const afterThirdParty = (company: string) =>
  `本机关依法书面征求了第三方${company}的意见，第三方对附图中涉及企业内部设计参数的部分不同意公开；经审查，该部分不影响您了解项目的建筑高度、间距和退让距离，本机关作区分处理后提供其余内容。`;

export const EXTENSION_REASONS = [
  "申请公开的信息涉及多个年度的审批档案，需调档检索并逐页审查，无法在20个工作日内答复",
  "所申请信息需与市档案馆馆藏档案核对，检索工作量大，经批准延长答复期限",
  "申请内容涉及多个项目的许可文件和附图，需逐项审查是否涉及第三方权益",
] as const;

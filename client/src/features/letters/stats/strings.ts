import type { graphql } from "../../../lib/graphql";

/** zh-CN strings of the public letter statistics page (来信统计). */

type LetterChannel = ReturnType<typeof graphql.scalar<"LetterChannel">>;
type LetterType = ReturnType<typeof graphql.scalar<"LetterType">>;

// Keyed by the schema's enums, so a new channel or type fails typecheck until it has a label.
const CHANNEL_LABELS: Record<LetterChannel, string> = {
  DIRECTOR_MAILBOX: "局长信箱",
  CITIZEN_PLATFORM: "政民互动平台",
  ONLINE_PETITION: "网上信访",
  LEADER_MESSAGE_BOARD: "领导留言板",
  PUBLICITY_COMMENT: "规划公示意见",
};

const TYPE_LABELS: Record<LetterType, string> = {
  CONSULTATION: "咨询",
  OPINION: "意见",
  SUGGESTION: "建议",
  COMPLAINT: "投诉",
  DISCLOSURE_REQUEST: "依申请公开",
};

export const statsStrings = {
  channelLabels: CHANNEL_LABELS,
  typeLabels: TYPE_LABELS,

  pageTitle: "来信统计",
  documentTitle: (period: string) => `来信统计 ${period}`,
  intro:
    "规划局收到的来信按渠道、类型、科室和月份统计，以及按时告知率、按时答复率、办理用时、满意度和公开情况。只统计件数，不含来信内容和个人信息。",
  backToHub: "互动",
  periodLegend: "统计时段",
  year: "年份",
  month: "月份",
  wholeYear: "全年",
  monthOption: (month: number) => `${month} 月`,
  show: "查看",
  period: (year: number, month: number | null) => (month === null ? `${year} 年` : `${year} 年 ${month} 月`),
  exportExcel: "导出 Excel",
  exportHint: "工作人员可下载本时段的统计表（xlsx）。",
  empty: (period: string) => `${period}没有收到来信。`,
  basis: "按受理时间统计（北京时间）。按时率只计已办结或已到期的来信；未到期或中止计时的来信不计入。",

  figures: {
    total: "收到来信",
    totalValue: (count: number) => `${count} 件`,
    replyOnTime: "按时答复率",
    ackOnTime: "按时告知率",
    averageDays: "平均办理用时",
    averageValue: (days: number) => `${days} 个工作日`,
    satisfaction: "满意率",
    none: "—",
    noneHint: "暂无可计算的来信",
  },

  sections: {
    byMonth: "按月份",
    byChannel: "按渠道",
    byType: "按类型",
    byDepartment: "按承办科室",
    onTime: "按时告知与答复",
    handling: "办理用时",
    satisfaction: "满意度",
    publication: "公开情况",
    moderation: "隐藏的公开内容",
  },

  notes: {
    onTime: "告知指复杂来信在规定时限内告知来信人已收到（已告知不算答复）；答复指在答复期限内答复。",
    handling: (replied: number) => `按已答复的 ${replied} 件来信计算，从受理到答复的工作日数（含中止计时的时间）。`,
    handlingNone: "还没有已答复的来信。",
    satisfaction: "满意率 = （满意 + 基本满意）÷ 已评价件数。",
    publication: "经来信人同意、隐去个人信息后公开的来信和答复。",
    moderation: "为保护个人信息或因内容不宜公开而隐藏的公开来信和规划公示意见，按隐藏的月份统计。",
  },

  table: {
    show: (title: string) => `查看“${title}”数据表`,
    item: "项目",
    channel: "渠道",
    type: "类型",
    department: "科室",
    rating: "评价",
    state: "状态",
    count: "件数",
    share: "占比",
    total: "合计",
    month: "月份",
    monthLabel: (month: number) => `${month} 月`,
    unassigned: "未分办",
  },

  onTime: {
    acknowledgement: "告知",
    reply: "答复",
    onTime: "按时",
    late: "超期",
    pending: "未到期",
    rate: "按时率",
  },

  satisfaction: {
    satisfied: "满意",
    basicallySatisfied: "基本满意",
    unsatisfied: "不满意",
    unrated: "未评价",
  },

  publication: {
    published: "已公开",
    hidden: "公开后隐藏",
    unpublished: "未公开",
  },

  moderation: {
    letters: "公开来信",
    comments: "规划公示意见",
    unavailable: "隐藏数量暂时无法加载。",
  },

  chart: {
    label: (title: string) => `${title}图表。数据见下方数据表。`,
    unavailable: "图表暂时无法显示（可能处于离线状态），请查看数据表。",
    loading: "正在加载图表…",
  },
} as const;

import type { graphql } from "../../../lib/graphql";

/** zh-CN strings of the staff screens for publishing letters (来信选登) and moderation. */

type FindingKind = ReturnType<typeof graphql.scalar<"RedactionFindingKind">>;

const FINDING_LABELS: Record<FindingKind, string> = {
  PHONE: "电话号码",
  ID_NUMBER: "身份证号码",
  EMAIL: "电子邮箱",
  NAME: "姓名",
  ADDRESS: "地址",
};

export const moderationStrings = {
  findingLabels: FINDING_LABELS,
  busy: "正在处理…",

  publish: {
    pageTitle: "公开来信",
    intro:
      "公开前须隐去个人信息。系统已标出疑似个人信息并生成隐去后的文本；请逐项核对，可修改公开文本。来信人本人的姓名、电话等只能隐去。",
    backToLetter: "返回来信",
    forbidden: "公开来信需要网站维护或管理员角色。",
    notFound: "找不到这封来信。",
    blockedHeading: "这封来信不能公开",
    fields: { subject: "标题", body: "来信内容", reply: "答复内容" },
    original: "原文",
    noFindings: "未发现疑似个人信息。",
    findingsHeading: (count: number) => `疑似个人信息（${count} 处）`,
    finding: (kind: string, text: string) => `${kind}“${text}”`,
    maskedAs: (masked: string) => `隐去为“${masked}”`,
    known: "来信人本人的信息，只能隐去。",
    keep: "核对后不是个人信息，保留原文",
    states: {
      masked: "已隐去",
      kept: "保留原文（已确认）",
      mustMask: "仍在公开文本中：来信人本人信息，必须隐去",
      unresolved: "仍在公开文本中：请隐去或确认保留",
    },
    publicText: (field: string) => `公开的${field}`,
    publicTextHint: "公众看到的就是这段文本。",
    edited: "已手动修改。勾选或取消“保留原文”不会改动手动修改过的文本。",
    regenerate: "按勾选重新生成（放弃手动修改）",
    summaryClean: "标出的疑似个人信息都已隐去或确认保留。公开时系统会再检查一遍公开文本。",
    summaryOutstanding: (count: number) => `还有 ${count} 处疑似个人信息仍在公开文本中，请处理后再公开。`,
    submit: "公开",
    resubmitHint: "已公开的来信再次提交会更新公开内容。",
    refusedFindings: "需要处理的内容：",
    published: "已公开。公众可在“公开信件”中阅读这封来信和答复。",
    toPublished: "查看公开信件",
    toModeration: "公开内容管理",
  },

  moderation: {
    pageTitle: "公开内容管理",
    intro:
      "公开的来信和规划公示意见（公众能看到的内容和意见数）在这里统一管理：不宜公开的可以隐藏，须写明原因；隐藏可以恢复。每月隐藏的数量向公众公开。",
    moderatorsOnly: "隐藏和恢复需要网站维护或管理员角色，您可以查看但不能操作。",
    visibleHeading: "公开信件和公示意见",
    visibleCount: (count: number) => `共 ${count} 条`,
    visibleEmpty: "没有公开的来信或公示意见。",
    accepted: "受理",
    submittedAt: "提交",
    replied: "答复",
    department: "答复部门",
    hide: "隐藏",
    hideLetterLabel: (subject: string) => `隐藏“${subject}”`,
    hideCommentLabel: (at: string) => `隐藏 ${at} 提交的公示意见`,
    editPublication: "修改公开内容",
    editPublicationLabel: (subject: string) => `修改公开内容：${subject}`,
    hideLetterTitle: "隐藏公开信件",
    hideCommentTitle: "隐藏公示意见",
    reason: "隐藏原因",
    reasonHint: "必填，2–200 字。记录在案，不向公众显示。",
    reasonRequired: "请填写隐藏原因",
    hiddenLetter: (subject: string) => `已隐藏“${subject}”。`,
    restoredLetter: (subject: string) => `已恢复“${subject}”，公众可以再次看到。`,
    restore: "恢复",
    restoreLabel: (what: string) => `恢复“${what}”`,

    hiddenHeading: "已隐藏的来信",
    hiddenCount: (count: number) => `共 ${count} 封`,
    hiddenEmpty: "没有已隐藏的来信或公示意见。",
    hiddenForbidden: "查看需要信件办理相关角色。",
    trackingCode: "受理编号",
    hiddenAt: "隐藏于",
    hidden: "已隐藏",
    hiddenReason: (reason: string) => `原因：${reason}`,

    countsHeading: (year: number) => `${year} 年每月隐藏数量`,
    countsIntro: "与“来信统计”页面向公众公开的数字相同。",
    toStatistics: "查看来信统计",
    countsUnavailable: "隐藏数量暂时无法加载。",
  },
} as const;

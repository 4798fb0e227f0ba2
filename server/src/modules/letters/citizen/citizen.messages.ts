// What writers are told (zh-CN), in one place. Refusals meant for bots stay neutral: they say
// nothing about which check failed.
import type { ChallengeFailure } from "../abuse/altcha.js";

export const CITIZEN_MESSAGES = {
  idempotencyKey: "提交标识格式不正确，请刷新页面后重新提交",
  keyReused: "该提交标识已用于另一封来信，请刷新页面后重新提交",
  /** Honeypot filled, or sent too soon after the form opened. */
  neutralRefusal: "提交未成功，请稍候片刻再提交",
  /** A wrong tracking code and a wrong access code get this same answer. */
  wrongCodes: "受理编号或查询码不正确，请核对后重新输入",
  notRepliedYet: "来信尚未答复，答复后才能评价",
  alreadyRated: "您已评价过本次答复，每封来信只能评价一次",
  ratingComment: "评价意见不能超过 500 个字",
} as const;

/** Comments on planning publicity (规划公示意见); the window's own messages are content/publicity.service.ts's. */
export const COMMENT_MESSAGES = {
  noSuchPublicity: "找不到这项规划公示，它可能尚未发布或已删除",
  notPublicity: "这条信息不是规划公示，不接受在线意见",
} as const;

export const CHALLENGE_MESSAGES: Record<ChallengeFailure, string> = {
  missing: "请完成人机验证后再提交",
  invalid: "人机验证未通过，请重新验证后提交",
  expired: "人机验证已过期，请重新验证后提交",
  "too-fast": CITIZEN_MESSAGES.neutralRefusal,
  replayed: "该人机验证已使用过，请重新验证后提交",
};

// GraphQL enums of the letters domain, shared by the citizen and staff schemas.
import { builder } from "../../builder.js";
import { LetterChannel, LetterRating, LetterStatus, LetterType } from "../../generated/prisma/enums.js";

export const LetterChannelEnum = builder.enumType(LetterChannel, {
  name: "LetterChannel",
  description:
    "DIRECTOR_MAILBOX 局长信箱, CITIZEN_PLATFORM 政民互动平台, ONLINE_PETITION 网上信访, LEADER_MESSAGE_BOARD 领导留言板, PUBLICITY_COMMENT 规划公示意见.",
});

export const LetterTypeEnum = builder.enumType(LetterType, {
  name: "LetterType",
  description: "CONSULTATION 咨询, OPINION 意见, SUGGESTION 建议, COMPLAINT 投诉, DISCLOSURE_REQUEST 依申请公开.",
});

export const LetterStatusEnum = builder.enumType(LetterStatus, {
  name: "LetterStatus",
  description:
    "RECEIVED 待登记, REGISTERED 已登记, ASSIGNED 办理中, PAUSED 中止计时, REPLY_IN_REVIEW 答复待审核, REPLIED 已答复, CLOSED 已办结.",
});

export const LetterRatingEnum = builder.enumType(LetterRating, {
  name: "LetterRating",
  description: "SATISFIED 满意, BASICALLY_SATISFIED 基本满意, UNSATISFIED 不满意.",
});

// Closing paragraphs that pages of this kind end with on the bureau's site; generated bodies
// shorter than a reader expects (150 characters) get one or two of them.
import type { ContentKind } from "../../generated/prisma/enums.js";
import type { Rng } from "../rng.js";
import { type ItemSpec, paragraphs, visibleText } from "./spec.js";

// Projects and guides are structured (their details), not prose: they have no closers.
const CLOSERS: Partial<Record<ContentKind, readonly string[]>> = {
  NEWS: [
    "下一步，我局将加强跟踪服务，及时协调解决项目推进中遇到的问题，相关进展将在本网站持续发布。",
    "市民对相关规划有意见建议的，可通过本网站局长信箱或政民互动平台反映，我局将认真研究并及时答复。",
    "相关规划成果已同步更新至本网站电子地图，市民可在手机上按片区查看规划用地和重点项目。",
    "我局将继续坚持开门编规划，在规划编制、审批和实施的各个阶段广泛听取市民和专家的意见。",
  ],
  NOTICE: [
    "请各有关单位相互转告，认真做好相关工作。本通知由南宁市规划管理局负责解释。",
    "本网站“办事流程”栏目已同步更新相关办事指南，市民和企业可在线查阅办理条件、材料和时限。",
  ],
  PUBLICITY: [
    "公示材料同时在项目现场张贴。公示期满后，我局将依法对收到的意见进行研究处理，并将处理情况告知提出意见的利害关系人。",
    "如需查阅纸质公示材料，可在工作日到市政务服务中心规划窗口查阅，查阅时请携带有效身份证件。",
  ],
  EXHIBITION: [
    "南宁市规划展示馆开放时间为周二至周日9:00—17:00，周一闭馆（法定节假日除外），团体参观请提前预约。",
    "展示内容同步在本网站“规划展示”栏目和电子地图中在线展示，欢迎市民浏览并提出意见建议。",
  ],
  DISCLOSURE: [
    "本信息为主动公开信息。公民、法人和其他组织如需获取其他相关政府信息，可依照《中华人民共和国政府信息公开条例》向我局提出申请。",
    "如对本信息有疑问，请联系南宁市规划管理局办公室，联系电话：0771-0000000（示例号码），工作日上午9:00—12:00、下午13:00—17:00。",
  ],
  TOPIC_PAGE: [
    "专题内容将随规划编制和项目建设的进展持续更新，欢迎市民关注并通过局长信箱提出意见建议。",
    "专题中的规划图件可在本网站电子地图中按图层查看，已打开过的页面在手机离线时也可以浏览。",
  ],
  INTERVIEW: [
    "访谈全文和视频回放可在本网站“在线访谈”栏目查看，网民在访谈中提出的其他问题将由相关科室在7个工作日内答复。",
  ],
};

export const MIN_BODY = 150;

/** Appends closing paragraphs until the visible body reaches MIN_BODY characters. */
export function withClosers(spec: ItemSpec, r: Rng): ItemSpec {
  let body = spec.body;
  const closers = CLOSERS[spec.kind] ?? [];
  for (const closer of r.sample(closers, closers.length)) {
    if (visibleText(body).length >= MIN_BODY) break;
    body += paragraphs(closer);
  }
  return body === spec.body ? spec : { ...spec, body };
}

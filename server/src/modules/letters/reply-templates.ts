// Reply templates per letter type (答复模板): the skeleton a handler starts the draft from. Data,
// kept apart from code so the bureau's office can reword them. Placeholders in braces are filled
// from the letter; replies may be published, so no template addresses the writer by name.
import type { LetterType } from "../../generated/prisma/enums.js";

export interface ReplyTemplate {
  key: string;
  title: string;
  body: string;
}

export const REPLY_TEMPLATES: Record<LetterType, readonly ReplyTemplate[]> = {
  CONSULTATION: [
    {
      key: "consultation-answer",
      title: "咨询答复",
      body:
        "您好！您于{receivedDate}通过{channel}咨询的“{subject}”收悉。经{department}核实，现答复如下：\n\n" +
        "【答复内容】\n\n如有疑问，可在工作日工作时间拨打我局咨询电话。感谢您对规划工作的关注！",
    },
    {
      key: "consultation-referral",
      title: "咨询答复（非本局职责）",
      body:
        "您好！您于{receivedDate}咨询的“{subject}”收悉。经核实，该事项不属于我局职责范围，" +
        "建议您向【主管部门】咨询，联系方式：【联系方式】。感谢您的理解与支持！",
    },
  ],
  OPINION: [
    {
      key: "opinion-answer",
      title: "意见答复",
      body:
        "您好！您于{receivedDate}提出的“{subject}”的意见收悉。{department}高度重视，经研究，现答复如下：\n\n" +
        "【答复内容】\n\n感谢您对我市规划工作的关心和支持！",
    },
  ],
  SUGGESTION: [
    {
      key: "suggestion-adopted",
      title: "建议答复（予以采纳）",
      body:
        "您好！您于{receivedDate}提出的“{subject}”的建议收悉。经{department}研究，您的建议具有参考价值，" +
        "我们将在【规划编制/项目审查】工作中予以采纳：\n\n【采纳情况】\n\n感谢您为城市规划建言献策！",
    },
    {
      key: "suggestion-noted",
      title: "建议答复（研究参考）",
      body:
        "您好！您于{receivedDate}提出的“{subject}”的建议收悉。经{department}研究，现说明如下：\n\n" +
        "【说明内容】\n\n您的建议我们已记录，将在今后工作中研究参考。感谢您的关注！",
    },
  ],
  COMPLAINT: [
    {
      key: "complaint-investigated",
      title: "投诉处理答复",
      body:
        "您好！您于{receivedDate}反映的“{subject}”问题收悉。{department}已组织核查，情况如下：\n\n" +
        "【核查情况】\n\n【处理意见】\n\n如对处理结果有异议，可自收到本答复之日起依法申请复查。感谢您的监督！",
    },
  ],
  DISCLOSURE_REQUEST: [
    {
      key: "disclosure-granted",
      title: "政府信息公开申请答复（予以公开）",
      body:
        "您于{receivedDate}提交的政府信息公开申请（“{subject}”）收悉。根据《中华人民共和国政府信息公开条例》" +
        "第三十六条第（二）项的规定，您申请获取的信息属于公开范围，现提供如下：\n\n【信息内容或获取方式】\n\n" +
        "如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
    },
    {
      key: "disclosure-not-held",
      title: "政府信息公开申请答复（信息不存在）",
      body:
        "您于{receivedDate}提交的政府信息公开申请（“{subject}”）收悉。经检索查找，" +
        "根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，本机关未制作或获取您申请公开的政府信息。\n\n" +
        "如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
    },
    {
      key: "disclosure-withheld",
      title: "政府信息公开申请答复（不予公开）",
      body:
        "您于{receivedDate}提交的政府信息公开申请（“{subject}”）收悉。经审查，您申请的信息属于" +
        "《中华人民共和国政府信息公开条例》第【十四/十五/十六】条规定的不予公开范围，理由如下：\n\n【理由】\n\n" +
        "如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。",
    },
  ],
};

export interface TemplateValues {
  subject: string;
  /** "2026年3月2日" */
  receivedDate: string;
  channel: string;
  department: string;
}

/** Fills the placeholders; an unknown placeholder stays visible so the handler notices it. */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? values[key as keyof TemplateValues] : whole,
  );
}

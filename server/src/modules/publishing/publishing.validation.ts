import { z } from "zod";

const url = z
  .string()
  .max(2000, "链接过长")
  .refine((v) => /^(https?:\/\/|\/)/.test(v), "链接须以 http(s):// 或 / 开头");

export const attachment = z.object({
  name: z.string().min(1, "附件名称不能为空").max(200, "附件名称过长"),
  url,
  size: z
    .number()
    .int()
    .min(0)
    .max(500 * 1024 * 1024),
  mimeType: z.string().max(120),
});

const content = {
  title: z.string().trim().min(2, "标题至少 2 个字").max(200, "标题不能超过 200 个字"),
  summary: z.string().trim().max(500, "摘要不能超过 500 个字").nullish(),
  body: z.string().max(500_000, "正文过长"),
  coverImageUrl: url.nullish(),
  videoUrl: url.nullish(),
  attachments: z.array(attachment).max(50, "附件不能超过 50 个").default([]),
  tags: z.array(z.string().trim().min(1).max(30, "标签不能超过 30 个字")).max(20, "标签不能超过 20 个").default([]),
  important: z.boolean().optional(),
  major: z.boolean().default(false),
  changeNote: z.string().trim().max(500, "修改说明不能超过 500 个字").nullish(),
  /**
   * Kind-specific structured content as JSON text (projects, guides…); parsed here, its shape is
   * checked by the kind (content/item-details.ts). Absent keeps the previous revision's details.
   */
  detailsJson: z
    .string()
    .max(1_000_000, "专项信息过长")
    .nullish()
    .transform((text, ctx): unknown => {
      if (text === undefined) return undefined;
      if (text === null || text.trim() === "") return null;
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: "专项信息不是有效的 JSON" });
        return z.NEVER;
      }
    }),
};

/** Renames the parsed detailsJson to details for the services. */
const withDetails = <T extends { detailsJson: unknown }>({ detailsJson, ...rest }: T) => ({
  ...rest,
  details: detailsJson,
});

/** Where the item is filed (see placement.ts); optional on a save, where absent means unchanged. */
const placement = {
  kind: z.enum(
    ["NEWS", "NOTICE", "PUBLICITY", "EXHIBITION", "DISCLOSURE", "TOPIC_PAGE", "INTERVIEW", "PROJECT", "GUIDE"],
    "请选择信息类别",
  ),
  columnSlug: z.string().min(1, "请选择栏目"),
  catalogCode: z.string().nullish(),
  documentNumber: z.string().trim().max(100, "文号过长").nullish(),
  issuingOrgan: z.string().trim().max(100, "发布机构名称过长").nullish(),
  disclosureMode: z.enum(["PROACTIVE", "ON_REQUEST", "NOT_DISCLOSED"], "请选择公开方式").nullish(),
  publicityType: z.enum(["PLAN_DRAFT", "PRE_APPROVAL", "POST_APPROVAL", "OTHER"], "请选择公示类型").nullish(),
};

export const draftContent = z
  .object({
    ...content,
    ...placement,
    kind: placement.kind.nullish(),
    columnSlug: placement.columnSlug.nullish(),
  })
  .transform(withDetails);

export const createItem = z.object({ ...content, ...placement }).transform(withDetails);

export const opinion = z.string().trim().max(2000, "意见不能超过 2000 个字");
export const withdrawReason = z.string().trim().min(5, "请填写撤下原因（至少 5 个字），该原因将向公众显示").max(500);
export const emergencyReason = z.string().trim().min(5, "请填写紧急发布原因（至少 5 个字）").max(500);

// 办事指南: the details of a GUIDE item, as the editor saves them through the publishing workflow
// (content/item-details.ts). A save checks the shape and contradictions (a promised time longer than
// the statutory one); submission checks completeness: the national inspection of government sites
// fails a guide that lacks any of the key elements (事项名称、设定依据、申请条件、申请材料、办理流程、
// 办理时限、办理地点、咨询电话), so the editor cannot send such a guide to review.
import { z } from "zod";
import type { DetailsLink, ItemDetailsKind } from "../content/item-details.js";
import { settleSlug, slugSchema } from "./item-slug.js";

export const MATERIAL_FORMS = ["ORIGINAL", "COPY", "ORIGINAL_AND_COPY"] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

/** Working days: whole days, as the bureau counts its time limits. */
const MAX_DAYS = 365;

const text = (label: string, max: number) =>
  z.string(`${label}应为文字`).trim().max(max, `${label}不能超过 ${max} 个字`).default("");

const required = (label: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文字`) })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);

const list = <T extends z.ZodType>(item: T, label: string, max: number) =>
  z.array(item, `${label}应为列表`).max(max, `${label}最多 ${max} 项`).default([]);

/** A downloadable file: a path on this site (/media/… from the media library) or an http(s) address. */
const fileUrl = (label: string) =>
  z
    .string(`${label}应为网址`)
    .trim()
    .max(2000, `${label}过长`)
    .refine((url) => (url.startsWith("/") && !url.startsWith("//")) || /^https?:\/\/[^\s]+$/i.test(url), {
      message: `${label}应为本站文件（/media/…）或以 http(s):// 开头的网址`,
    })
    .nullish()
    .transform((url) => url || null);

const webUrl = (label: string) =>
  z
    .string(`${label}应为网址`)
    .trim()
    .max(2000, `${label}过长`)
    .refine((url) => /^https?:\/\/[^\s]+$/i.test(url), { message: `${label}应以 http:// 或 https:// 开头` })
    .nullish()
    .transform((url) => url || null);

const days = (label: string, min: number) =>
  z
    .number(`${label}应为数字（工作日）`)
    .int(`${label}应为整数个工作日`)
    .min(min, min === 0 ? `${label}不能为负数` : `${label}至少 ${min} 个工作日`)
    .max(MAX_DAYS, `${label}不能超过 ${MAX_DAYS} 个工作日`);

const legalBasis = z.object({
  law: required("法律法规名称", 100),
  /** 第四十条; absent when a document is cited as a whole (自然资规〔2019〕2号). */
  article: z
    .string("条款应为文字")
    .trim()
    .max(50, "条款不能超过 50 个字")
    .nullish()
    .transform((a) => a || null),
});

const material = z.object({
  name: required("材料名称", 100),
  form: z.enum(MATERIAL_FORMS, "材料形式应为原件、复印件或原件及复印件").default("ORIGINAL"),
  copies: z.number("份数应为数字").int("份数应为整数").min(1, "份数至少为 1").max(99, "份数不能超过 99").default(1),
  required: z.boolean("是否必需应为是或否").default(true),
  note: text("材料说明", 300),
  /** 空白表格 to download. */
  templateUrl: fileUrl("空白表格"),
  /** 填写样例 to download. */
  sampleUrl: fileUrl("填写样例"),
});

const step = z.object({
  name: required("环节名称", 30),
  /** Who acts: 申请人、政务服务中心窗口、用地规划科… */
  actor: text("办理主体", 50),
  description: text("环节说明", 500),
  days: days("环节时限", 0).default(0),
  outcome: text("办理结果", 100),
  /**
   * Time the law does not count towards the limit (行政许可法第四十五条: 听证、检验、鉴定、专家评审…;
   * and 批前公示): shown on the step, left out of the sum that must equal the promised time.
   */
  excludedFromLimit: z.boolean("是否计入时限应为是或否").default(false),
});

const fee = z.object({
  name: required("收费项目", 50),
  /** 按建筑面积每平方米 x 元, 10 元/证…: as the basis states it. */
  amount: required("收费标准", 100),
  basis: text("收费依据", 200),
});

const faq = z.object({
  question: required("问题", 200),
  answer: required("解答", 2000),
});

const relatedLaw = z.object({
  name: required("法规名称", 100),
  url: webUrl("法规链接"),
});

/** Office phone numbers: digits, hyphens, brackets, 转 and separators (0771-0000000、12345). */
const PHONE = /^[0-9０-９+\-－()（）\s、,，;；转]+$/;

export const guideDetailsShape = z
  .object({
    slug: slugSchema.nullish().transform((s) => s || null),
    itemName: text("事项名称", 100),
    category: text("事项类别", 20),
    implementingOrgan: text("实施机关", 100),
    legalBasis: list(legalBasis, "设定依据", 30),
    conditions: list(required("申请条件", 500), "申请条件", 30),
    materials: list(material, "申请材料", 60),
    steps: list(step, "办理流程", 20),
    statutoryDays: days("法定时限", 1)
      .nullish()
      .transform((d) => d ?? null),
    promisedDays: days("承诺时限", 1)
      .nullish()
      .transform((d) => d ?? null),
    /** Empty: 不收费. */
    fees: list(fee, "收费项目", 10),
    officeAddress: text("办理地点", 200),
    officeHours: text("办理时间", 200),
    phone: text("咨询电话", 60).refine((p) => p === "" || PHONE.test(p), {
      message: "咨询电话格式不正确，例如 0771-0000000",
    }),
    onlineUrl: webUrl("网上办理地址"),
    faq: list(faq, "常见问题", 30),
    relatedLaws: list(relatedLaw, "相关法规", 30),
  })
  .superRefine((d, ctx) => {
    if (d.statutoryDays !== null && d.promisedDays !== null && d.promisedDays > d.statutoryDays) {
      ctx.addIssue({
        code: "custom",
        path: ["promisedDays"],
        message: `承诺时限（${d.promisedDays} 个工作日）不能超过法定时限（${d.statutoryDays} 个工作日）`,
      });
    }
    const seen = new Set<string>();
    d.materials.forEach((m, i) => {
      if (seen.has(m.name)) {
        ctx.addIssue({ code: "custom", path: ["materials", i, "name"], message: `申请材料“${m.name}”重复` });
      }
      seen.add(m.name);
    });
  });

export type GuideDetails = z.output<typeof guideDetailsShape>;
export type GuideMaterial = GuideDetails["materials"][number];
export type GuideStep = GuideDetails["steps"][number];

/** Working days of the steps that count towards the time limit. */
export const countedStepDays = (steps: readonly GuideStep[]) =>
  steps.reduce((sum, s) => sum + (s.excludedFromLimit ? 0 : s.days), 0);

/**
 * The key elements a guide still lacks, named as the inspection rules name them. The steps must
 * also add up to the promised time: a stepper that shows 6 days under "承诺 7 个工作日" misleads.
 */
export function guideMissingForReview(details: GuideDetails | undefined): string[] {
  const d = details ?? guideDetailsShape.parse({});
  const missing: string[] = [];
  if (!d.itemName) missing.push("事项名称");
  if (d.legalBasis.length === 0) missing.push("设定依据");
  if (d.conditions.length === 0) missing.push("申请条件");
  if (d.materials.length === 0) missing.push("申请材料");
  if (d.steps.length === 0) missing.push("办理流程");
  if (d.statutoryDays === null || d.promisedDays === null) missing.push("办理时限（法定时限和承诺时限）");
  if (!d.officeAddress) missing.push("办理地点");
  if (!d.phone) missing.push("咨询电话");
  if (d.steps.length > 0 && d.promisedDays !== null && countedStepDays(d.steps) !== d.promisedDays) {
    missing.push(
      `与承诺时限相符的各环节时限（现合计 ${countedStepDays(d.steps)} 个工作日，承诺时限 ${d.promisedDays} 个工作日）`,
    );
  }
  return missing;
}

/** What citizens type to find a guide besides its title: its name, category, organ, laws, materials. */
export function guideSearchText(details: GuideDetails | undefined): string {
  if (!details) return "";
  return [
    details.itemName,
    details.category,
    details.implementingOrgan,
    ...details.legalBasis.map((b) => b.law),
    ...details.materials.map((m) => m.name),
  ]
    .filter(Boolean)
    .join("\n");
}

/** Every address a guide links to or offers for download (网站链接审批 checks the external ones). */
export function guideLinks(details: GuideDetails | undefined): DetailsLink[] {
  if (!details) return [];
  const links: DetailsLink[] = [];
  const add = (url: string | null, path: DetailsLink["path"], label: string) => {
    if (url) links.push({ url, path, label });
  };
  add(details.onlineUrl, ["onlineUrl"], "网上办理地址");
  details.materials.forEach((m, i) => {
    add(m.templateUrl, ["materials", i, "templateUrl"], `申请材料“${m.name}”的空白表格`);
    add(m.sampleUrl, ["materials", i, "sampleUrl"], `申请材料“${m.name}”的填写样例`);
  });
  details.relatedLaws.forEach((law, i) => {
    add(law.url, ["relatedLaws", i, "url"], `相关法规“${law.name}”的链接`);
  });
  return links;
}

export const guideDetailsKind: ItemDetailsKind<GuideDetails | undefined> = {
  kind: "GUIDE",
  // Absent details parse too, so that submission can list every missing element rather than one.
  schema: guideDetailsShape.optional(),
  missingForReview: guideMissingForReview,
  onLive: (tx, item, details) => settleSlug(tx, item, details?.slug, details?.itemName || item.title),
  searchText: guideSearchText,
  links: guideLinks,
};

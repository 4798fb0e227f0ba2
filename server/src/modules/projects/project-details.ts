// The details of a PROJECT item (项目信息): the project and its permits, as the editor saves them
// through the publishing workflow. Drafts may be incomplete; missingForReview names what must be
// there before review. Publication projects them into Project/Permit (projection.ts).
import { decodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { PermitStatus, PermitType, ProjectStage } from "../../generated/prisma/enums.js";
import { contentItemIdOf } from "../content/content.service.js";
import type { DetailsLink } from "../content/item-details.js";
import { isDistrict, unknownDistrictMessage } from "./districts.js";
import { locationSchema } from "./geo.js";
import { landUseClass } from "./land-use-classes.js";

export const STAGE_LABELS: Record<ProjectStage, string> = {
  SITE_SELECTION: "选址",
  LAND_USE_PERMIT: "用地规划许可",
  WORKS_PERMIT: "工程规划许可",
  POST_APPROVAL_PUBLICITY: "批后公示",
  VERIFICATION: "规划核实",
  COMPLETED: "竣工",
};

export const PERMIT_TYPE_LABELS: Record<PermitType, string> = {
  SITE_SELECTION_OPINION: "建设项目选址意见书",
  LAND_USE_PERMIT: "建设用地规划许可证",
  WORKS_PERMIT: "建设工程规划许可证",
  RURAL_PERMIT: "乡村建设规划许可证",
  VERIFICATION_CERTIFICATE: "规划核实合格证",
};

/** The word bureaus put before the number: 选字第…号, 地字第…号, 建字第…号, 乡字第…号, 核字第…号. */
export const PERMIT_NUMBER_PREFIX: Record<PermitType, string> = {
  SITE_SELECTION_OPINION: "选字第",
  LAND_USE_PERMIT: "地字第",
  WORKS_PERMIT: "建字第",
  RURAL_PERMIT: "乡字第",
  VERIFICATION_CERTIFICATE: "核字第",
};

export const PERMIT_STATUS_LABELS: Record<PermitStatus, string> = { VALID: "有效", CHANGED: "变更", REVOKED: "注销" };

const labelList = (labels: Record<string, string>) => Object.values(labels).join("、");

/**
 * Project codes and permit numbers as stored and compared: full-width forms folded (NFKC), spaces
 * removed, Latin letters upper-case. Staff copy them from PDFs and spreadsheets.
 */
export function normalizeNumber(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文字` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过 ${max} 个字`);

const measure = (label: string, unit: string, max: number) =>
  z
    .number({ error: `${label}须为数字（${unit}）` })
    .min(0, `${label}不能为负数`)
    .max(max, `${label}不能超过 ${max}${unit}`);

/** A calendar day, 2026-03-01 (Beijing time, as printed on the permit). */
export const isoDay = (label: string) =>
  z
    .string({ error: `${label}须为日期，如 2026-03-01` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 2026-03-01`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, `${label}不是有效的日期`)
    .refine((v) => v >= "1980-01-01", `${label}过早`);

const url = z
  .string({ error: "链接须为文字" })
  .trim()
  .max(2000, "链接过长")
  .refine((v) => /^(https?:\/\/|\/)/.test(v), "链接须以 http(s):// 或 / 开头");

const file = (label: string) =>
  z.object({
    name: text(`${label}名称`, 200),
    url,
    size: z.number().int().min(0).optional(),
    mimeType: z.string().max(120).optional(),
  });

export const PROJECT_CODE = /^[0-9A-Z][0-9A-Z-]{3,39}$/;

const projectCode = z
  .string({ error: "项目代码须为文字" })
  .transform(normalizeNumber)
  .refine(
    (v) => PROJECT_CODE.test(v),
    "项目代码应为 4–40 位数字、字母和连字符，如全国投资项目在线审批监管平台代码 2026-450103-70-01-000123",
  );

const permitNumber = z
  .string({ error: "许可证号须为文字" })
  .transform(normalizeNumber)
  .refine((v) => v.length >= 4 && v.length <= 60, "许可证号应为 4–60 个字符，如 建字第450100202600123号");

const permitChange = z.object({
  on: isoDay("变更日期"),
  what: text("变更内容", 500),
  reason: text("变更原因", 500),
});

export const permitSchema = z
  .object({
    type: z.enum(PermitType, { error: `许可证类型应为${labelList(PERMIT_TYPE_LABELS)}之一` }),
    number: permitNumber,
    issuedOn: isoDay("发证日期"),
    issuingOrgan: text("发证机关", 100),
    scope: z.string({ error: "许可内容须为文字" }).trim().max(2000, "许可内容不能超过 2000 个字").default(""),
    status: z.enum(PermitStatus, { error: `许可证状态应为${labelList(PERMIT_STATUS_LABELS)}之一` }).default("VALID"),
    changes: z.array(permitChange).max(50, "变更记录不能超过 50 条").default([]),
  })
  .refine((p) => p.status === "VALID" || p.changes.length > 0, {
    message: "状态为变更或注销的许可证须填写变更记录（日期、内容、原因）",
    path: ["changes"],
  })
  .refine((p) => p.changes.every((c) => c.on >= p.issuedOn), {
    message: "变更日期不能早于发证日期",
    path: ["changes"],
  });

const progressNote = z.object({
  quarter: z
    .string({ error: "季度须为文字，如 2026Q3" })
    .trim()
    .regex(/^\d{4}Q[1-4]$/, "季度格式应为 2026Q3"),
  stage: z.enum(ProjectStage, { error: `项目阶段应为${labelList(STAGE_LABELS)}之一` }),
  note: text("进展说明", 1000),
});

/** Whether a reference is written as a global id (base64 of "Type:id"), not as a slug or database id. */
function isGlobalId(ref: string): boolean {
  try {
    decodeGlobalID(ref);
    return true;
  } catch {
    return false;
  }
}

/**
 * A related content item, stored as its slug or database id (what the project's `related` field
 * matches). The editor sends the global id the API gave it: stored as the database id, so that
 * stored details keep one form whoever wrote them.
 */
const relatedItem = z
  .string({ error: "相关信息须为信息的标识" })
  .trim()
  .min(1, "相关信息不能为空")
  .max(200, "相关信息的标识过长")
  .transform((ref, ctx) => {
    if (!isGlobalId(ref)) return ref;
    const id = contentItemIdOf(ref);
    if (id !== null) return id;
    ctx.addIssue({ code: "custom", message: "相关信息的编号无效，请从信息列表中选择" });
    return z.NEVER;
  });

const unique = <T>(items: readonly T[], key: (item: T) => string) => {
  const seen = new Set<string>();
  return items.findIndex((item) => seen.size === seen.add(key(item)).size);
};

export const projectDetailsSchema = z
  .strictObject(
    {
      name: text("项目名称", 100).optional(),
      code: projectCode.optional(),
      /** 建设单位 */
      applicant: text("建设单位", 100).optional(),
      district: z
        .string({ error: "所在城区须为文字" })
        .trim()
        .superRefine((v, ctx) => {
          if (!isDistrict(v)) ctx.addIssue({ code: "custom", message: unknownDistrictMessage(v) });
        })
        .optional(),
      address: text("项目地址", 200).optional(),
      /** GeoJSON Point or Polygon, WGS-84. */
      location: locationSchema.optional(),
      /** 用地面积, ㎡ */
      landAreaM2: measure("用地面积", "平方米", 100_000_000).optional(),
      /** 总建筑面积, ㎡ */
      totalFloorAreaM2: measure("总建筑面积", "平方米", 100_000_000).optional(),
      /** 容积率 */
      floorAreaRatio: measure("容积率", "", 30).optional(),
      /** 绿地率, % */
      greenRatioPercent: measure("绿地率", "%", 100).optional(),
      /** 建筑密度, % */
      buildingDensityPercent: measure("建筑密度", "%", 100).optional(),
      /** 建筑限高, m */
      heightLimitM: measure("建筑限高", "米", 1000).optional(),
      /** Code of 《国土空间调查、规划、用途管制用地用海分类指南》, e.g. 070101. */
      landUseClass: z
        .string({ error: "用地性质须为分类代码" })
        .trim()
        .refine((v) => landUseClass(v) !== undefined, "用地性质应为国土空间用地用海分类的代码，如 0701（城镇住宅用地）")
        .optional(),
      stage: z.enum(ProjectStage, { error: `项目阶段应为${labelList(STAGE_LABELS)}之一` }).optional(),
      keyProject: z.boolean({ error: "重点项目须为 true 或 false" }).default(false),
      /**
       * Slug of a HOT_AREA topic page (五象新区核心区 → wuxiang-core). That the page exists and is
       * published is checked at each save (projection.ts) and import, against topics/hot-areas.ts.
       */
      hotArea: z
        .string({ error: "热点区域须为热点区域页面的标识" })
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "热点区域应为热点区域页面的标识（小写字母、数字和连字符），如 wuxiang-core")
        .nullish(),
      images: z.array(file("图片")).max(30, "图片不能超过 30 张").default([]),
      documents: z.array(file("文件")).max(50, "文件不能超过 50 个").default([]),
      /** Related publicity and news: each a content item's slug, database id or global id (stored as the id). */
      related: z.array(relatedItem).max(20, "相关信息不能超过 20 条").default([]),
      /** 3D model asset (glTF/3D Tiles…), shown by the map. */
      modelUrl: url.nullish(),
      /** Progress per quarter (key projects). */
      progress: z.array(progressNote).max(80, "进展记录不能超过 80 条").default([]),
      permits: z.array(permitSchema).max(100, "许可证不能超过 100 个").default([]),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `不认识的字段：${issue.keys.join("、")}` : undefined) },
  )
  .superRefine((d, ctx) => {
    const permit = unique(d.permits, (p) => p.number);
    if (permit >= 0) {
      ctx.addIssue({
        code: "custom",
        message: `许可证号 ${d.permits[permit]?.number} 重复`,
        path: ["permits", permit, "number"],
      });
    }
    // After the global ids became database ids: the same item chosen twice, however it was named.
    const related = unique(d.related, (r) => r);
    if (related >= 0) {
      ctx.addIssue({ code: "custom", message: "这条相关信息已选过，请勿重复选择", path: ["related", related] });
    }
    const quarter = unique(d.progress, (p) => p.quarter);
    if (quarter >= 0) {
      ctx.addIssue({
        code: "custom",
        message: `${d.progress[quarter]?.quarter} 的进展已填写过，每个季度一条`,
        path: ["progress", quarter, "quarter"],
      });
    }
  });

export type ProjectDetails = z.output<typeof projectDetailsSchema>;
export type PermitDetails = ProjectDetails["permits"][number];

/** What the review needs (named in Chinese, in the order of the editor's form). */
export function missingProjectElements(d: ProjectDetails): string[] {
  const required: Array<[unknown, string]> = [
    [d.name, "项目名称"],
    [d.code, "项目代码"],
    [d.applicant, "建设单位"],
    [d.district, "所在城区"],
    [d.address, "项目地址"],
    [d.stage, "项目阶段"],
    [d.landUseClass, "用地性质"],
    [d.location, "项目位置"],
  ];
  return required.filter(([value]) => value === undefined).map(([, label]) => label);
}

/** Weight-B search text: code, applicant, address, district and every permit number. */
export function projectSearchText(d: ProjectDetails): string {
  return [d.code, d.applicant, d.district, d.address, ...d.permits.map((p) => p.number)].filter(Boolean).join("\n");
}

/** Every address a project offers: its images, documents and 3D model (网站链接审批 checks the external ones). */
export function projectLinks(d: ProjectDetails): DetailsLink[] {
  return [
    ...d.images.map((image, i) => ({ url: image.url, path: ["images", i, "url"], label: `图片“${image.name}”` })),
    ...d.documents.map((doc, i) => ({ url: doc.url, path: ["documents", i, "url"], label: `文件“${doc.name}”` })),
    ...(d.modelUrl ? [{ url: d.modelUrl, path: ["modelUrl"], label: "三维模型" }] : []),
  ];
}

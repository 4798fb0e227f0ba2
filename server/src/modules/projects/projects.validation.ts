// The public lookup's arguments, checked with messages a citizen understands. Filters are plain
// strings (not GraphQL enums) so that an unknown stage or district gets a Chinese explanation
// instead of GraphQL's English "Value … does not exist" error.
import { z } from "zod";
import { ProjectStage } from "../../generated/prisma/enums.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from "../content/search/search.validation.js";
import { isDistrict, unknownDistrictMessage } from "./districts.js";
import { landUseClass } from "./land-use-classes.js";
import { isoDay, STAGE_LABELS } from "./project-details.js";

const STAGES = Object.values(ProjectStage);

/** A stage by its name (WORKS_PERMIT) or its label (工程规划许可). */
function stageOf(value: string): ProjectStage | undefined {
  const v = value.trim();
  return STAGES.find((s) => s === v.toUpperCase() || STAGE_LABELS[s] === v);
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const bboxInput = z
  .object({
    west: z.number().min(-180, "地图范围的经度应在 -180 到 180 之间").max(180, "地图范围的经度应在 -180 到 180 之间"),
    south: z.number().min(-90, "地图范围的纬度应在 -90 到 90 之间").max(90, "地图范围的纬度应在 -90 到 90 之间"),
    east: z.number().min(-180, "地图范围的经度应在 -180 到 180 之间").max(180, "地图范围的经度应在 -180 到 180 之间"),
    north: z.number().min(-90, "地图范围的纬度应在 -90 到 90 之间").max(90, "地图范围的纬度应在 -90 到 90 之间"),
  })
  .refine((b) => b.west <= b.east, { message: "地图范围的西边界不能在东边界以东", path: ["east"] })
  .refine((b) => b.south <= b.north, { message: "地图范围的南边界不能在北边界以北", path: ["north"] });

export const projectsInput = z
  .object({
    query: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .refine((q) => Array.from(q).length <= MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字`)
        .nullish(),
    ),
    district: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .superRefine((v, ctx) => {
          if (!isDistrict(v)) ctx.addIssue({ code: "custom", message: unknownDistrictMessage(v) });
        })
        .nullish(),
    ),
    stage: z.preprocess(
      blankToNull,
      z
        .string()
        .transform((v, ctx) => {
          const stage = stageOf(v);
          if (stage) return stage;
          ctx.addIssue({
            code: "custom",
            message: `没有“${v}”这个项目阶段，可选：${Object.values(STAGE_LABELS).join("、")}`,
          });
          return z.NEVER;
        })
        .nullish(),
    ),
    landUseClass: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .refine(
          (v) => landUseClass(v) !== undefined,
          "没有这个用地分类代码，请按国土空间用地用海分类填写，如 07（居住用地）或 0701（城镇住宅用地）",
        )
        .nullish(),
    ),
    keyProject: z.boolean().nullish(),
    hotArea: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "热点区域的标识不正确")
        .nullish(),
    ),
    issuedFrom: z.preprocess(blankToNull, isoDay("发证日期的开始").nullish()),
    issuedTo: z.preprocess(blankToNull, isoDay("发证日期的结束").nullish()),
    bbox: bboxInput.nullish(),
    first: z
      .number()
      .int()
      .min(0, "每页条数不能为负数")
      .nullish()
      // Like the other public lists: an oversized page is clamped, not refused.
      .transform((n) => Math.min(n ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)),
    after: z.string().max(200, "分页参数无效").nullish(),
  })
  .refine((v) => !(v.issuedFrom && v.issuedTo && v.issuedFrom > v.issuedTo), {
    message: "发证日期的开始不能晚于结束",
    path: ["issuedTo"],
  });

export type ProjectsInput = z.input<typeof projectsInput>;
export type ProjectsFilter = z.output<typeof projectsInput>;

/** An import file: CSV text or base64 .xlsx bytes (~7.5 MB of spreadsheet). */
export const importContent = z
  .string()
  .min(1, "文件为空")
  .max(10_000_000, "文件过大，请分批导入（每次不超过 2000 行）");

// 专题 and 热点区域: the details of a TOPIC_PAGE item (content/item-details.ts). A topic page shows
// an area on the map (its extent and layers, drawn by the map issue) and gathers what belongs to it:
// projects by code, published content items, and service guides. Topic pages written before
// details existed have none and keep working as plain pages (type TOPIC, no map).
import { z } from "zod";
import { contentItemIdOf } from "../content/content.service.js";
import type { ItemDetailsKind } from "../content/item-details.js";
import { settleSlug, slugSchema } from "../guides/item-slug.js";

export const TOPIC_TYPES = ["TOPIC", "HOT_AREA"] as const;
export type TopicType = (typeof TOPIC_TYPES)[number];

/** [west, south, east, north] in WGS-84 degrees (the map issue converts to GCJ-02 for its basemap). */
export type Extent = [number, number, number, number];

const degrees = z.number("地图范围应为四个经纬度数值").refine(Number.isFinite, "地图范围应为四个经纬度数值");

const extent = z
  .tuple([degrees, degrees, degrees, degrees], "地图范围应为 [西, 南, 东, 北] 四个经纬度数值")
  .superRefine(([west, south, east, north], ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: "custom", message });
    if ([west, east].some((lng) => lng < -180 || lng > 180)) fail("地图范围的经度应在 -180 到 180 之间");
    else if ([south, north].some((lat) => lat < -90 || lat > 90)) fail("地图范围的纬度应在 -90 到 90 之间");
    else if (west >= east) fail("地图范围的西边界应小于东边界");
    else if (south >= north) fail("地图范围的南边界应小于北边界");
  });

const unique = <T extends z.ZodType<string>>(item: T, label: string, max: number) =>
  z
    .array(item, `${label}应为列表`)
    .max(max, `${label}最多 ${max} 项`)
    .default([])
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((value, i) => {
        if (seen.has(value)) ctx.addIssue({ code: "custom", path: [i], message: `${label}“${value}”重复` });
        seen.add(value);
      });
    });

/** Map layer ids, as the map issue will name its layers (water-system, rail-transit…). */
const LAYER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export const topicDetailsShape = z.object({
  slug: slugSchema.nullish().transform((s) => s || null),
  type: z
    .enum(TOPIC_TYPES, "专题类型应为专题（TOPIC）或热点区域（HOT_AREA）")
    .nullish()
    .transform((t) => t ?? null),
  extent: extent.nullish().transform((e): Extent | null => e ?? null),
  layers: unique(
    z.string("图层编号应为文字").trim().regex(LAYER_ID, "图层编号只能由小写字母、数字、点、下划线和连字符组成"),
    "图层",
    20,
  ),
  relatedProjectCodes: unique(
    z.string("项目代码应为文字").trim().min(1, "项目代码不能为空").max(50, "项目代码不能超过 50 个字符"),
    "相关项目",
    100,
  ),
  /** Global ids of ContentItems (news, publicity, disclosure…), in the order to show them. */
  relatedItemIds: unique(
    z
      .string("相关信息应为信息编号")
      .trim()
      .refine((id) => contentItemIdOf(id) !== null, "相关信息的编号无效，请从信息列表中选择"),
    "相关信息",
    50,
  ),
  relatedGuideSlugs: unique(slugSchema, "相关办事指南", 30),
});

export type TopicDetails = z.output<typeof topicDetailsShape>;

export const TYPE_LABEL: Record<TopicType, string> = { TOPIC: "专题", HOT_AREA: "热点区域" };

/** A page with details must say what it is and where it is on the map; one without stays a plain page. */
export function topicMissingForReview(details: TopicDetails | undefined): string[] {
  if (!details) return [];
  const missing: string[] = [];
  if (!details.type) missing.push("专题类型（专题或热点区域）");
  if (!details.extent) missing.push("地图范围");
  return missing;
}

export const topicDetailsKind: ItemDetailsKind<TopicDetails | undefined> = {
  kind: "TOPIC_PAGE",
  // Topic pages without details (all those written before details existed) pass as they are.
  schema: topicDetailsShape.optional(),
  missingForReview: topicMissingForReview,
  onLive: (tx, item, details) => settleSlug(tx, item, details?.slug, item.title),
  searchText: (details) => (details?.type ? TYPE_LABEL[details.type] : ""),
};

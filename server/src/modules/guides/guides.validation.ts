import { z } from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from "../content/search/search.validation.js";

/** Arguments of `guides`; the query itself is checked again by the content search. */
export const guidesArgs = z.object({
  category: z
    .string()
    .trim()
    .max(20, "事项类别不能超过 20 个字")
    .nullish()
    .transform((c) => c || null),
  query: z
    .string()
    .trim()
    .refine((q) => Array.from(q).length <= MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字`)
    .nullish()
    .transform((q) => q || null),
  first: z
    .number()
    .int()
    .min(0, "每页条数不能为负数")
    .nullish()
    // Like the other public lists: an oversized page is clamped, not refused.
    .transform((n) => Math.min(n ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)),
  after: z.string().max(200, "分页参数无效").nullish(),
});

export type GuidesArgs = z.output<typeof guidesArgs>;

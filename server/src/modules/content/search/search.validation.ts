import { z } from "zod";
import { ContentKind } from "../../../generated/prisma/enums.js";

export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;

/** Characters as a citizen counts them (an emoji or a rare character is one, not two). */
const characters = (s: string) => Array.from(s).length;

export const searchInput = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, "请输入搜索词")
      .refine((q) => characters(q) <= MAX_QUERY_LENGTH, `搜索词不能超过 ${MAX_QUERY_LENGTH} 个字`),
    first: z
      .number()
      .int()
      .min(0, "每页条数不能为负数")
      .nullish()
      // Like the other public lists: an oversized page is clamped, not refused.
      .transform((n) => Math.min(n ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)),
    after: z.string().max(200, "分页参数无效").nullish(),
    columnSlug: z.string().trim().max(100, "栏目不存在").nullish(),
    kind: z.enum(ContentKind).nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .refine((v) => !(v.from && v.to && v.from > v.to), {
    message: "开始日期不能晚于结束日期",
    path: ["to"],
  });

export type SearchInput = z.input<typeof searchInput>;
export type ParsedSearchInput = z.output<typeof searchInput>;

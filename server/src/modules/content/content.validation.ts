import { z } from "zod";

/** `contentItems` arguments checked together. Loose: the connection's first/after pass through. */
export const contentItemsArgs = z
  .looseObject({ from: z.date().nullish(), to: z.date().nullish() })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: "开始日期不能晚于结束日期", path: ["from"] });

/** `contentItem` is looked up by exactly one of id and slug. */
export const contentItemArgs = z
  .looseObject({
    id: z.string().nullish(),
    slug: z.string().max(200, "slug 过长").nullish(),
  })
  .refine((a) => (a.id == null) !== (a.slug == null), { message: "请提供 id 或 slug 其中之一" });

// Published letters (来信选登): letters whose writers agreed, with the texts staff redacted at
// publication. The national guideline for government sites asks for the acceptance date, the
// reply date, the replying department and the reply; nothing here reads a personal field.
import { z } from "zod";
import type { Prisma } from "../../../generated/prisma/client.js";
import { LetterType } from "../../../generated/prisma/enums.js";
import { startOfShanghaiDay } from "../../calendar/shanghai-day.js";

/** Published, not hidden by moderation. */
export const PUBLICLY_VISIBLE = { publishedAt: { not: null }, hiddenAt: null } satisfies Prisma.LetterWhereInput;

/** Loose: the connection's first/after pass through. */
export const publishedFilter = z.looseObject({
  type: z.enum(LetterType).nullish(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式应为 YYYY-MM，如 2026-03")
    .nullish(),
  search: z.string().trim().max(50, "搜索词不能超过 50 个字").nullish(),
});

export interface PublishedFilter {
  type?: LetterType | null | undefined;
  month?: string | null | undefined;
  search?: string | null | undefined;
}

/** Month "YYYY-MM" of acceptance (受理), in Beijing time, as a UTC range. */
export function monthRange(month: string): { gte: Date; lt: Date } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { gte: startOfShanghaiDay(`${month}-01`), lt: startOfShanghaiDay(`${next}-01`) };
}

export function publishedWhere(filter: PublishedFilter): Prisma.LetterWhereInput {
  const search = filter.search?.trim();
  return {
    ...PUBLICLY_VISIBLE,
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.month ? { receivedAt: monthRange(filter.month) } : {}),
    // Only the redacted texts are searched: a search must not find a letter by its writer's name.
    ...(search
      ? {
          OR: [
            { publicSubject: { contains: search, mode: "insensitive" } },
            { publicBody: { contains: search, mode: "insensitive" } },
            { publicReply: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** Newest reply first: what citizens come to read. */
export const PUBLISHED_ORDER = [
  { repliedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.LetterOrderByWithRelationInput[];

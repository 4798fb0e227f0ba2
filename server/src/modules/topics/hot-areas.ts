// 热点区域: the one vocabulary of hot areas. A project's hotArea names a HOT_AREA topic page by its
// slug (五象新区核心区 → wuxiang-core); the lookup's filter offers the published ones by title.
// A page that goes offline (withdrawn, expired, removed) is no longer offered to new projects, but
// the projects that already name it keep the slug: saving them again is allowed, and they are found
// under it again once the page is republished.
import type { Prisma } from "../../generated/prisma/client.js";
import { PUBLISHED } from "../content/content.service.js";
import { topicDetailsShape } from "./topic-details.js";

type Db = Pick<Prisma.TransactionClient, "contentItem">;

export interface HotArea {
  slug: string;
  /** The page's title without its "热点区域：" heading, e.g. 五象新区核心区. */
  name: string;
}

/** "热点区域：五象新区核心区" → "五象新区核心区" (the pages are titled so in the topic list). */
export const hotAreaName = (title: string) => title.replace(/^\s*热点区域\s*[：:]\s*/, "").trim() || title;

/**
 * The published HOT_AREA pages, by slug. A bureau has a handful of topic pages: their type is read
 * from the details here, as the topics list does.
 */
export async function publishedHotAreas(db: Db): Promise<HotArea[]> {
  const pages = await db.contentItem.findMany({
    where: { ...PUBLISHED, kind: "TOPIC_PAGE", slug: { not: null } },
    select: { slug: true, title: true, details: true },
    orderBy: { slug: "asc" },
  });
  return pages.flatMap((page) => {
    const details = topicDetailsShape.safeParse(page.details ?? undefined);
    return details.success && details.data.type === "HOT_AREA" && page.slug
      ? [{ slug: page.slug, name: hotAreaName(page.title) }]
      : [];
  });
}

/** Why a hot-area slug cannot be saved, naming the valid ones; null when it can. */
export function unknownHotAreaMessage(slug: string, areas: readonly HotArea[]): string | null {
  if (areas.some((area) => area.slug === slug)) return null;
  const valid = areas.map((area) => `${area.slug}（${area.name}）`).join("、");
  return valid
    ? `热点区域“${slug}”不是已发布的热点区域页面，可填：${valid}`
    : `热点区域“${slug}”不是已发布的热点区域页面，目前没有已发布的热点区域，请留空`;
}

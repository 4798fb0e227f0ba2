// Topic pages and hot areas as citizens read them, with what they relate to resolved to what is
// published now: an item or guide that was withdrawn since the page was written simply drops out.
import type { Context } from "../../context.js";
import { gone, notFound } from "../../errors.js";
import type { ContentItem, Prisma } from "../../generated/prisma/client.js";
import { contentItemIdOf, isReachable, PUBLISHED } from "../content/content.service.js";
import { PUBLISHED_GUIDE } from "../guides/guides.service.js";
import { type TopicDetails, type TopicType, topicDetailsShape } from "./topic-details.js";

export const PUBLISHED_TOPIC = { ...PUBLISHED, kind: "TOPIC_PAGE" } satisfies Prisma.ContentItemWhereInput;

const parsed = new WeakMap<object, TopicDetails | null>();

/** A topic page's details, parsed once per row; null for pages without (or with unreadable) details. */
export function topicDetailsOf(item: Pick<ContentItem, "details">): TopicDetails | null {
  if (parsed.has(item)) return parsed.get(item) ?? null;
  const result = item.details === null ? null : topicDetailsShape.safeParse(item.details);
  const details = result?.success ? result.data : null;
  parsed.set(item, details);
  return details;
}

/** Pages without details are plain topics. */
export const topicTypeOf = (item: Pick<ContentItem, "details">): TopicType => topicDetailsOf(item)?.type ?? "TOPIC";

/**
 * Published topic pages (of one type), newest first. A bureau has a handful: the type is read from
 * the details here rather than with a JSON filter, so that pages without details count as topics.
 */
export async function listTopics(
  ctx: Context,
  query: { include?: Prisma.ContentItemInclude; select?: Prisma.ContentItemSelect },
  type: TopicType | null,
): Promise<ContentItem[]> {
  const items = (await ctx.prisma.contentItem.findMany({
    ...query,
    where: PUBLISHED_TOPIC,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  })) as ContentItem[];
  return type ? items.filter((item) => topicTypeOf(item) === type) : items;
}

/**
 * The topic page at this slug. One taken offline is GONE with the reason (an old link learns why);
 * anything else NOT_FOUND.
 */
export function readableTopic<T extends ContentItem>(item: T | null): T {
  if (item?.kind !== "TOPIC_PAGE") throw notFound("专题");
  if (item.status === "PUBLISHED" && isReachable(item)) return item;
  if (isReachable(item) || (item.removed && item.publishedAt !== null)) {
    throw gone(`该专题已撤下${item.withdrawReason ? `：${item.withdrawReason}` : ""}`);
  }
  throw notFound("专题");
}

/** The database ids of a topic's related items, in the editor's order (malformed ids dropped). */
const relatedItemIds = (topic: ContentItem) =>
  (topicDetailsOf(topic)?.relatedItemIds ?? []).flatMap((globalId) => {
    const id = contentItemIdOf(globalId);
    return id && id !== topic.id ? [id] : [];
  });

// One query per topic and relation: a page shows one topic, the 查询 tab lists a handful and does
// not ask for their related items.

/** The related content items that are published now, in the editor's order. */
export async function relatedItems(ctx: Context, topic: ContentItem): Promise<ContentItem[]> {
  const ids = relatedItemIds(topic);
  if (ids.length === 0) return [];
  const items = await ctx.prisma.contentItem.findMany({ where: { ...PUBLISHED, id: { in: ids } } });
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The related guides that are published now, in the editor's order. */
export async function relatedGuides(ctx: Context, topic: ContentItem): Promise<ContentItem[]> {
  const slugs = topicDetailsOf(topic)?.relatedGuideSlugs ?? [];
  if (slugs.length === 0) return [];
  const guides = await ctx.prisma.contentItem.findMany({ where: { ...PUBLISHED_GUIDE, slug: { in: slugs } } });
  const bySlug = new Map(guides.map((guide) => [guide.slug, guide]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

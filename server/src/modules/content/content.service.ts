// What citizens may read, and the rules behind the public content API: visibility, the column and
// catalog trees, list filters, change notes and attachments.
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { Context } from "../../context.js";
import { badInput, gone, notFound } from "../../errors.js";
import type { Column, ContentItem, DisclosureCatalog, Prisma } from "../../generated/prisma/client.js";
import type { ContentKind, ContentStatus } from "../../generated/prisma/enums.js";
import { buildTree, type OwnStats, perRequest, subtreeIds, type Tree, type TreeNode, type TreeRow } from "./tree.js";

/** Listed to citizens: published, with a publication time, and not taken down. */
export const PUBLISHED = {
  status: "PUBLISHED",
  publishedAt: { not: null },
  removed: false,
} satisfies Prisma.ContentItemWhereInput;

/**
 * Openable by citizens by id or slug: besides published items, a withdrawn item keeps its page
 * (with the reason) and an expired one keeps its page (marked expired). Neither is listed.
 */
const REACHABLE_STATUSES: ContentStatus[] = ["PUBLISHED", "WITHDRAWN", "EXPIRED"];
export const REACHABLE = {
  status: { in: REACHABLE_STATUSES },
  publishedAt: { not: null },
  removed: false,
} satisfies Prisma.ContentItemWhereInput;

export function isReachable(item: Pick<ContentItem, "status" | "publishedAt" | "removed">): boolean {
  return REACHABLE_STATUSES.includes(item.status) && item.publishedAt !== null && !item.removed;
}

/**
 * The database id inside a ContentItem global id, or null when the id is malformed or names
 * another type. Citizens reach ids through links, so a bad one is NOT_FOUND, not a syntax error.
 */
export function contentItemIdOf(globalId: string): string | null {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return typename === "ContentItem" ? id : null;
  } catch {
    return null;
  }
}

/** A withdrawn item taken down completely: the client shows a 410-style page. */
export const goneItem = () => gone("该信息已撤下");

/**
 * The gate of `contentItem(id|slug)`. Staff read any item (drafts included); citizens get
 * reachable items, GONE for removed ones and NOT_FOUND for everything else (a draft's existence
 * is not revealed). `load` must return the full row (the ContentItem type selects with include).
 */
export async function readableItem<T extends ContentItem>(ctx: Context, load: () => Promise<T | null>): Promise<T> {
  const item = await load();
  if (!item) throw notFound("信息");
  if (ctx.viewer) return item;
  if (item.removed && item.publishedAt !== null) throw goneItem();
  if (!isReachable(item)) throw notFound("信息");
  return item;
}

// ───────────────────────────── trees ─────────────────────────────

export type ColumnTree = Tree<Column> & { bySlug: Map<string, TreeNode<Column>> };
export type ColumnNode = TreeNode<Column>;
export type CatalogTree = Tree<DisclosureCatalog> & { byCode: Map<string, TreeNode<DisclosureCatalog>> };
export type CatalogNode = TreeNode<DisclosureCatalog>;

function ownStats(rows: Array<{ key: string | null; count: number; latest: Date | null }>): Map<string, OwnStats> {
  const stats = new Map<string, OwnStats>();
  for (const r of rows) if (r.key) stats.set(r.key, { count: r.count, latestPublishedAt: r.latest });
  return stats;
}

const columnRows = perRequest((ctx: Context) =>
  ctx.prisma.column.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
);
const catalogRows = perRequest((ctx: Context) =>
  ctx.prisma.disclosureCatalog.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
);

/**
 * A tree without counts, by key, for list filters: the counts cost a GROUP BY over every published
 * item (about 13 ms at 10,000 items on PGlite), which a list of one column does not need.
 */
function shapeBy<T extends TreeRow>(rows: (ctx: Context) => Promise<T[]>, key: (row: T) => string) {
  return perRequest(async (ctx: Context) => {
    const tree = buildTree(await rows(ctx), new Map());
    return new Map([...tree.byId.values()].map((n) => [key(n.row), n]));
  });
}
const columnShape = shapeBy(columnRows, (c) => c.slug);
const catalogShape = shapeBy(catalogRows, (c) => c.code);

/** All columns with published-item counts, loaded once per request. */
export const columnTree = perRequest(async (ctx: Context): Promise<ColumnTree> => {
  const [rows, groups] = await Promise.all([
    columnRows(ctx),
    ctx.prisma.contentItem.groupBy({
      by: ["columnId"],
      where: PUBLISHED,
      _count: { _all: true },
      _max: { publishedAt: true },
    }),
  ]);
  const tree = buildTree(
    rows,
    ownStats(groups.map((g) => ({ key: g.columnId, count: g._count._all, latest: g._max.publishedAt }))),
  );
  return { ...tree, bySlug: new Map([...tree.byId.values()].map((n) => [n.row.slug, n])) };
});

/** All catalog entries with published-item counts, loaded once per request. */
export const catalogTree = perRequest(async (ctx: Context): Promise<CatalogTree> => {
  const [rows, groups] = await Promise.all([
    catalogRows(ctx),
    ctx.prisma.contentItem.groupBy({
      by: ["catalogId"],
      where: { ...PUBLISHED, catalogId: { not: null } },
      _count: { _all: true },
      _max: { publishedAt: true },
    }),
  ]);
  const tree = buildTree(
    rows,
    ownStats(groups.map((g) => ({ key: g.catalogId, count: g._count._all, latest: g._max.publishedAt }))),
  );
  return { ...tree, byCode: new Map([...tree.byId.values()].map((n) => [n.row.code, n])) };
});

/**
 * A column is blank when neither it nor any descendant has a listed item. National website
 * inspections count a blank column as a failure, so citizens never see one.
 */
export const isBlank = (node: ColumnNode) => node.itemCount === 0;

/** Sub-columns a citizen sees: in the navigation and not blank. */
export const visibleChildren = (node: ColumnNode) => node.children.filter((c) => c.row.showInNav && !isBlank(c));

// ───────────────────────────── lists ─────────────────────────────

export interface ListFilter {
  column?: string | null;
  kind?: ContentKind | null;
  catalogCode?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The where-clause of `contentItems`; unknown slugs and codes are the user's to fix. */
export async function listWhere(ctx: Context, filter: ListFilter): Promise<Prisma.ContentItemWhereInput> {
  const where: Prisma.ContentItemWhereInput[] = [PUBLISHED];
  if (filter.column) {
    const node = (await columnShape(ctx)).get(filter.column);
    if (!node) throw badInput(`栏目“${filter.column}”不存在`, "column");
    where.push({ columnId: { in: subtreeIds(node) } });
  }
  if (filter.catalogCode) {
    const node = (await catalogShape(ctx)).get(filter.catalogCode);
    if (!node) throw badInput(`公开目录“${filter.catalogCode}”不存在`, "catalogCode");
    where.push({ catalogId: { in: subtreeIds(node) } });
  }
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.from || filter.to) {
    where.push({
      publishedAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) },
    });
  }
  return { AND: where };
}

/** The order of every public list: newest first, ties by id. */
export const NEWEST_FIRST = [
  { publishedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ContentItemOrderByWithRelationInput[];

/** The paging part of a Pothos prismaConnection query (`cursor: "id"`). */
export interface CursorPage {
  cursor?: Prisma.ContentItemWhereUniqueInput;
  take?: number;
  skip?: number;
}

/**
 * A page of a newest-first list as a keyset condition. Prisma 6.19 pages a `cursor` in memory: it
 * reads every matching row after the cursor (bodies included) and slices, so page 2 of a 10,000-item
 * column cost 50 ms (scripts/bench-content.ts). The condition lets the database stop after `take`
 * rows. Cursors stay the same (the item id); the cursor's item is looked up even if it has left the
 * list since (withdrawn), so scrolling goes on past it. Null: the cursor names no item (empty page).
 */
export async function newestFirstPage<Q extends CursorPage>(
  ctx: Context,
  query: Q,
): Promise<(Omit<Q, keyof CursorPage> & { take?: number; where: Prisma.ContentItemWhereInput }) | null> {
  const { cursor, skip: _skip, take, ...rest } = query;
  if (!cursor?.id) return { ...rest, take, where: {} };
  const at = await ctx.prisma.contentItem.findUnique({ where: { id: cursor.id }, select: { publishedAt: true } });
  if (!at?.publishedAt) return null;
  // take < 0 is `last`/`before`: the rows newer than the cursor (Prisma reverses the order itself).
  const op = take !== undefined && take < 0 ? "gt" : "lt";
  return {
    ...rest,
    take,
    where: {
      OR: [{ publishedAt: { [op]: at.publishedAt } }, { publishedAt: at.publishedAt, id: { [op]: cursor.id } }],
    },
  };
}

/** Published items in the same column or sharing a tag, excluding the item itself. */
export function relatedWhere(item: Pick<ContentItem, "id" | "columnId" | "tags">): Prisma.ContentItemWhereInput {
  return {
    ...PUBLISHED,
    id: { not: item.id },
    OR: [{ columnId: item.columnId }, ...(item.tags.length > 0 ? [{ tags: { hasSome: item.tags } }] : [])],
  };
}

// ───────────────────────────── item details ─────────────────────────────

export interface ChangeNote {
  note: string;
  publishedAt: Date;
}

/** The PUBLISH steps of an item's registration form, as `changeNotes` selects them. */
export const publishStepsSelect = {
  reviewRecords: {
    where: { step: "PUBLISH", decision: { not: "REJECTED" } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, revision: { select: { major: true, changeNote: true } } },
  },
} satisfies Prisma.ContentItemSelect;

type PublishStep = { at: Date; revision: { major: boolean; changeNote: string | null } | null };

/**
 * Notes of major revisions that went live after the first publication, newest first. Revisions are
 * immutable; one "went live" when a PUBLISH step of the registration form names it. The first
 * PUBLISH step is the original publication and never has a change note for citizens.
 */
export function changeNotesOf(steps: PublishStep[]): ChangeNote[] {
  return steps
    .slice(1)
    .flatMap((s) =>
      s.revision?.major && s.revision.changeNote?.trim()
        ? [{ note: s.revision.changeNote.trim(), publishedAt: s.at }]
        : [],
    )
    .reverse();
}

export interface Attachment {
  name: string;
  url: string;
  size: number | null;
  mimeType: string | null;
}

/**
 * The attachments column is JSON written by the editor: entries without a name and a safe URL
 * (same-site path or http/https) are dropped rather than shown broken or as a script link.
 */
export function attachmentsOf(json: Prisma.JsonValue): Attachment[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return [];
    const { name, url, size, mimeType } = entry as Record<string, unknown>;
    if (typeof name !== "string" || !name.trim() || typeof url !== "string" || !isSafeUrl(url)) return [];
    return [
      {
        name: name.trim(),
        url,
        size: typeof size === "number" && Number.isFinite(size) && size >= 0 ? Math.round(size) : null,
        mimeType: typeof mimeType === "string" && mimeType ? mimeType : null,
      },
    ];
  });
}

function isSafeUrl(url: string): boolean {
  if (url.startsWith("/")) return !url.startsWith("//");
  return /^https?:\/\//i.test(url);
}

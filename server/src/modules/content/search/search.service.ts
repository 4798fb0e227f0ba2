// Chinese full-text search over content items: the public query (ranking, filters, pagination,
// highlighted titles and snippets). The index itself is written by search-index.ts.
// Plain PostgreSQL full-text search with tokens made in Node (tokenize.ts): no extension, so it
// runs the same on PGlite and PostgreSQL, and the GIN index on "searchVector" finds candidates.
import { badInput, notFound } from "../../../errors.js";
import { type ContentItem, Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import { highlight, htmlToText, snippet } from "./highlight.js";
import { type SearchInput, searchInput } from "./search.validation.js";
import { analyzeQuery, type QueryTerm } from "./tokenize.js";

/** A page cursor is an offset into the ranked results, kept opaque to clients. */
const CURSOR_PREFIX = "search:";

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString("base64url");
}

export function decodeCursor(cursor: string): number {
  const match = /^search:(\d{1,7})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badInput("分页参数无效，请重新搜索", "after");
  return Number(match[1]);
}

/** Characters of plain body text shown around the first match. */
export const SNIPPET_LENGTH = 80;
/** Pinyin is matched in the first this-many characters of a body (it is the costly kind). */
const SNIPPET_PINYIN_LIMIT = 5_000;

export interface SearchHit<Item> {
  item: Item;
  cursor: string;
  /** The title as HTML: escaped, matches in <mark>. */
  highlightedTitle: string;
  /** ~80 characters of body text around the first match, as HTML: escaped, matches in <mark>. */
  snippet: string;
}

export interface SearchPage<Item> {
  hits: Array<SearchHit<Item>>;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface SearchOptions {
  /**
   * Relations to load with the returned items (an include, or a select: e.g. what Pothos'
   * queryFromInfo gives for the GraphQL selection). Scalar fields are always all there.
   */
  relations?: Prisma.ContentItemInclude | Prisma.ContentItemSelect;
  /** How many matches are ranked exactly (see SHORTLIST); the benchmark varies it. */
  shortlist?: number;
  /**
   * Only these items (ids), for a caller's own filter on top of the search: e.g. the guides of one
   * category (guides.service.ts). Empty: nothing matches.
   */
  within?: readonly string[];
}

/**
 * Ranking reads each match's search vector (kilobytes, TOASTed), which is what costs time when a
 * query matches most of the site ("规划" matches nearly everything a planning bureau publishes).
 * So at most this many matches are ranked exactly: those whose title contains the query, then the
 * newest. Any further matches follow them, title matches first, then newest first. Most queries
 * match fewer items than this and are ranked exactly.
 */
export const SHORTLIST = 100;

/** ts_rank_cd weights for D, C, B, A: body (C) 0.2, summary/tags/column (B) 0.4, title (A) 1. */
const WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";
const and = (filters: Prisma.Sql[]) => (filters.length > 0 ? Prisma.join(filters, " ") : Prisma.empty);

// Prisma 6.19's client engine maps whole rows slowly: 20 full ContentItem rows take 10–20 ms through
// findMany and under 2 ms through $queryRaw (measured on PostgreSQL and PGlite; the JSON and array
// columns cost most). So the page's rows are read raw with the ranking query (the values come back
// with the types Prisma gives them), and only the relations that the GraphQL selection asks for
// (e.g. column) are loaded through Prisma, with nothing else selected.
const ITEM_COLUMNS = Prisma.raw(
  Object.values(Prisma.ContentItemScalarFieldEnum)
    .map((column) => `item."${column}"`)
    .join(", "),
);

type TextFields = Pick<ContentItem, "id" | "title" | "summary" | "body">;

/**
 * Published items matching the query, most relevant first: the whole query in the title, then all
 * of its terms (words, pinyin or initials) in the title, then ts_rank_cd over title (A),
 * summary/tags/column (B) and body (C); ties newest first.
 */
export async function searchContent<Item extends TextFields = ContentItem>(
  prisma: PrismaClient,
  input: SearchInput,
  options: SearchOptions = {},
): Promise<SearchPage<Item>> {
  const parsed = searchInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(issue?.message ?? "搜索条件有误", issue?.path.at(-1)?.toString());
  }
  const args = parsed.data;
  const offset = args.after ? decodeCursor(args.after) : 0;
  const { terms, tsquery } = analyzeQuery(args.query);
  if (!tsquery) return { hits: [], totalCount: 0, hasNextPage: false, hasPreviousPage: offset > 0 };

  const filters: Prisma.Sql[] = [];
  if (args.columnSlug) {
    const columnIds = await columnAndDescendants(prisma, args.columnSlug);
    filters.push(Prisma.sql`AND item."columnId" IN (${Prisma.join(columnIds)})`);
  }
  if (args.kind) filters.push(Prisma.sql`AND item.kind = ${args.kind}::"ContentKind"`);
  // publishedAt is a timestamp without time zone holding UTC; compare as such.
  if (args.from) filters.push(Prisma.sql`AND item."publishedAt" >= ${args.from.toISOString()}::timestamp`);
  if (args.to) filters.push(Prisma.sql`AND item."publishedAt" <= ${args.to.toISOString()}::timestamp`);
  if (options.within?.length === 0) return { hits: [], totalCount: 0, hasNextPage: false, hasPreviousPage: offset > 0 };
  if (options.within) filters.push(Prisma.sql`AND item.id IN (${Prisma.join(options.within)})`);

  // "Title contains the whole query" is tested on every match, so it is kept cheap: a plain strpos
  // (lower() only when the query has letters to fold).
  const phrase = args.query.replace(/\s+/g, " ");
  const inTitle = /\p{Lu}|\p{Ll}/u.test(phrase)
    ? Prisma.sql`strpos(lower(item.title), ${phrase.toLowerCase()}) > 0`
    : Prisma.sql`strpos(item.title, ${phrase}) > 0`;
  const shortlist = options.shortlist ?? SHORTLIST;
  // `q` is a CTE, so the planner cannot estimate how common the terms are and always takes the GIN
  // index: a sequential scan would read (and decompress) every item's vector. Without weight
  // restrictions in the query, the index answers @@ without reading the vectors at all.
  // Matches are put in a cheap order (title contains the query, newest); the first `shortlist` of
  // them are then re-ranked by their vectors, the rest keep the cheap order. Only the rows up to
  // the requested page are sorted, joined and ranked.
  const rows = await prisma.$queryRaw<Array<Record<string, unknown> & { id: string; searchTotal: number }>>`
    WITH q AS (SELECT ${tsquery}::tsquery AS query),
    matches AS MATERIALIZED (
      SELECT item.id, item."publishedAt", ${inTitle} AS in_title
      FROM "ContentItem" AS item, q
      WHERE item."searchVector" @@ q.query
        AND item.status = 'PUBLISHED' AND item."publishedAt" IS NOT NULL AND item.removed = false
        ${and(filters)}
    ),
    cheap AS (
      SELECT id, "publishedAt", in_title, row_number() OVER (ORDER BY in_title DESC, "publishedAt" DESC, id DESC) AS n
      FROM (
        SELECT * FROM matches ORDER BY in_title DESC, "publishedAt" DESC, id DESC
        LIMIT ${Math.max(shortlist, offset + args.first + 1)}
      ) AS top
    ),
    ranked AS (
      SELECT cheap.*,
             CASE WHEN cheap.n <= ${shortlist} THEN
               (CASE WHEN ts_filter(item."searchVector", '{a}') @@ q.query THEN 2 ELSE 0 END)
               + ts_rank_cd(${WEIGHTS}::float4[], item."searchVector", q.query, 32)
             END AS score
      FROM cheap JOIN "ContentItem" AS item ON item.id = cheap.id, q
    ),
    page AS (
      SELECT id, row_number() OVER (
               ORDER BY n <= ${shortlist} DESC, in_title DESC, score DESC NULLS LAST, "publishedAt" DESC, id DESC
             ) AS position
      FROM ranked
      ORDER BY position
      LIMIT ${args.first + 1} OFFSET ${offset}
    )
    -- The page's rows are read here, raw: see loadRelations.
    SELECT ${ITEM_COLUMNS}, (SELECT count(*) FROM matches)::int AS "searchTotal"
    FROM page JOIN "ContentItem" AS item ON item.id = page.id
    ORDER BY page.position`;

  const totalCount = rows[0]?.searchTotal ?? (offset > 0 ? await countMatches(prisma, tsquery, filters) : 0);
  const pageRows = rows.slice(0, args.first).map(({ searchTotal: _, ...item }) => item);
  await loadRelations(prisma, pageRows, options.relations);
  const page = pageRows as unknown as Item[];
  const hits = page.map(
    (item, index): SearchHit<Item> => ({
      item,
      cursor: encodeCursor(offset + index + 1),
      ...highlights(item, terms),
    }),
  );
  return { hits, totalCount, hasNextPage: rows.length > args.first, hasPreviousPage: offset > 0 };
}

/** A column and everything below it: searching 专题专栏 includes 水城专题 and 五象新区. */
async function columnAndDescendants(prisma: PrismaClient, slug: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM "Column" WHERE slug = ${slug}
      UNION
      SELECT child.id FROM "Column" AS child JOIN subtree ON child."parentId" = subtree.id
    )
    SELECT id FROM subtree`;
  if (rows.length === 0) throw notFound("栏目");
  return rows.map((r) => r.id);
}

async function countMatches(prisma: PrismaClient, tsquery: string, filters: Prisma.Sql[]): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    SELECT count(*)::int AS total FROM "ContentItem" AS item
    WHERE item."searchVector" @@ ${tsquery}::tsquery
      AND item.status = 'PUBLISHED' AND item."publishedAt" IS NOT NULL AND item.removed = false
      ${and(filters)}`;
  return row?.total ?? 0;
}

/**
 * To-one relations that search results usually show, read raw like the items themselves (a Prisma
 * findMany costs 4 ms on PostgreSQL and 10–20 ms on PGlite even for two columns; a raw query ~1 ms).
 */
const RAW_RELATIONS: Record<string, { table: string; foreignKey: keyof ContentItem; columns: string[] }> = {
  column: { table: "Column", foreignKey: "columnId", columns: Object.values(Prisma.ColumnScalarFieldEnum) },
  sourceDepartment: {
    table: "Department",
    foreignKey: "sourceDepartmentId",
    columns: Object.values(Prisma.DepartmentScalarFieldEnum),
  },
  catalog: {
    table: "DisclosureCatalog",
    foreignKey: "catalogId",
    columns: Object.values(Prisma.DisclosureCatalogScalarFieldEnum),
  },
};

/** `true`, or a select of that relation's own scalar fields only (nothing nested). */
function isPlainSelection(value: unknown, columns: string[]): boolean {
  if (value === true) return true;
  if (typeof value !== "object" || value === null || !("select" in value)) return false;
  const select = value.select;
  return (
    typeof select === "object" &&
    select !== null &&
    Object.entries(select).every(([key, v]) => v === true && columns.includes(key))
  );
}

/**
 * Loads the relations a GraphQL selection needs onto the raw item rows: the common to-one ones
 * (RAW_RELATIONS) raw, anything else (lists, nested selections) with one Prisma findMany.
 */
async function loadRelations(
  prisma: PrismaClient,
  items: Array<Record<string, unknown> & { id: string }>,
  relations: Prisma.ContentItemInclude | Prisma.ContentItemSelect = {},
): Promise<void> {
  if (items.length === 0) return;
  const viaPrisma: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(relations)) {
    if (!value) continue;
    const raw = RAW_RELATIONS[name];
    if (!raw || !isPlainSelection(value, raw.columns)) {
      viaPrisma[name] = value;
      continue;
    }
    const keys = [...new Set(items.map((i) => i[raw.foreignKey]).filter((k): k is string => typeof k === "string"))];
    const rows =
      keys.length === 0
        ? []
        : await prisma.$queryRaw<Array<{ id: string }>>`
            SELECT ${Prisma.raw(raw.columns.map((c) => `"${c}"`).join(", "))}
            FROM ${Prisma.raw(`"${raw.table}"`)} WHERE id IN (${Prisma.join(keys)})`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const item of items) item[name] = byId.get(item[raw.foreignKey] as string) ?? null;
  }
  if (Object.keys(viaPrisma).length === 0) return;
  // An include's entries are valid select entries; a select's scalars are merely read twice.
  const select = { ...viaPrisma, id: true } as Prisma.ContentItemSelect;
  const rows = await prisma.contentItem.findMany({ where: { id: { in: items.map((i) => i.id) } }, select });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const item of items) Object.assign(item, byId.get(item.id));
}

function highlights(item: TextFields, terms: QueryTerm[]): { highlightedTitle: string; snippet: string } {
  const options = { pinyinLimit: SNIPPET_PINYIN_LIMIT };
  const body = snippet(htmlToText(item.body), terms, SNIPPET_LENGTH, options);
  let text = body.html;
  // The match was in the summary (or only in the title, tags or column): show the summary if it
  // has one, else the start of the body.
  if (!body.matched && item.summary) {
    const summary = snippet(item.summary, terms, SNIPPET_LENGTH, options);
    if (summary.matched || text === "") text = summary.html;
  }
  return { highlightedTitle: highlight(item.title, terms), snippet: text };
}

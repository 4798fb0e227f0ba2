// The search index: each item's text becomes weighted tokens (words, bigrams, pinyin, initials)
// written as to_tsvector('simple', …) into ContentItem.searchVector. Queries are in search.service.ts.
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import { htmlToText } from "./highlight.js";
import { indexTokens } from "./tokenize.js";

export interface SearchDocument {
  title: string;
  summary: string | null;
  /** HTML. */
  body: string;
  tags: string[];
  columnName: string | null;
}

/**
 * A tsvector is at most 1 MB. Titles and summaries are short; a very long body (a 100,000-character
 * annual report) is indexed up to this many bytes of tokens, which covers tens of thousands of
 * distinct words. Each lexeme costs its bytes plus ~8 bytes of entry and position.
 */
const BODY_TOKEN_BUDGET = 600_000;

export interface WeightedTokens {
  /** Title (weight A). */
  a: string;
  /** Summary, tags and column name (weight B). */
  b: string;
  /** Body text (weight C). */
  c: string;
}

/** The space-separated tokens of each weight class, ready for to_tsvector('simple', …). */
export function documentTokens(doc: SearchDocument): WeightedTokens {
  const b = [doc.summary ?? "", ...doc.tags, doc.columnName ?? ""].join("\n");
  const body = indexTokens(htmlToText(doc.body), { pinyinRuns: false });
  let bytes = 0;
  let kept = body.length;
  for (let i = 0; i < body.length; i++) {
    bytes += Buffer.byteLength(body[i] ?? "") + 8;
    if (bytes > BODY_TOKEN_BUDGET) {
      kept = i;
      break;
    }
  }
  return {
    a: indexTokens(doc.title).join(" "),
    b: indexTokens(b).join(" "),
    c: body.slice(0, kept).join(" "),
  };
}

const documentSelect = {
  id: true,
  title: true,
  summary: true,
  body: true,
  tags: true,
  column: { select: { name: true } },
} satisfies Prisma.ContentItemSelect;

type DocumentRow = Prisma.ContentItemGetPayload<{ select: typeof documentSelect }>;

async function writeVectors(prisma: PrismaClient, rows: DocumentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const ids: string[] = [];
  const a: string[] = [];
  const b: string[] = [];
  const c: string[] = [];
  for (const row of rows) {
    const tokens = documentTokens({ ...row, columnName: row.column.name });
    ids.push(row.id);
    a.push(tokens.a);
    b.push(tokens.b);
    c.push(tokens.c);
  }
  // One statement per batch. updatedAt is left alone: indexing is not an edit.
  await prisma.$executeRaw`
    UPDATE "ContentItem" AS item
    SET "searchVector" = setweight(to_tsvector('simple', doc.a), 'A')
                      || setweight(to_tsvector('simple', doc.b), 'B')
                      || setweight(to_tsvector('simple', doc.c), 'C')
    FROM unnest(${ids}::text[], ${a}::text[], ${b}::text[], ${c}::text[]) AS doc(id, a, b, c)
    WHERE item.id = doc.id`;
}

/** (Re)indexes one item: call it whenever its title, summary, body, tags or column change. */
export async function indexContentItem(prisma: PrismaClient, itemId: string): Promise<void> {
  const row = await prisma.contentItem.findUnique({ where: { id: itemId }, select: documentSelect });
  if (row) await writeVectors(prisma, [row]);
}

/** Indexes every item (any status: visibility is decided when searching). Returns the count. */
export async function reindexAllContent(prisma: PrismaClient, options: { batchSize?: number } = {}): Promise<number> {
  const take = options.batchSize ?? 200;
  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows: DocumentRow[] = await prisma.contentItem.findMany({
      select: documentSelect,
      orderBy: { id: "asc" },
      take,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    await writeVectors(prisma, rows);
    count += rows.length;
    cursor = rows.at(-1)?.id;
    if (rows.length < take) return count;
  }
}

/**
 * Indexes the items that have no search vector yet (created before search existed, or whose
 * indexing failed). Cheap when there are none: call it at start-up. Returns the count.
 */
export async function indexMissingContent(prisma: PrismaClient, options: { batchSize?: number } = {}): Promise<number> {
  const take = options.batchSize ?? 200;
  let count = 0;
  for (;;) {
    const missing = await prisma.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "ContentItem" WHERE "searchVector" IS NULL ORDER BY id LIMIT ${take}`;
    if (missing.length === 0) return count;
    const rows = await prisma.contentItem.findMany({
      select: documentSelect,
      where: { id: { in: missing.map((m) => m.id) } },
    });
    await writeVectors(prisma, rows);
    count += rows.length;
    // Items deleted meanwhile are simply gone; anything else left unindexed would loop forever.
    if (rows.length < missing.length) return count;
  }
}

// ─────────────────────────── searching ───────────────────────────

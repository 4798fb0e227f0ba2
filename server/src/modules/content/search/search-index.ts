// The search index: each item's text becomes weighted tokens (words, bigrams, pinyin, initials)
// written as to_tsvector('simple', …) into ContentItem.searchVector. Queries are in search.service.ts.
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import { STORED_NAME } from "../../media/media.service.js";
import { attachmentsOf } from "../content.service.js";
import { detailsSearchText } from "../item-details.js";
import { htmlToText } from "./highlight.js";
import { indexTokens } from "./tokenize.js";

export interface SearchDocument {
  title: string;
  summary: string | null;
  /** HTML. */
  body: string;
  tags: string[];
  columnName: string | null;
  /** The attachments' names, as shown on the item and as uploaded (without the extension). */
  attachmentNames: string[];
  /** Searchable text of the kind's details (project and permit numbers, applicant, address…). */
  detailsText?: string;
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
  /** Summary, tags, column name and the details' searchable text (weight B). */
  b: string;
  /** Body text (weight C). */
  c: string;
  /** Attachment names (weight D): searching a file's name finds the item it is attached to. */
  d: string;
}

/** The space-separated tokens of each weight class, ready for to_tsvector('simple', …). */
export function documentTokens(doc: SearchDocument): WeightedTokens {
  const b = [doc.summary ?? "", ...doc.tags, doc.columnName ?? "", doc.detailsText ?? ""].join("\n");
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
    d: indexTokens(doc.attachmentNames.join("\n")).join(" "),
  };
}

const documentSelect = {
  id: true,
  title: true,
  summary: true,
  body: true,
  tags: true,
  attachments: true,
  kind: true,
  details: true,
  column: { select: { name: true } },
} satisfies Prisma.ContentItemSelect;

type DocumentRow = Prisma.ContentItemGetPayload<{ select: typeof documentSelect }>;

async function writeVectors(prisma: PrismaClient, rows: DocumentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const ids: string[] = [];
  const a: string[] = [];
  const b: string[] = [];
  const c: string[] = [];
  const d: string[] = [];
  const attachmentNames = await attachmentNamesOf(prisma, rows);
  for (const row of rows) {
    const tokens = documentTokens({
      ...row,
      columnName: row.column.name,
      attachmentNames: attachmentNames.get(row.id) ?? [],
      detailsText: detailsSearchText(row.kind, row.details),
    });
    ids.push(row.id);
    a.push(tokens.a);
    b.push(tokens.b);
    c.push(tokens.c);
    d.push(tokens.d);
  }
  // One statement per batch. updatedAt is left alone: indexing is not an edit.
  await prisma.$executeRaw`
    UPDATE "ContentItem" AS item
    SET "searchVector" = setweight(to_tsvector('simple', doc.a), 'A')
                      || setweight(to_tsvector('simple', doc.b), 'B')
                      || setweight(to_tsvector('simple', doc.c), 'C')
                      || setweight(to_tsvector('simple', doc.d), 'D')
    FROM unnest(${ids}::text[], ${a}::text[], ${b}::text[], ${c}::text[], ${d}::text[]) AS doc(id, a, b, c, d)
    WHERE item.id = doc.id`;
}

/**
 * Each item's attachment names: the name shown on the item and, for files stored here
 * (/media/<storedName>), the name the file was uploaded under, when that differs. One query per batch.
 */
async function attachmentNamesOf(prisma: PrismaClient, rows: DocumentRow[]): Promise<Map<string, string[]>> {
  const storedNameOf = (url: string) => {
    const name = url.startsWith("/media/") ? url.slice("/media/".length).split("?")[0] : undefined;
    return name && STORED_NAME.test(name) ? name : undefined;
  };
  const attachments = rows.map((row) => ({ id: row.id, files: attachmentsOf(row.attachments) }));
  const storedNames = [...new Set(attachments.flatMap((a) => a.files.flatMap((f) => storedNameOf(f.url) ?? [])))];
  const assets = storedNames.length
    ? await prisma.mediaAsset.findMany({
        where: { storedName: { in: storedNames } },
        select: { storedName: true, originalName: true },
      })
    : [];
  const uploadedAs = new Map(assets.map((asset) => [asset.storedName, asset.originalName]));
  const withoutExtension = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, "");
  return new Map(
    attachments.map(({ id, files }) => {
      const names = files.flatMap((f) => [f.name, uploadedAs.get(storedNameOf(f.url) ?? "") ?? ""]);
      return [id, [...new Set(names.filter(Boolean).map(withoutExtension))]];
    }),
  );
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

// Writes the demo content: only items whose seed key is missing (or that an earlier seed created
// before revisions existed), in a handful of statements inside one transaction.
import type { PrismaClient } from "../../db/index.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { MediaStore } from "../../modules/media/media.store.js";
import { storeDemoMedia } from "../media/demo-media.js";
import { demoContentSpecs } from "./generate.js";
import { planContent } from "./plan.js";
import type { ItemSpec } from "./spec.js";
import type { Actors } from "./workflow.js";

export interface SeedContentContext {
  today: Date;
  actors: Actors;
  columnIds: ReadonlyMap<string, string>;
  departmentIds: ReadonlyMap<string, string>;
  catalogIds: ReadonlyMap<string, string>;
  /** Where the covers and attachments of new items are stored. */
  mediaStore: MediaStore;
}

/**
 * Creates the missing demo items; returns how many items it created or completed. `specs`: the
 * demo content by default; other seeds (guides, topics) write their own items the same way.
 */
export async function seedContent(
  prisma: PrismaClient,
  ctx: SeedContentContext,
  specs: readonly ItemSpec[] = demoContentSpecs(ctx.today),
): Promise<number> {
  const existing = await prisma.contentItem.findMany({
    where: { seedKey: { in: specs.map((s) => s.key) } },
    select: {
      id: true,
      seedKey: true,
      title: true,
      summary: true,
      body: true,
      _count: { select: { revisions: true } },
    },
  });
  const existingIds = new Map(existing.map((e) => [e.seedKey as string, e.id]));
  // Seeded before revisions and the registration form existed: keep what citizens saw, add the rest.
  const legacyContent = new Map(
    existing
      .filter((e) => e._count.revisions === 0)
      .map((e) => [e.seedKey as string, { title: e.title, summary: e.summary ?? "", body: e.body }]),
  );
  const build = specs.filter((s) => !existingIds.has(s.key) || legacyContent.has(s.key));
  if (build.length === 0) return 0;

  const taken = await prisma.contentItem.findMany({
    where: { indexNumber: { not: null } },
    select: { indexNumber: true },
  });
  // Before the transaction: media files are written once and outlive a failed attempt harmlessly.
  const media = await storeDemoMedia({ prisma, store: ctx.mediaStore }, build, ctx.actors.editor.id);
  const plan = planContent(specs, build, {
    ...ctx,
    media,
    existingIds,
    legacyContent,
    takenIndexNumbers: new Set(taken.map((t) => t.indexNumber as string)),
  });

  await prisma.$transaction(
    async (tx) => {
      await bulkInsert(tx, "ContentItem", plan.items);
      for (const { id, data } of plan.updates) await tx.contentItem.update({ where: { id }, data });
      await bulkInsert(tx, "ContentRevision", plan.revisions);
      await bulkInsert(tx, "ReviewRecord", plan.records);
      // Items and revisions point at each other: link them in one statement once both exist.
      const rows = plan.links.map(
        (l) =>
          Prisma.sql`(${l.id}::text, ${l.liveRevisionId}::text, ${l.draftRevisionId}::text, ${l.replacedById}::text)`,
      );
      await tx.$executeRaw`
        UPDATE "ContentItem" AS i
        SET "liveRevisionId" = v.live, "draftRevisionId" = v.draft, "replacedById" = v.replaced
        FROM (VALUES ${Prisma.join(rows)}) AS v(id, live, draft, replaced)
        WHERE i.id = v.id`;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  return build.length;
}

/**
 * One INSERT … SELECT FROM json_populate_recordset per table. Prisma's createMany binds every
 * field as its own parameter and took most of the seed's time on PGlite (1.6 s for the items
 * alone); a single JSON parameter takes a fraction of that. The rows are typed with Prisma's
 * CreateManyInput in plan.ts. Columns that no row sets get their database default; plan.ts sets
 * every NOT NULL column on every row, so no row relies on a default another row overrides.
 */
async function bulkInsert(tx: Prisma.TransactionClient, table: string, rows: readonly object[]) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    JSON.stringify(rows),
  );
}

// Writes the demo content: only items whose seed key is missing (or that were seeded before
// revisions existed), in a handful of batched statements inside one transaction.
import { Prisma } from "../../generated/prisma/client.js";
import type { PrismaClient } from "../../db/index.js";
import { demoContentSpecs } from "./generate.js";
import { type Actors, planContent } from "./plan.js";

export interface SeedContentContext {
  today: Date;
  actors: Actors;
  columnIds: ReadonlyMap<string, string>;
  departmentIds: ReadonlyMap<string, string>;
  catalogIds: ReadonlyMap<string, string>;
}

/** Creates the missing demo items; returns how many items it created or completed. */
export async function seedContent(prisma: PrismaClient, ctx: SeedContentContext): Promise<number> {
  const specs = demoContentSpecs(ctx.today);
  const existing = await prisma.contentItem.findMany({
    where: { seedKey: { in: specs.map((s) => s.key) } },
    select: { id: true, seedKey: true, title: true, summary: true, body: true, _count: { select: { revisions: true } } },
  });
  const existingIds = new Map(existing.map((e) => [e.seedKey as string, e.id]));
  // Seeded by an earlier version of the seed, before revisions and the registration form existed.
  const legacy = existing.filter((e) => e._count.revisions === 0);
  const legacyContent = new Map(legacy.map((e) => [e.seedKey as string, { title: e.title, summary: e.summary ?? "", body: e.body }]));
  const build = specs.filter((s) => !existingIds.has(s.key) || legacyContent.has(s.key));
  if (build.length === 0) return 0;

  const taken = await prisma.contentItem.findMany({ where: { indexNumber: { not: null } }, select: { indexNumber: true } });
  const plan = planContent(specs, build, {
    ...ctx,
    existingIds,
    legacyContent,
    takenIndexNumbers: new Set(taken.map((t) => t.indexNumber as string)),
  });

  await prisma.$transaction(
    async (tx) => {
      await tx.contentItem.createMany({ data: plan.items });
      for (const { id, data } of plan.updates) await tx.contentItem.update({ where: { id }, data });
      await tx.contentRevision.createMany({ data: plan.revisions });
      await tx.reviewRecord.createMany({ data: plan.records });
      if (plan.comments.length) await tx.publicityComment.createMany({ data: plan.comments });
      // Items and revisions point at each other: link them in one statement once both exist.
      const rows = plan.links.map(
        (l) => Prisma.sql`(${l.id}::text, ${l.liveRevisionId}::text, ${l.draftRevisionId}::text, ${l.replacedById}::text)`,
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

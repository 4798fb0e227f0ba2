// What the benchmark scripts share: percentiles, and the generated planning items they search among.
import type { PrismaClient } from "../src/generated/prisma/client.js";
import { PlanningText } from "../src/modules/content/search/planning-text.js";

export const DAY = 86_400_000;

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Inserts `count` generated planning items (one in 20 a draft, which searches must skip) into the
 * demo seed's columns, unindexed, in batches of 500. Returns how long it took.
 */
export async function insertPlanningItems(prisma: PrismaClient, count: number, now: number): Promise<number> {
  const columns = new Map((await prisma.column.findMany()).map((c) => [c.slug, c.id]));
  const generator = new PlanningText();
  const started = performance.now();
  for (let offset = 0; offset < count; offset += 500) {
    const batch = Array.from({ length: Math.min(500, count - offset) }, (_, i) => {
      const item = generator.item();
      const columnId = columns.get(item.columnSlug);
      if (!columnId) throw new Error(`the demo seed has no column ${item.columnSlug}`);
      const draft = (offset + i) % 20 === 0;
      return {
        kind: item.kind,
        title: item.title,
        summary: item.summary,
        body: item.body,
        tags: item.tags,
        columnId,
        status: draft ? ("DRAFT" as const) : ("PUBLISHED" as const),
        publishedAt: draft ? null : new Date(now - item.daysAgo * DAY),
      };
    });
    await prisma.contentItem.createMany({ data: batch });
  }
  return performance.now() - started;
}

/** Runs a benchmark on PGlite, then on PostgreSQL when TEST_DATABASE_URL is set. */
export async function onEachDatabase(bench: (label: string) => Promise<void>): Promise<void> {
  const postgresUrl = process.env.TEST_DATABASE_URL;
  delete process.env.TEST_DATABASE_URL; // createTestApp opens PGlite without it
  await bench("PGlite");
  if (postgresUrl) {
    process.env.TEST_DATABASE_URL = postgresUrl;
    await bench("PostgreSQL");
  }
}

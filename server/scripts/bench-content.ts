// Content list benchmark: generated planning items (10,000 by default) are added to the demo seed,
// then the public list reads are timed through the GraphQL app in process (app.fetch, as the API
// tests do) with the operations the client sends: the home latest list, the column tree, a column
// page (its header and its first, next and deep item pages, with and without a kind filter) and a
// disclosure catalog page. Prints p50/p95/p99 and SQL statements per request for each operation.
// PGlite in memory always; PostgreSQL as well when TEST_DATABASE_URL is set.
//
//   node --import tsx scripts/bench-content.ts [--items 10000] [--rounds 60]
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Context } from "../src/context.js";
import { NEWEST_FIRST, newestFirstPage, PUBLISHED } from "../src/modules/content/content.service.js";
import { createTestApp } from "../test/helpers.js";
import { insertPlanningItems, ms, onEachDatabase, percentile } from "./bench-support.js";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "10000" },
    rounds: { type: "string", default: "60" },
    // Also time Prisma's in-memory cursor against the keyset page, interleaved (the numbers before the fix).
    compare: { type: "boolean", default: false },
  },
});
const ITEMS = Number(values.items);
const ROUNDS = Number(values.rounds);

// The client's operations (client/src/features/home/home-page.tsx, content/column-tree-query.ts,
// content/column-page.tsx, content/paged-item-list.tsx, content/disclosure-catalog-query.ts),
// with the fragments inlined.
const CARD = /* GraphQL */ `
  fragment ItemCard_ContentItem on ContentItem {
    id slug kind title summary publishedAt column { id name }
  }
`;
const LATEST = /* GraphQL */ `
  query HomePage_LatestContent($first: Int!) {
    latestContent(first: $first) { edges { node { id ...ItemCard_ContentItem } } }
  }
  ${CARD}
`;
const COLUMN_TREE = /* GraphQL */ `
  query ColumnTree {
    columns {
      id slug name itemCount latestPublishedAt
      children {
        id slug name itemCount latestPublishedAt
        children { id slug name itemCount latestPublishedAt }
      }
    }
  }
`;
const COLUMN = /* GraphQL */ `
  query ColumnPage_Column($slug: String!) {
    column(slug: $slug) { id slug name description children { id slug name itemCount } }
  }
`;
const ITEMS_PAGE = /* GraphQL */ `
  query PagedItemList_ContentItems($first: Int!, $after: String, $column: String, $kind: ContentKind, $catalogCode: String) {
    contentItems(first: $first, after: $after, column: $column, kind: $kind, catalogCode: $catalogCode) {
      edges { node { id kind ...ItemCard_ContentItem } }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${CARD}
`;
const CATALOG_TREE = /* GraphQL */ `
  query DisclosureCatalogTree {
    disclosureCatalog {
      id code name itemCount
      children { id code name itemCount children { id code name itemCount } }
    }
  }
`;

type Page = { contentItems: { edges: Array<{ node: { id: string } }>; pageInfo: { endCursor: string | null } } };

/** SQL statements sent to the database, counted at the driver (PGlite and node-postgres). */
let statements = 0;
function countStatements(): void {
  for (const proto of [PGlite.prototype, pg.Client.prototype] as unknown as Array<Record<string, unknown>>) {
    for (const method of ["query", "exec"]) {
      const original = proto[method];
      if (typeof original !== "function") continue;
      proto[method] = function (this: unknown, ...args: unknown[]) {
        statements++;
        return original.apply(this, args);
      };
    }
  }
}

async function bench(label: string): Promise<void> {
  const t = await createTestApp();
  try {
    const insertMs = await insertPlanningItems(t.prisma, ITEMS, t.clock.now().getTime());
    // Generated disclosure items are filed under the catalog's leaves, as real ones are.
    const filed = await t.prisma.$executeRawUnsafe(`
      WITH leaves AS (
        SELECT id, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total
        FROM "DisclosureCatalog" c WHERE NOT EXISTS (SELECT 1 FROM "DisclosureCatalog" k WHERE k."parentId" = c.id)
      )
      UPDATE "ContentItem" i SET "catalogId" = leaves.id FROM leaves
      WHERE i.kind = 'DISCLOSURE' AND i."catalogId" IS NULL AND leaves.n = abs(hashtext(i.id)) % leaves.total`);
    await t.prisma.$executeRawUnsafe(`ANALYZE`);
    const total = await t.prisma.contentItem.count();
    console.log(
      `\n[${label}] ${ITEMS} generated items inserted in ${ms(insertMs)} (${total} items in all, ${filed} generated disclosure items filed)`,
    );

    const request = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const result = await t.request<T>(query, variables);
      if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const page = (variables: Record<string, unknown>) => request<Page>(ITEMS_PAGE, { first: 20, ...variables });

    // The busiest column (with its sub-columns) and catalog entry, and cursors 1 and 10 pages deep.
    const [busiestColumn] = await t.prisma.$queryRawUnsafe<Array<{ slug: string }>>(`
      SELECT c.slug FROM "Column" c JOIN "ContentItem" i ON i."columnId" = c.id
      GROUP BY c.slug ORDER BY count(*) DESC LIMIT 1`);
    const column = busiestColumn?.slug ?? "news";
    const catalogCode = "t01";
    const cursors: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p: Page = await page({ column, after });
      after = p.contentItems.pageInfo.endCursor;
      if (!after) break;
      cursors.push(after);
    }
    const catalogPage = await page({ catalogCode });
    console.log(
      `[${label}] column "${column}", catalog ${catalogCode} (${catalogPage.contentItems.edges.length} on its first page)`,
    );

    const operations: Array<{ name: string; run: () => Promise<unknown> }> = [
      { name: "home latestContent(20)", run: () => request(LATEST, { first: 20 }) },
      { name: "columns (tree)", run: () => request(COLUMN_TREE) },
      { name: "column(slug)", run: () => request(COLUMN, { slug: column }) },
      { name: "contentItems column p1", run: () => page({ column }) },
      { name: "contentItems column p2", run: () => page({ column, after: cursors[0] }) },
      { name: "contentItems column p11", run: () => page({ column, after: cursors.at(-1) }) },
      { name: "contentItems column+kind", run: () => page({ column, kind: "NEWS" }) },
      { name: "contentItems all p1", run: () => page({}) },
      { name: "disclosureCatalog (tree)", run: () => request(CATALOG_TREE) },
      { name: "contentItems catalog p1", run: () => page({ catalogCode }) },
    ];
    for (const op of operations) await op.run(); // warm-up

    const samples = new Map(operations.map((op) => [op.name, [] as number[]]));
    const counts = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const op of operations) {
        const before = statements;
        const started = performance.now();
        await op.run();
        samples.get(op.name)?.push(performance.now() - started);
        counts.set(op.name, statements - before);
      }
    }
    console.log(`[${label}] ${ROUNDS} rounds; operation: p50 / p95 / p99 (SQL statements per request)`);
    for (const [name, times] of samples) {
      times.sort((a, b) => a - b);
      console.log(
        `[${label}]   ${name.padEnd(26)} ${ms(percentile(times, 50)).padStart(9)} ${ms(percentile(times, 95)).padStart(9)} ${ms(percentile(times, 99)).padStart(9)}  (${counts.get(name)})`,
      );
    }
    if (values.compare) await compareCursor(label, t.prisma, column, cursors);
  } finally {
    await t.close();
  }
}

/**
 * Service-level timing (no GraphQL) of a column's next pages read the way Prisma pages a cursor
 * (in memory, every row after the cursor) and as a keyset page, interleaved so load hits both alike.
 */
async function compareCursor(label: string, prisma: Context["prisma"], slug: string, cursors: string[]) {
  const columnIds = (await prisma.column.findMany({ where: { OR: [{ slug }, { parent: { slug } }] } })).map(
    (c) => c.id,
  );
  const where = { ...PUBLISHED, columnId: { in: columnIds } };
  const ids = cursors.map((cursor) =>
    Buffer.from(cursor, "base64")
      .toString()
      .replace(/^GPC:S:/, ""),
  );
  const query = (id: string) => ({ include: { column: true }, cursor: { id }, take: 21, skip: 1 });
  const times = { "prisma cursor": [] as number[], keyset: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const id of ids) {
      let started = performance.now();
      const before = await prisma.contentItem.findMany({ ...query(id), where, orderBy: NEWEST_FIRST });
      times["prisma cursor"].push(performance.now() - started);
      started = performance.now();
      const page = await newestFirstPage({ prisma } as Context, query(id));
      const after = page
        ? await prisma.contentItem.findMany({ ...page, where: { AND: [where, page.where] }, orderBy: NEWEST_FIRST })
        : [];
      times.keyset.push(performance.now() - started);
      if (before.map((i) => i.id).join() !== after.map((i) => i.id).join()) throw new Error(`pages differ after ${id}`);
    }
  }
  for (const [name, list] of Object.entries(times)) {
    list.sort((a, b) => a - b);
    console.log(
      `[${label}] service, next page by ${name.padEnd(13)} p50 ${ms(percentile(list, 50))}, p95 ${ms(percentile(list, 95))}, p99 ${ms(percentile(list, 99))}`,
    );
  }
}

countStatements();
await onEachDatabase(bench);

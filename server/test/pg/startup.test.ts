import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { readMigrations } from "../../src/db/migrate.js";
import { paths } from "../../src/env.js";
import { staff } from "../../src/seed/demo-data.js";
import { LETTER_STAFF } from "../../src/seed/letters/staff.js";
import { createDatabase, startServer, waitHealthy } from "./pg-helpers.js";

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

describe("starting on PostgreSQL", () => {
  it("two instances started at the same moment on a new database both come up, with one schema and one seed", async () => {
    const db = await createDatabase();
    cleanup.push(db.drop);
    const first = startServer({ DATABASE_URL: db.url, PORT: "4301" });
    const second = startServer({ DATABASE_URL: db.url, PORT: "4302" });
    cleanup.push(first.stop, second.stop);

    const healthy = await Promise.all([waitHealthy(4301, first), waitHealthy(4302, second)]);
    expect(healthy, `${first.output()}\n----\n${second.output()}`).toEqual([true, true]);

    const migrations = await query<{ migration_name: string }>(
      db.url,
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`,
    );
    expect(migrations.map((m) => m.migration_name)).toEqual(readMigrations(paths.migrations).map((m) => m.name));
    const [users] = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "User"`);
    expect(users?.n).toBe(staff.length + LETTER_STAFF.length);

    const response = await fetch("http://127.0.0.1:4302/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ latestContent(first: 3) { edges { node { title } } } }" }),
    });
    const body = (await response.json()) as { data: { latestContent: { edges: unknown[] } } };
    expect(body.data.latestContent.edges).toHaveLength(3);

    // A restart on the same data: nothing duplicated, nothing re-applied.
    await first.stop();
    const again = startServer({ DATABASE_URL: db.url, PORT: "4303" });
    cleanup.push(again.stop);
    expect(await waitHealthy(4303, again)).toBe(true);
    const [after] = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "User"`);
    expect(after?.n).toBe(staff.length + LETTER_STAFF.length);
  });

  it("a failing migration stops the start loudly, naming the migration and the database error", async () => {
    const db = await createDatabase();
    cleanup.push(db.drop);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-broken-"));
    cleanup.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.cpSync(paths.migrations, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "29991231000000_broken"));
    fs.writeFileSync(
      path.join(dir, "29991231000000_broken/migration.sql"),
      `ALTER TABLE "NoSuchTable" ADD COLUMN x INT;`,
    );

    const server = startServer({ DATABASE_URL: db.url, PORT: "4304", MIGRATIONS_DIR: dir });
    cleanup.push(server.stop);
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      /PlanPort could not start: Migration 29991231000000_broken failed: relation "NoSuchTable" does not exist/,
    );
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/helpers.js";
import { paths } from "../env.js";
import { MigrationError, readMigrations } from "./migrate.js";

const dirs: string[] = [];
function migrationsDir(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-migrations-"));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies the real history once, recording it in _prisma_migrations", async () => {
    const db = await openTestDatabase();
    try {
      const names = readMigrations(paths.migrations).map((m) => m.name);
      expect((await db.migrate(paths.migrations)).applied).toEqual(names);
      expect((await db.migrate(paths.migrations)).applied).toEqual([]);
      const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
    } finally {
      await db.drop();
    }
  });

  it("fails loudly with the migration's name and the database error, and applies nothing of it", async () => {
    const db = await openTestDatabase();
    try {
      const dir = migrationsDir({
        "20260101000000_good": `CREATE TABLE "Fine" (id INT PRIMARY KEY);`,
        "20260102000000_broken": `CREATE TABLE "Half" (id INT PRIMARY KEY);\nALTER TABLE "Missing" ADD COLUMN x INT;`,
        "20260103000000_after": `CREATE TABLE "Later" (id INT PRIMARY KEY);`,
      });
      const error = await db.migrate(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as MigrationError).migration).toBe("20260102000000_broken");
      expect((error as Error).message).toMatch(/^Migration 20260102000000_broken failed: .*"Missing".*does not exist/);

      const tables = await db.prisma.$queryRawUnsafe<Array<{ tablename: string }>>(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('Fine','Half','Later') ORDER BY 1`,
      );
      expect(tables.map((t) => t.tablename)).toEqual(["Fine"]);
      const recorded = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(
        `SELECT migration_name FROM "_prisma_migrations"`,
      );
      expect(recorded.map((r) => r.migration_name)).toEqual(["20260101000000_good"]);
    } finally {
      await db.drop();
    }
  });

  it("lets the app filter enum arrays right after migrating a new database", async () => {
    const db = await openTestDatabase();
    try {
      await db.migrate(paths.migrations);
      // PGlite sent a "Role"[] parameter created by the migrations as plain text until it re-read
      // its array types: "malformed array literal" on a fresh install's first start.
      await expect(db.prisma.user.findMany({ where: { roles: { has: "HANDLER" } } })).resolves.toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it("reports an applied migration whose file was edited afterwards", async () => {
    const db = await openTestDatabase();
    try {
      const dir = migrationsDir({ "20260101000000_a": `CREATE TABLE "A" (id INT);` });
      await db.migrate(dir);
      fs.writeFileSync(path.join(dir, "20260101000000_a/migration.sql"), `CREATE TABLE "A" (id BIGINT);`);
      expect(await db.migrate(dir)).toEqual({ applied: [], modified: ["20260101000000_a"] });
    } finally {
      await db.drop();
    }
  });
});

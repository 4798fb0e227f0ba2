// Applies prisma/migrations/*/migration.sql at start, inside the server process, through the
// connection the app uses. Why not `prisma migrate deploy`: the PGlite adapter's CLI path does not
// await its script (failures look like success) and PGlite allows one connection (DESIGN.md §5).
//
// Applied migrations are recorded in Prisma's own `_prisma_migrations` table, so the Prisma CLI
// still understands the database. Each migration runs in a transaction with its record; on
// PostgreSQL a session advisory lock serialises concurrent starts of several instances.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The little a migration runner needs from a connection (PGlite or one pg client). */
export interface MigrationConnection {
  /** Runs a multi-statement script. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn inside one transaction on this connection. */
  transaction(fn: (tx: MigrationConnection) => Promise<void>): Promise<void>;
  /** Serialises migrators across processes (a no-op for the single-connection PGlite). */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
}

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    override readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

export function readMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateResult {
  applied: string[];
  /** Applied earlier, but the file has changed since: worth a loud warning. */
  modified: string[];
}

export async function applyMigrations(conn: MigrationConnection, migrations: Migration[]): Promise<MigrateResult> {
  return conn.withLock(async () => {
    await conn.exec(CREATE_TABLE);
    const rows = await conn.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const result: MigrateResult = { applied: [], modified: [] };
    for (const m of migrations) {
      const checksum = done.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) result.modified.push(m.name);
        continue;
      }
      try {
        await conn.transaction(async (tx) => {
          await tx.exec(m.sql);
          await tx.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [randomUUID(), m.checksum, m.name],
          );
        });
      } catch (error) {
        throw new MigrationError(m.name, error);
      }
      result.applied.push(m.name);
    }
    return result;
  });
}

// Opens the database: embedded PGlite under $DATA_DIR/pg by default, PostgreSQL when DATABASE_URL
// is set. One schema and one migration history for both.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.js";
import { applyMigrations, type MigrateResult, type MigrationConnection, readMigrations } from "./migrate.js";

export type { PrismaClient };

type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** Applies pending migrations; throws MigrationError naming the migration on failure. */
  migrate(migrationsDir: string): Promise<MigrateResult>;
  /**
   * Runs fn while no other instance is inside it (start-up: migrate + seed). PostgreSQL holds an
   * advisory lock for the duration; PGlite is one process, so it just runs fn.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Cheap liveness check for /healthz. */
  ping(): Promise<boolean>;
  /** The PostgreSQL URL, for PostgreSQL-backed libraries (the job queue). */
  url?: string;
  close(): Promise<void>;
}

/** Any stable 64-bit numbers: advisory lock keys of the migrator and of the start-up section. */
const MIGRATION_LOCK_KEY = 7_310_202_611;
const STARTUP_LOCK_KEY = 7_310_202_612;

export function openPglite(dataDir?: string): Database {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  return pgliteDatabase(new PGlite(dataDir));
}

/** A Database on an open PGlite (tests start theirs from a dumped data dir: `loadDataDir`). */
export function pgliteDatabase(client: PGlite): Database {
  // pglite-prisma-adapter 0.6.1 is typed against driver-adapter-utils 6.10; the runtime contract
  // is the one Prisma 6.19 expects (DESIGN.md §4), so only the declared types differ.
  const adapter = new PrismaPGlite(client) as unknown as AdapterFactory;
  const prisma = new PrismaClient({ adapter });
  const conn = pgliteConnection(client);
  return {
    kind: "pglite",
    prisma,
    migrate: async (dir) => {
      const result = await applyMigrations(conn, readMigrations(dir));
      // PGlite learns the array types (e.g. "Role"[]) when it opens; types created by these
      // migrations would be sent as plain text ("malformed array literal") until it re-reads them.
      await client.refreshArrayTypes();
      return result;
    },
    exclusive: (fn) => fn(),
    ping: () => ping(prisma),
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
  };
}

export function openPostgres(url: string): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    kind: "postgres",
    prisma,
    url,
    migrate: (dir) => withClient(url, (client) => applyMigrations(pgConnection(client), readMigrations(dir))),
    exclusive: (fn) => withClient(url, (client) => withAdvisoryLock(client, STARTUP_LOCK_KEY, fn)),
    ping: () => ping(prisma),
    close: () => prisma.$disconnect(),
  };
}

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Database {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(path.join(options.dataDir, "pg"));
}

async function ping(prisma: PrismaClient): Promise<boolean> {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

function pgliteConnection(db: PGlite): MigrationConnection {
  type Queryable = Pick<PGlite, "exec" | "query">;
  const on = (q: Queryable): MigrationConnection => ({
    exec: async (sql) => {
      await q.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
    // PGlite is one connection inside this process: nothing else can migrate it concurrently.
    withLock: (fn) => fn(),
  });
  return on(db);
}

function pgConnection(client: pg.Client): MigrationConnection {
  const conn: MigrationConnection = {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
    transaction: async (fn) => {
      await client.query("BEGIN");
      try {
        await fn(conn);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    withLock: (fn) => withAdvisoryLock(client, MIGRATION_LOCK_KEY, fn),
  };
  return conn;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A session-level lock: other instances wait in pg_advisory_lock until it is released. */
async function withAdvisoryLock<T>(client: pg.Client, key: number, fn: () => Promise<T>): Promise<T> {
  await client.query("SELECT pg_advisory_lock($1)", [key]);
  try {
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key]);
  }
}

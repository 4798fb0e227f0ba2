// PostgreSQL housekeeping for test runs, without the app's modules: vitest.global-setup.ts runs
// it in vitest's main process, where loading the Prisma client would slow every run's start.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** In a run's template folder: the PostgreSQL template databases made so far, one name a line. */
export const TEMPLATE_DATABASES = "databases";

/** Drops the run's PostgreSQL templates and removes its template folder. */
export async function removeTemplates(dir: string): Promise<void> {
  const list = path.join(dir, TEMPLATE_DATABASES);
  const admin = process.env.TEST_DATABASE_URL;
  if (admin && fs.existsSync(list)) {
    for (const name of fs.readFileSync(list, "utf8").split("\n").filter(Boolean)) await dropDatabase(admin, name);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database. An autovacuum worker may still be in it, and a role without superuser
 * cannot terminate that (WITH (FORCE) then fails with 42501): wait for it and try again. A
 * database left behind after that is a leak, not a failure of the test that made it.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt === 10) {
        console.warn(`could not drop test database ${name}: ${(error as Error).message}`);
        return;
      }
    } finally {
      await c.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
  }
}

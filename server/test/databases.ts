// Test databases: each test file gets a database of its own (an in-memory PGlite, or a new
// PostgreSQL database when TEST_DATABASE_URL is set), copied from a template that the first file
// needing it builds once per run. Starting a PGlite (initdb), migrating and seeding the demo data
// cost each file far more than its tests did; a copy costs a second or two.
// vitest.global-setup.ts gives the run a folder for the templates and removes them at the end.
// Without it (another vitest config), a file builds its database itself, the slow way.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openPostgres, pgliteDatabase } from "../src/db/index.js";
import { MediaStore } from "../src/modules/media/media.store.js";
import { adminQuery, dropDatabase, TEMPLATE_DATABASES } from "./postgres-admin.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** This run's template folder (see vitest.global-setup.ts). */
    testTemplatesDir?: string;
  }
}

export type TestDatabase = Database & { drop(): Promise<void> };

/** The data a test file starts from. */
export interface Template {
  /** A file name and part of a database name: lower case letters. */
  name: string;
  /** The template this one starts from; none: a new, empty database. */
  base?: Template;
  /** What this template adds to its base. Media files go into `media`, which test files get a copy of. */
  build?(db: Database, media: MediaStore): Promise<unknown>;
}

/** A new database. On PGlite a copy beats a new one: a copy skips initdb. */
export const EMPTY: Template = { name: "empty" };

/** A database of its own for a test file, holding `template`'s data; its media files are copied into `mediaDir`. */
export async function openTestDatabaseFrom(template: Template, mediaDir?: string): Promise<TestDatabase> {
  const dir = templatesDir();
  if (!dir) return buildInPlace(template, mediaDir);
  const built = await ensureTemplate(dir, template);
  if (mediaDir) fs.cpSync(built.media, mediaDir, { recursive: true });
  return openCopy(built);
}

/** This run's template folder; none outside vitest (the benchmark scripts use createTestApp too). */
function templatesDir(): string | undefined {
  try {
    return inject("testTemplatesDir");
  } catch {
    return undefined;
  }
}

/** A built template: a data directory dump (PGlite) or a template database (PostgreSQL), and its media. */
interface Built {
  tarball?: string;
  database?: string;
  media: string;
}

const adminUrl = () => process.env.TEST_DATABASE_URL;
const newDatabaseName = (prefix: string) => `${prefix}_${randomBytes(6).toString("hex")}`;

async function openCopy(built: Built): Promise<TestDatabase> {
  if (!built.tarball) return createPostgresDatabase(newDatabaseName("planport_test"), built.database);
  return openPglite(built.tarball);
}

async function openPglite(tarball?: string): Promise<TestDatabase> {
  const db = pgliteDatabase(await startPglite(tarball));
  return { ...db, drop: () => db.close() };
}

/** A new PGlite, or one started from a dumped data directory. */
async function startPglite(tarball?: string): Promise<PGlite> {
  if (!tarball) return new PGlite();
  return new PGlite({ loadDataDir: new Blob([await fs.promises.readFile(tarball)]) });
}

async function createPostgresDatabase(name: string, template?: string): Promise<TestDatabase> {
  const admin = adminUrl() as string;
  await adminQuery(admin, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    ...db,
    drop: async () => {
      await db.close();
      await dropDatabase(admin, name);
    },
  };
}

/** Without a template folder: a new database, then every build step of the template's line. */
async function buildInPlace(template: Template, mediaDir?: string): Promise<TestDatabase> {
  const line: Template[] = [];
  for (let t: Template | undefined = template; t; t = t.base) line.unshift(t);
  const db = adminUrl() ? await createPostgresDatabase(newDatabaseName("planport_test")) : await openPglite();
  const scratch = mediaDir ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), "planport-test-media-"));
  try {
    const media = await MediaStore.open(mediaDir ?? (scratch as string));
    for (const t of line) await t.build?.(db, media);
  } catch (error) {
    await db.drop();
    throw error;
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
  return db;
}

/**
 * The template, built by whichever test file asks first while the others wait. Files in the
 * template folder, per template: `<name>.lock` (the builder's pid), `<name>.json` (Built: ready),
 * `<name>.failed` (the builder's error), `<name>.tar` and `<name>-media/`, and `databases` (the
 * PostgreSQL template databases to drop at the end).
 */
async function ensureTemplate(dir: string, template: Template): Promise<Built> {
  const file = (suffix: string) => path.join(dir, `${template.name}${suffix}`);
  for (;;) {
    if (fs.existsSync(file(".json"))) return JSON.parse(fs.readFileSync(file(".json"), "utf8")) as Built;
    if (fs.existsSync(file(".failed"))) {
      throw new Error(
        `Building the "${template.name}" test database failed: ${fs.readFileSync(file(".failed"), "utf8")}`,
      );
    }
    if (takeLock(file(".lock"))) {
      try {
        const built = await buildTemplate(dir, template);
        fs.writeFileSync(file(".json.part"), JSON.stringify(built));
        fs.renameSync(file(".json.part"), file(".json"));
        return built;
      } catch (error) {
        fs.writeFileSync(file(".failed"), error instanceof Error ? (error.stack ?? error.message) : String(error));
        throw error;
      } finally {
        fs.rmSync(file(".lock"), { force: true });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Takes the lock file, or frees it when the process holding it has died mid-build (its test
 * file's worker stopped) so that the next try takes it.
 */
function takeLock(lock: string): boolean {
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // Empty: the holder has not written its pid yet. Missing: it has just finished.
  const holder = Number(readIfThere(lock) ?? "");
  if (holder && !isAlive(holder)) fs.rmSync(lock, { force: true });
  return false;
}

function readIfThere(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function buildTemplate(dir: string, template: Template): Promise<Built> {
  const base = template.base ? await ensureTemplate(dir, template.base) : undefined;
  const media = path.join(dir, `${template.name}-media`);
  fs.rmSync(media, { recursive: true, force: true });
  if (base) fs.cpSync(base.media, media, { recursive: true });
  const store = await MediaStore.open(media);

  if (!adminUrl()) {
    const client = await startPglite(base?.tarball);
    const db = pgliteDatabase(client);
    try {
      await template.build?.(db, store);
      const tarball = path.join(dir, `${template.name}.tar`);
      fs.writeFileSync(`${tarball}.part`, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
      fs.renameSync(`${tarball}.part`, tarball);
      return { tarball, media };
    } finally {
      await db.close();
    }
  }

  // A copy of template1 is all an empty template would hold.
  if (!template.build) return { database: base?.database, media };
  const name = newDatabaseName(`planport_template_${template.name}`);
  fs.appendFileSync(path.join(dir, TEMPLATE_DATABASES), `${name}\n`);
  const db = await createPostgresDatabase(name, base?.database);
  try {
    await template.build(db, store);
  } finally {
    await db.close();
  }
  // No one connects to a template: CREATE DATABASE … TEMPLATE fails while anyone (autovacuum too) is in it.
  await adminQuery(adminUrl() as string, `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
  return { database: name, media };
}

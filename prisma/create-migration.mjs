#!/usr/bin/env node
// Creates a new migration from the difference between the migration history and schema.prisma.
//
// Why not `prisma migrate dev --create-only`: with the PGlite adapter its shadow database replays
// migrations through prepared statements and fails ("cannot insert multiple commands into a
// prepared statement"). So: replay the history on a scratch PGlite with `exec`, introspect it
// (`db pull`), and diff that datamodel against schema.prisma. Nothing is downloaded.
//
// usage: pnpm migration:create <name>
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";

const here = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm migration:create <name>   (lower-case letters, digits and _)");
  process.exit(2);
}
const migrationsDir = path.join(here, "migrations");
const prismaBin = path.join(here, "../server/node_modules/.bin/prisma");
const config = path.join(here, "prisma.config.ts");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "planport-migrate-"));

try {
  const db = new PGlite(path.join(scratch, "pg"));
  const folders = fs
    .readdirSync(migrationsDir)
    .filter((d) => fs.existsSync(path.join(migrationsDir, d, "migration.sql")))
    .sort();
  for (const folder of folders) {
    await db.exec(fs.readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8"));
  }
  await db.close();

  const run = (args, env = {}) =>
    execFileSync(prismaBin, [...args, "--config", config], {
      encoding: "utf8",
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
  const current = path.join(scratch, "current.prisma");
  const pulled = run(["db", "pull", "--print"], { PLANPORT_SCRATCH_DB: path.join(scratch, "pg") });
  // The CLI prints an adapter warning on stdout before the schema; keep the schema only.
  fs.writeFileSync(current, pulled.slice(pulled.search(/^generator /m)));
  const sql = run([
    "migrate",
    "diff",
    "--from-schema-datamodel",
    current,
    "--to-schema-datamodel",
    path.join(here, "schema.prisma"),
    "--script",
  ]);
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("schema.prisma matches the migration history: no migration created.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(
      `created ${path.relative(process.cwd(), dir)}/migration.sql — read it, then restart the server to apply.`,
    );
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

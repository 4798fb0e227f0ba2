// Everything a server instance does before it serves: open the database, migrate, seed, check
// production safety and start the jobs. main.ts calls it; the PostgreSQL start-up tests too.
import fs from "node:fs";
import path from "node:path";
import { type Clock, systemClock } from "./clock.js";
import type { Services } from "./context.js";
import { type Database, openDatabase } from "./db/index.js";
import type { Env } from "./env.js";
import { InProcessJobRunner } from "./jobs/in-process-runner.js";
import type { JobRunner } from "./jobs/jobs.js";
import { PgBossJobRunner } from "./jobs/pg-boss-runner.js";
import { registerJobs } from "./jobs/register.js";
import type { Logger } from "./logger.js";
import { indexMissingContent } from "./modules/content/search/search-index.js";
import {
  createLetterAttachmentHandler,
  type LetterAttachmentHandler,
} from "./modules/letters/attachments/attachments.http.js";
import { registerCitizenLetterJobs } from "./modules/letters/citizen/citizen.jobs.js";
import { registerLetterRetentionJob } from "./modules/letters/retention.service.js";
import { createStatisticsExportHandler, type StatisticsExportHandler } from "./modules/letters/statistics.xlsx.js";
import { createMediaHandler, type MediaHandler } from "./modules/media/media.http.js";
import { MediaStore } from "./modules/media/media.store.js";
import { type DemoLetterCodes, demoLetterCodes } from "./seed/letters/seed-letters.js";
import { accountsWithSeededPasswords, type CreatedAccount, seedDemo } from "./seed/seed.js";
import { createApp } from "./yoga.js";

export class StartupError extends Error {
  override name = "StartupError";
}

export interface Booted {
  db: Database;
  services: Services;
  app: ReturnType<typeof createApp>;
  media: MediaHandler;
  letterAttachments: LetterAttachmentHandler;
  letterStatisticsExport: StatisticsExportHandler;
  stop(): Promise<void>;
}

export async function boot(env: Env, log: Logger, clock: Clock = systemClock): Promise<Booted> {
  const db = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    // Fails the start when MEDIA_DIR cannot be created or written. Opened first: the seed stores media.
    const store = await MediaStore.open(env.MEDIA_DIR);
    // One instance at a time migrates and seeds; the others wait, then find nothing left to do.
    await db.exclusive(async () => {
      const migrated = await db.migrate(env.MIGRATIONS_DIR);
      if (migrated.applied.length) log.info({ applied: migrated.applied }, "migrations applied");
      for (const name of migrated.modified) log.warn({ migration: name }, "applied migration was edited afterwards");
      if (env.SEED === "demo") {
        const { createdAccounts } = await seedDemo(db.prisma, clock, store);
        if (createdAccounts.length) {
          announceDemoAccounts(createdAccounts, env.DATA_DIR, await demoLetterCodes(db.prisma));
        }
      }
      // Items written before search existed (or by hand) get their index entry now; cheap when none.
      const indexed = await indexMissingContent(db.prisma);
      if (indexed) log.info({ indexed }, "search index completed");
    });
    if (env.NODE_ENV === "production") {
      const unsafe = await accountsWithSeededPasswords(db.prisma);
      if (unsafe.length) {
        throw new StartupError(
          `Refusing to start in production: these accounts still have their demo password: ${unsafe.join(", ")}. ` +
            "Change their passwords (我的 → 修改密码) or disable them first.",
        );
      }
    }

    const jobs: JobRunner = db.url ? new PgBossJobRunner(db.url, log) : new InProcessJobRunner(db.prisma, clock, log);
    const services: Services = {
      prisma: db.prisma,
      clock,
      jobs,
      log,
      trustProxy: env.TRUST_PROXY,
      letterRetentionDays: env.LETTER_RETENTION_DAYS,
    };
    await registerJobs(services);
    const media = createMediaHandler({ services, store, maxUploadBytes: env.MAX_UPLOAD_MB * 1024 * 1024 });
    // Letter attachments are personal data: a store of their own, never served by /media.
    const letterFiles = await MediaStore.open(path.join(env.MEDIA_DIR, "private-letters"));
    await registerCitizenLetterJobs(services, letterFiles);
    await registerLetterRetentionJob(services, letterFiles);
    const letterAttachments = createLetterAttachmentHandler({ services, store: letterFiles });
    // pg-boss creates its queues and schedules with plain INSERTs: two instances doing it at the
    // same moment on a new database can deadlock, so they take turns here too.
    await db.exclusive(() => jobs.start());

    return {
      db,
      services,
      app: createApp(services),
      media,
      letterAttachments,
      letterStatisticsExport: createStatisticsExportHandler(services),
      stop: async () => {
        await jobs.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Printed once, when the accounts are created, and kept in a git-ignored file for local use.
 * Accounts created by an earlier start stay in the file: a later seed adds only its new ones.
 */
export function announceDemoAccounts(accounts: CreatedAccount[], dataDir: string, letters: DemoLetterCodes[]) {
  const file = path.join(dataDir, "demo-accounts.txt");
  const header = "# PlanPort demo staff accounts (username, password, roles). Change them before production.";
  const letterNote = "# 演示来信";
  const created = new Set(accounts.map((a) => a.username));
  const kept = (fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n") : []).filter(
    (line) =>
      line.trim() !== "" &&
      line !== header &&
      !(letters.length > 0 && line.startsWith(letterNote)) &&
      !created.has(line.split("\t")[0] ?? ""),
  );
  const lines = [...kept, ...accounts.map((a) => `${a.username}\t${a.password}\t${a.roles.join(",")}`)];
  // Comment lines: readers of the account lines skip them. A tester opens these on the tracking page.
  for (const l of letters)
    lines.push(`${letterNote}（${l.label}）：查询编号 ${l.trackingCode}，查询码 ${l.accessCode}`);
  fs.mkdirSync(dataDir, { recursive: true });
  // Account lines first, comments after, as a fresh file has them.
  const ordered = [...lines.filter((l) => !l.startsWith("#")), ...lines.filter((l) => l.startsWith("#"))];
  fs.writeFileSync(file, `${header}\n${ordered.join("\n")}\n`, { mode: 0o600 });
  const table = accounts.map((a) => `  ${a.username.padEnd(12)} ${a.password}   ${a.roles.join(",")}`).join("\n");
  process.stdout.write(`\nDemo staff accounts (shown once; also saved to ${file}):\n${table}\n\n`);
}

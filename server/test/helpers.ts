// API test harness: a migrated database per test file (in-memory PGlite, or a fresh PostgreSQL
// database when TEST_DATABASE_URL is set), the yoga app, and a cookie-keeping agent.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ManualClock } from "../src/clock.js";
import type { Services } from "../src/context.js";
import { type Database, openPglite, openPostgres } from "../src/db/index.js";
import { paths } from "../src/env.js";
import { InProcessJobRunner } from "../src/jobs/in-process-runner.js";
import { registerJobs } from "../src/jobs/register.js";
import { createLogger } from "../src/logger.js";
import { MediaStore } from "../src/modules/media/media.store.js";
import { seedDemo } from "../src/seed/seed.js";
import { createApp } from "../src/yoga.js";

export const ROLES = ["EDITOR", "CHECKER", "DEPT_HEAD", "LEADER", "MAINTAINER", "HANDLER", "ADMIN"] as const;
export type TestRole = (typeof ROLES)[number];

/** Seeded usernames per role (see src/seed/demo-data.ts). */
export const USERNAME: Record<TestRole, string> = {
  EDITOR: "editor",
  CHECKER: "checker",
  DEPT_HEAD: "depthead",
  LEADER: "leader",
  MAINTAINER: "maintainer",
  HANDLER: "handler",
  ADMIN: "admin",
};
export const passwordOf = (username: string) => `test-password-for-${username}`;

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  setCookie: string[];
}

export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = openPglite();
    return { ...db, drop: () => db.close() };
  }
  const name = `planport_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    ...db,
    drop: async () => {
      await db.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

export async function createTestApp(options: { seed?: boolean; trustProxy?: boolean } = {}) {
  const db = await openTestDatabase();
  await db.migrate(paths.migrations);
  const clock = new ManualClock("2026-03-02T01:00:00Z");
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  // The seeded items' covers and attachments live here (a real MEDIA_DIR, removed by close()).
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-test-media-"));
  const mediaStore = await MediaStore.open(mediaDir);
  if (options.seed ?? true) await seedDemo(db.prisma, clock, mediaStore, { passwordFor: passwordOf });
  const jobs = new InProcessJobRunner(db.prisma, clock, log);
  const services: Services = { prisma: db.prisma, clock, jobs, log, trustProxy: options.trustProxy ?? true };
  await registerJobs(services);
  const app = createApp(services);

  async function request<T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const response = await app.fetch("http://planport.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, "status" | "setCookie">;
    return { ...body, status: response.status, setCookie: response.headers.getSetCookie() };
  }

  /** A browser-like client: keeps the session cookie between requests. */
  function agent(ip = "203.0.113.10") {
    let cookie = "";
    return {
      get cookie() {
        return cookie;
      },
      async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
        const result = await request<T>(query, variables, { cookie, "x-forwarded-for": ip });
        for (const line of result.setCookie) {
          const [pair] = line.split(";");
          const [name, value] = (pair ?? "").split("=");
          if (name === "planport_session") cookie = value ? `${name}=${value}` : "";
        }
        return result;
      },
      async login(username: string, password = passwordOf(username)) {
        const result = await this.gql<{
          login: { user: { username: string } | null; error: { message: string } | null };
        }>(LOGIN, { input: { username, password } });
        return result;
      },
      async loginAs(role: TestRole) {
        const result = await this.login(USERNAME[role]);
        if (!result.data?.login.user) throw new Error(`login as ${role} failed: ${JSON.stringify(result)}`);
        return this;
      },
    };
  }

  const close = async () => {
    await db.drop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  };
  return { db, prisma: db.prisma, clock, jobs, services, app, mediaStore, request, agent, close };
}

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { user { id username displayName roles } error { message field } }
  }
`;

export const errorCode = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

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

// API test harness: a migrated (and by default seeded) database per test file (in-memory PGlite,
// or a fresh PostgreSQL database when TEST_DATABASE_URL is set; see databases.ts), the yoga app,
// and a cookie-keeping agent.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ManualClock } from "../src/clock.js";
import type { Services } from "../src/context.js";
import { paths } from "../src/env.js";
import { InProcessJobRunner } from "../src/jobs/in-process-runner.js";
import { registerJobs } from "../src/jobs/register.js";
import { createLogger } from "../src/logger.js";
import { MediaStore } from "../src/modules/media/media.store.js";
import { seedDemo } from "../src/seed/seed.js";
import { createApp } from "../src/yoga.js";
import { EMPTY, openTestDatabaseFrom, type Template, type TestDatabase } from "./databases.js";

export { dropDatabase } from "./postgres-admin.js";

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

/**
 * The clock's time when a test app starts, and so when its demo data was seeded: the seed dates
 * content and letters back from this day. Seeded test files start from copies of one database
 * seeded once per run, so a file that needs the data seeded at another time seeds it itself.
 */
export const SEED_TIME = "2026-03-02T01:00:00Z";

const MIGRATED: Template = { name: "migrated", base: EMPTY, build: (db) => db.migrate(paths.migrations) };
const SEEDED: Template = {
  name: "seeded",
  base: MIGRATED,
  build: (db, media) => seedDemo(db.prisma, new ManualClock(SEED_TIME), media, { passwordFor: passwordOf }),
};

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  setCookie: string[];
}

/** An empty database of its own (not migrated). */
export function openTestDatabase(): Promise<TestDatabase> {
  return openTestDatabaseFrom(EMPTY);
}

/** `seed: false`: migrated, no data. Default: with the demo data, seeded at SEED_TIME. */
export async function createTestApp(
  options: { seed?: boolean; trustProxy?: boolean; letterRetentionDays?: number } = {},
) {
  // The seeded items' covers and attachments live here (a real MEDIA_DIR, removed by close()).
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-test-media-"));
  const db = await openTestDatabaseFrom((options.seed ?? true) ? SEEDED : MIGRATED, mediaDir);
  const mediaStore = await MediaStore.open(mediaDir);
  const clock = new ManualClock(SEED_TIME);
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  const jobs = new InProcessJobRunner(db.prisma, clock, log);
  const services: Services = {
    prisma: db.prisma,
    clock,
    jobs,
    log,
    trustProxy: options.trustProxy ?? true,
    letterRetentionDays: options.letterRetentionDays ?? 1095,
  };
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

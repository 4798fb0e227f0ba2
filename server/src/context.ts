// The per-request context every resolver sees. Identity comes from the session cookie only.
import type { Clock } from "./clock.js";
import type { PrismaClient } from "./db/index.js";
import type { Role } from "./generated/prisma/client.js";
import type { JobRunner } from "./jobs/jobs.js";
import type { Logger } from "./logger.js";
import type { RequestAudit } from "./modules/security/audit.service.js";

export interface Viewer {
  userId: string;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  sessionId: string;
}

/** Long-lived services, created once per process (or per test file). */
export interface Services {
  prisma: PrismaClient;
  clock: Clock;
  jobs: JobRunner;
  log: Logger;
  /** Whether to trust X-Forwarded-* headers from a reverse proxy. */
  trustProxy: boolean;
  /** Days a closed letter keeps its writer's personal data (LETTER_RETENTION_DAYS); the privacy notice says so. */
  letterRetentionDays: number;
}

export interface CookieJar {
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface Context extends Services {
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
  audit: RequestAudit;
  cookies: CookieJar;
}

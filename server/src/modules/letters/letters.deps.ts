// What the letters services need from the process and the request. Resolvers build it from the
// GraphQL context; jobs build it from Services with a job-scoped audit.
import type { Clock } from "../../clock.js";
import type { PrismaClient } from "../../db/index.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { JobRunner } from "../../jobs/jobs.js";
import type { Logger } from "../../logger.js";
import type { RequestAudit } from "../security/audit.service.js";

export interface LettersDeps {
  prisma: PrismaClient;
  clock: Clock;
  audit: RequestAudit;
  jobs: JobRunner;
  log: Logger;
}

export type Tx = Prisma.TransactionClient;

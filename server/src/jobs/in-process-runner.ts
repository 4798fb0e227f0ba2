// The embedded-mode job runner: a single process owns the database, so a polling loop is enough.
// One-off jobs are rows in the Job table (they survive a restart); periodic jobs keep their next
// run time in memory (a run missed while the server was down is skipped, as cron would).
import { Cron } from "croner";
import type { Clock } from "../clock.js";
import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import { JOBS_TIME_ZONE, type JobHandler, type JobRunner } from "./jobs.js";

const MAX_ATTEMPTS = 3;
const RETRY_DELAY_MS = 60_000;

interface Periodic {
  name: string;
  cron: Cron;
  next: Date | null;
}

export class InProcessJobRunner implements JobRunner {
  readonly #handlers = new Map<string, JobHandler>();
  readonly #periodic: Periodic[] = [];
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly pollMs = 1000,
  ) {}

  define<T>(name: string, handler: JobHandler<T>): void {
    this.#handlers.set(name, handler as JobHandler);
  }

  async schedule(name: string, cron: string): Promise<void> {
    const parsed = new Cron(cron, { timezone: JOBS_TIME_ZONE, paused: true });
    this.#periodic.push({ name, cron: parsed, next: parsed.nextRun(this.clock.now()) });
  }

  async enqueue<T>(name: string, data: T, options: { runAt?: Date } = {}): Promise<string> {
    this.#handlerFor(name);
    const job = await this.prisma.job.create({
      data: { name, data: data as object, runAt: options.runAt ?? this.clock.now() },
    });
    return job.id;
  }

  async start(): Promise<void> {
    this.#timer = setInterval(() => void this.runDue(), this.pollMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
  }

  /** Runs everything due at the clock's now. Tests call this after moving the clock. */
  runDue(): Promise<void> {
    this.#running ??= this.#runDue().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #runDue(): Promise<void> {
    const now = this.clock.now();
    for (const p of this.#periodic) {
      if (p.next && p.next <= now) {
        p.next = p.cron.nextRun(now);
        await this.#run(p.name, undefined);
      }
    }
    const due = await this.prisma.job.findMany({
      where: { state: "QUEUED", runAt: { lte: now } },
      orderBy: { runAt: "asc" },
      take: 20,
    });
    for (const job of due) {
      await this.prisma.job.update({ where: { id: job.id }, data: { state: "RUNNING", attempts: { increment: 1 } } });
      const error = await this.#run(job.name, job.data);
      const attempts = job.attempts + 1;
      await this.prisma.job.update({
        where: { id: job.id },
        data: error
          ? attempts < MAX_ATTEMPTS
            ? { state: "QUEUED", runAt: new Date(now.getTime() + RETRY_DELAY_MS * attempts), lastError: error }
            : { state: "FAILED", lastError: error, doneAt: now }
          : { state: "DONE", doneAt: now },
      });
    }
  }

  /** Returns the error message, or undefined when the handler succeeded. */
  async #run(name: string, data: unknown): Promise<string | undefined> {
    try {
      await this.#handlerFor(name)(data);
      return undefined;
    } catch (error) {
      this.log.error({ err: error, job: name }, "job failed");
      return error instanceof Error ? error.message : String(error);
    }
  }

  #handlerFor(name: string): JobHandler {
    const handler = this.#handlers.get(name);
    if (!handler) throw new Error(`No job handler defined for "${name}"`);
    return handler;
  }
}

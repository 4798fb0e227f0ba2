// The PostgreSQL job runner: pg-boss keeps jobs in the database and hands each job (and each cron
// tick) to exactly one of however many server instances are running. Timing here is the
// database's clock; the handlers themselves still read the injectable Clock.
import PgBoss from "pg-boss";
import type { Logger } from "../logger.js";
import { JOBS_TIME_ZONE, type JobHandler, type JobRunner } from "./jobs.js";

export class PgBossJobRunner implements JobRunner {
  readonly #boss: PgBoss;
  readonly #handlers = new Map<string, JobHandler>();
  readonly #schedules: Array<{ name: string; cron: string }> = [];
  #started = false;

  constructor(
    connectionString: string,
    private readonly log: Logger,
    options: { pollingIntervalSeconds?: number } = {},
  ) {
    this.#boss = new PgBoss({ connectionString, schema: "pgboss", ...options });
    this.#boss.on("error", (error) => this.log.error({ err: error }, "job queue error"));
  }

  define<T>(name: string, handler: JobHandler<T>): void {
    this.#handlers.set(name, handler as JobHandler);
  }

  async schedule(name: string, cron: string): Promise<void> {
    this.#schedules.push({ name, cron });
    if (this.#started) await this.#boss.schedule(name, cron, {}, { tz: JOBS_TIME_ZONE });
  }

  async enqueue<T>(name: string, data: T, options: { runAt?: Date } = {}): Promise<string> {
    if (!this.#handlers.has(name)) throw new Error(`No job handler defined for "${name}"`);
    const id = await this.#boss.send(name, (data ?? {}) as object, options.runAt ? { startAfter: options.runAt } : {});
    if (!id) throw new Error(`Job "${name}" was not queued`);
    return id;
  }

  async start(): Promise<void> {
    await this.#boss.start();
    for (const [name, handler] of this.#handlers) {
      await this.#boss.createQueue(name);
      await this.#boss.work<unknown>(name, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    }
    for (const { name, cron } of this.#schedules) {
      await this.#boss.schedule(name, cron, {}, { tz: JOBS_TIME_ZONE });
    }
    this.#started = true;
  }

  async stop(): Promise<void> {
    if (this.#started) await this.#boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.#started = false;
  }
}

// One small interface for background work: scheduled publishing, reminders, inspections and
// backups all register here. Two runners implement it:
//  - InProcessJobRunner (embedded PGlite, one process): one-off jobs persisted in the Job table,
//    periodic jobs from cron expressions, both driven by the injectable Clock.
//  - PgBossJobRunner (PostgreSQL, any number of instances): pg-boss guarantees each run happens once.

export type JobHandler<T = unknown> = (data: T) => Promise<void>;

export interface JobRunner {
  /** Registers the code that runs a job. Define before start(). */
  define<T>(name: string, handler: JobHandler<T>): void;
  /** Runs `name` periodically; cron in Asia/Shanghai ("0 2 * * *" = 02:00 Beijing time). */
  schedule(name: string, cron: string): Promise<void>;
  /** Queues one run of `name`, now or at runAt. Returns the job id. */
  enqueue<T>(name: string, data: T, options?: { runAt?: Date }): Promise<string>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const JOBS_TIME_ZONE = "Asia/Shanghai";

// The only file with process side effects: read env, boot, listen, shut down cleanly.
import { boot } from "./boot.js";
import { loadEnv } from "./env.js";
import { createHttpServer } from "./http.js";
import { createLogger } from "./logger.js";

const env = loadEnv();
const log = createLogger(env.LOG_LEVEL);

try {
  const booted = await boot(env, log);
  const server = createHttpServer({
    app: booted.app,
    db: booted.db,
    clientDist: env.CLIENT_DIST,
    log,
    media: booted.media,
    letterAttachments: booted.letterAttachments,
    letterStatisticsExport: booted.letterStatisticsExport,
  });
  server.listen(env.PORT, env.HOST, () => {
    log.info({ port: env.PORT, database: booted.db.kind }, `PlanPort listening on http://localhost:${env.PORT}`);
  });

  const shutdown = async (signal: string) => {
    log.info({ signal }, "shutting down");
    server.close();
    server.closeIdleConnections();
    await booted.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  // Loud and specific: a failed migration names itself and the database error.
  const message = error instanceof Error ? error.message : String(error);
  log.fatal({ err: error }, message);
  process.stderr.write(`\nPlanPort could not start: ${message}\n`);
  process.exit(1);
}

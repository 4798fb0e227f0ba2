import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "planport" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log secrets, even by accident.
    redact: ["req.headers.cookie", 'res.headers["set-cookie"]', "*.password", "*.token"],
  });
}

// The one place environment variables are read. Fails fast with a readable list.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Relative paths are taken from where the user ran the command (pnpm sets INIT_CWD). */
const fromInvocationDir = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** Embedded PGlite lives in $DATA_DIR/pg; the demo account file too. */
  DATA_DIR: z.string().default(path.join(repoRoot, "data")).transform(fromInvocationDir),
  /** When set, PostgreSQL instead of the embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /** Where the migration history lives (tests point it elsewhere). */
  MIGRATIONS_DIR: z.string().default(path.join(repoRoot, "prisma/migrations")).transform(fromInvocationDir),
  CLIENT_DIST: z.string().default(path.join(repoRoot, "client/dist")).transform(fromInvocationDir),
  /** Trust X-Forwarded-For/-Proto from a reverse proxy (client IP, Secure cookies). */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** `demo` seeds departments, staff, columns and content; `off` seeds nothing. */
  SEED: z.enum(["demo", "off"]).default("demo"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Uploaded media (content-addressed files, image variants). Default $DATA_DIR/media. */
  MEDIA_DIR: z.string().optional(),
  /** Cap on any one upload, in MB; the per-kind limits (images 20, documents 50, video 200) apply below it. */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(2000).default(200),
  /**
   * Days after a letter is closed (已办结) before the writer's personal data (name, phone, email,
   * request details, attachments) is erased (个人信息保护法 Art. 19). Default 3 years: the general
   * limitation period (民法典 Art. 188), well past the windows for review or suit against a reply
   * (行政复议 60 days, 行政诉讼 6 months) and a writer coming back on the same matter.
   */
  LETTER_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(1095),
});

const withDefaults = schema.transform((env) => ({
  ...env,
  MEDIA_DIR: env.MEDIA_DIR ? fromInvocationDir(env.MEDIA_DIR) : path.join(env.DATA_DIR, "media"),
}));

export type Env = z.infer<typeof withDefaults>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = withDefaults.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const paths = {
  repoRoot,
  migrations: path.join(repoRoot, "prisma/migrations"),
};

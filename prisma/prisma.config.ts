// Prisma CLI configuration. The CLI is only needed to *generate* the client and to
// *create* migrations; the server applies migrations itself at start (server/src/db/migrate.ts).
// `engine: "js"` keeps the CLI on its WebAssembly schema engine: nothing is downloaded.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  // A scratch in-memory PGlite: `migrate dev --create-only` replays the migration history on it
  // and diffs against the schema. It never touches ./data (PGlite allows one connection).
  adapter: async () => new PrismaPGlite(new PGlite(process.env.PLANPORT_SCRATCH_DB)),
});

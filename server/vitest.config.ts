import { createRequire } from "node:module";
import os from "node:os";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Vite would pick the ESM one for our
    // sources while Node loads the CJS one for yoga and Pothos: two realms, and every
    // `instanceof GraphQLError` fails. Point everything at the one Node uses.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // PostgreSQL-only tests (concurrent starts, pg-boss) run with `pnpm test:pg` in CI.
    exclude: ["test/pg/**"],
    // Each file copies a database migrated and seeded once per run (test/databases.ts).
    globalSetup: ["./vitest.global-setup.ts"],
    // Argon2 hashing takes a moment on a 2-core machine. The first file to need the seeded
    // database builds it in its beforeAll (start, migrate, seed), and files wanting it meanwhile wait.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default leaves a core to its main process (cores - 1: one worker on CI's two), which
    // idles while test files run. Two workers cut the suite's time by a quarter to a third there.
    maxWorkers: os.availableParallelism(),
  },
});

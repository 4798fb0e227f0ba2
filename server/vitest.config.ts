import { createRequire } from "node:module";
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
    // Argon2 hashing and migrating a PGlite per file take a moment on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});

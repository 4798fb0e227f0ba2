// PostgreSQL-only tests: several server processes on one database, and the pg-boss job runner.
// CI runs them with TEST_DATABASE_URL pointing at a real PostgreSQL 15.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ["test/pg/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgBossJobRunner } from "../../src/jobs/pg-boss-runner.js";
import { createLogger } from "../../src/logger.js";
import { createDatabase } from "./pg-helpers.js";

let db: Awaited<ReturnType<typeof createDatabase>>;
beforeAll(async () => {
  db = await createDatabase();
});
afterAll(() => db.drop());

describe("PgBossJobRunner with two instances on one database", () => {
  it("runs each queued job exactly once", async () => {
    const log = createLogger("silent");
    const runs: Array<{ instance: string; n: number }> = [];
    const [a, b] = ["a", "b"].map((name) => {
      const runner = new PgBossJobRunner(db.url, log, { pollingIntervalSeconds: 0.5 });
      runner.define<{ n: number }>("test.count", async ({ n }) => {
        runs.push({ instance: name, n });
      });
      return runner;
    });
    if (!a || !b) throw new Error("two runners expected");
    await a.start();
    await b.start();
    try {
      for (let n = 0; n < 20; n++) await (n % 2 ? b : a).enqueue("test.count", { n });
      const deadline = Date.now() + 30_000;
      while (runs.length < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      // Give a duplicate the chance to show up before counting.
      await new Promise((r) => setTimeout(r, 1500));
      expect(runs.map((r) => r.n).sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

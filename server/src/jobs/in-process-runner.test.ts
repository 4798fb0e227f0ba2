import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/helpers.js";
import { ManualClock, MINUTE } from "../clock.js";
import type { Database } from "../db/index.js";
import { paths } from "../env.js";
import { createLogger } from "../logger.js";
import { InProcessJobRunner } from "./in-process-runner.js";

let db: Database & { drop(): Promise<void> };
beforeAll(async () => {
  db = await openTestDatabase();
  await db.migrate(paths.migrations);
});
afterAll(() => db.drop());

function runner(clock: ManualClock) {
  return new InProcessJobRunner(db.prisma, clock, createLogger("silent"));
}

describe("InProcessJobRunner", () => {
  it("runs a one-off job once, when the clock reaches its time", async () => {
    const clock = new ManualClock("2026-05-01T00:00:00Z");
    const jobs = runner(clock);
    const seen: unknown[] = [];
    jobs.define<{ itemId: string }>("content.publish", async (data) => {
      seen.push(data);
    });
    await jobs.enqueue("content.publish", { itemId: "a1" }, { runAt: new Date("2026-05-01T02:00:00Z") });

    await jobs.runDue();
    expect(seen).toEqual([]);
    clock.advance(120 * MINUTE);
    await jobs.runDue();
    await jobs.runDue();
    expect(seen).toEqual([{ itemId: "a1" }]);
  });

  it("retries a failing job, then marks it FAILED with the error", async () => {
    const clock = new ManualClock("2026-05-02T00:00:00Z");
    const jobs = runner(clock);
    let calls = 0;
    jobs.define("flaky", async () => {
      calls++;
      throw new Error("mail server down");
    });
    const id = await jobs.enqueue("flaky", {});
    for (let i = 0; i < 5; i++) {
      await jobs.runDue();
      clock.advance(10 * MINUTE);
    }
    expect(calls).toBe(3);
    expect(await db.prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "FAILED",
      attempts: 3,
      lastError: "mail server down",
    });
  });

  it("runs a periodic job at its cron time in Beijing time, once per tick", async () => {
    // 01:59 Beijing time on 2026-05-03 is 17:59 UTC the day before.
    const clock = new ManualClock("2026-05-02T17:59:00Z");
    const jobs = runner(clock);
    let runs = 0;
    jobs.define("nightly", async () => {
      runs++;
    });
    await jobs.schedule("nightly", "0 2 * * *");
    await jobs.runDue();
    expect(runs).toBe(0);
    clock.advance(MINUTE);
    await jobs.runDue();
    await jobs.runDue();
    expect(runs).toBe(1);
    clock.advance(24 * 60 * MINUTE);
    await jobs.runDue();
    expect(runs).toBe(2);
  });

  it("refuses to queue a job nobody can run", async () => {
    await expect(runner(new ManualClock()).enqueue("nobody.handles.this", {})).rejects.toThrow(/No job handler/);
  });
});

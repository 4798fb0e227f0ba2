import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { it } from "vitest";
import { openTestDatabase } from "../../../test/helpers.js";
import { ManualClock } from "../../clock.js";
import { paths } from "../../env.js";
import { MediaStore } from "../../modules/media/media.store.js";
import { seedDemo } from "../seed.js";

it("bench seed", async () => {
  const db = await openTestDatabase();
  await db.migrate(paths.migrations);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  const media = await MediaStore.open(dir);
  const clock = new ManualClock("2026-11-27T02:00:00Z");
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    await seedDemo(db.prisma, clock, media, { passwordFor: () => "x" });
    console.log("seed ms", i, Math.round(performance.now() - t0));
  }
  await db.drop();
  fs.rmSync(dir, { recursive: true });
}, 300_000);

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/helpers.js";
import { DAY, ManualClock } from "../clock.js";
import { paths } from "../env.js";
import { dateToDay, dayToDate } from "../modules/operations/duty-day.js";
import { seedDutyRoster } from "./duty-roster.js";
import { seedId } from "./ids.js";

let db: Awaited<ReturnType<typeof openTestDatabase>>;
// 23:30 on 1 June in Beijing, still 15:30 on 1 June in UTC: the roster counts Beijing days.
const clock = new ManualClock("2026-06-01T15:30:00Z");

beforeAll(async () => {
  db = await openTestDatabase();
  await db.migrate(paths.migrations);
  await db.prisma.user.createMany({
    data: ["maintainer", "leader", "editor"].map((username) => ({
      id: seedId("user", username),
      username,
      displayName: username,
      passwordHash: "x",
      roles: [],
    })),
  });
});
afterAll(() => db.drop());

const shifts = () =>
  db.prisma.dutyShift.findMany({ include: { user: true }, orderBy: [{ date: "asc" }, { userId: "asc" }] });

describe("demo duty roster", () => {
  it("puts the maintainer and the leader on duty from 30 days before to 90 days after today", async () => {
    await seedDutyRoster(db.prisma, clock);
    const rows = await shifts();
    expect(rows).toHaveLength(2 * 121);
    expect(dateToDay(rows[0]?.date ?? new Date(0))).toBe("2026-05-02");
    expect(dateToDay(rows.at(-1)?.date ?? new Date(0))).toBe("2026-08-30");
    const today = rows.filter((s) => dateToDay(s.date) === "2026-06-01").map((s) => s.user.username);
    expect(today.sort()).toEqual(["leader", "maintainer"]);
  });

  it("changes nothing when run again on the same day, and never puts back a shift staff removed", async () => {
    const removed = { date: dayToDate("2026-06-10"), userId: seedId("user", "maintainer") };
    await db.prisma.dutyShift.delete({ where: { date_userId: removed } });
    const before = await shifts();
    await seedDutyRoster(db.prisma, clock);
    expect(await shifts()).toEqual(before);
  });

  it("extends the roster as days pass, even past a shift staff added far ahead", async () => {
    await db.prisma.dutyShift.create({
      data: { date: dayToDate("2026-12-01"), userId: seedId("user", "editor"), assignedById: seedId("user", "leader") },
    });
    clock.advance(5 * DAY);
    await seedDutyRoster(db.prisma, clock);
    const seeded = (await shifts()).filter((s) => s.assignedById === null);
    expect(dateToDay(seeded.at(-1)?.date ?? new Date(0))).toBe("2026-09-04");
    expect(seeded).toHaveLength(2 * 126 - 1);
  });
});

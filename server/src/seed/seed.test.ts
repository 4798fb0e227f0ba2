import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/helpers.js";
import { ManualClock } from "../clock.js";
import { paths } from "../env.js";
import { accountsWithSeededPasswords, generatePassword, seedDemo } from "./seed.js";

let db: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  db = await openTestDatabase();
  await db.migrate(paths.migrations);
});
afterAll(() => db.drop());

const counts = async () => ({
  departments: await db.prisma.department.count(),
  users: await db.prisma.user.count(),
  columns: await db.prisma.column.count(),
  content: await db.prisma.contentItem.count(),
});

describe("demo seed", () => {
  it("creates one account per role, once, and never touches them again", async () => {
    const clock = new ManualClock("2026-06-01T02:00:00Z");
    const first = await seedDemo(db.prisma, clock, { passwordFor: () => "first-run-password" });
    expect(first.createdAccounts.flatMap((a) => a.roles).sort()).toEqual([
      "ADMIN",
      "CHECKER",
      "DEPT_HEAD",
      "EDITOR",
      "HANDLER",
      "LEADER",
      "MAINTAINER",
    ]);
    const before = await counts();
    const content = await db.prisma.contentItem.findMany({ orderBy: { seedKey: "asc" } });

    clock.advance(86_400_000 * 3);
    const second = await seedDemo(db.prisma, clock, { passwordFor: () => "second-run-password" });
    expect(second.createdAccounts).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await db.prisma.contentItem.findMany({ orderBy: { seedKey: "asc" } })).toEqual(content);
    expect(before).toMatchObject({ departments: 8, users: 7 });
  });

  it("flags every demo account until its password changes", async () => {
    expect(await accountsWithSeededPasswords(db.prisma)).toHaveLength(7);
  });

  it("generates strong, distinct passwords", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}$/);
    expect(generatePassword()).not.toBe(a);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("audit log", () => {
  it("cannot be changed or removed, even with direct SQL", async () => {
    await t.agent().loginAs("EDITOR");
    const before = await t.prisma.auditEntry.findMany({ orderBy: { id: "asc" } });
    expect(before.length).toBeGreaterThan(0);
    // (The PGlite adapter drops the trigger's message, so assert the refusal and the intact rows.)
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "AuditEntry" SET action = 'x'`)).rejects.toThrow();
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow();
    await expect(t.prisma.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow();
    await expect(t.prisma.auditEntry.deleteMany({})).rejects.toThrow();
    expect(await t.prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("records who, which roles, what, when, from where and the outcome", async () => {
    await t.agent("203.0.113.99").loginAs("HANDLER");
    const entry = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: "auth.login", ip: "203.0.113.99" },
    });
    expect(entry).toMatchObject({
      actorName: "handler",
      actorRoles: "HANDLER",
      outcome: "SUCCESS",
      targetType: "User",
    });
    expect(entry.at.toISOString()).toBe(t.clock.now().toISOString());
  });

  it("filters by action family for auditors", async () => {
    const admin = await t.agent().loginAs("ADMIN");
    const result = await admin.gql<{
      auditEntries: { edges: Array<{ node: { action: string; actorRoles: string } }> };
    }>(`{ auditEntries(first: 50, action: "auth") { edges { node { action actorRoles } } } }`);
    const actions = new Set(result.data?.auditEntries.edges.map((e) => e.node.action));
    expect([...actions].sort()).toEqual(["auth.login"]);
  });
});

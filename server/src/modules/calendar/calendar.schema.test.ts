import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, passwordOf } from "../../../test/helpers.js";
import type { Role } from "../../generated/prisma/client.js";
import { hashPassword } from "../accounts/password.js";
import { createLetter } from "../letters/intake.js";
import { requestAudit } from "../security/audit.service.js";
import { PROVISIONAL_2027 } from "./provisional-2027.js";

let t: Awaited<ReturnType<typeof createTestApp>>;

const YEARS = /* GraphQL */ `
  { workCalendarYears { year source notice builtIn holidays workdays loadedBy { username } loadedAt } }
`;
const LOAD = /* GraphQL */ `
  mutation Load($json: String!) {
    loadWorkCalendarYear(json: $json) {
      year { year source builtIn loadedBy { username } loadedAt }
      refreshedLetters
      errors { message field }
    }
  }
`;

interface Year {
  year: number;
  source: string;
  builtIn: boolean;
  holidays: string[];
  loadedBy: { username: string } | null;
}
interface LoadResult {
  loadWorkCalendarYear: {
    year: Year | null;
    refreshedLetters: number;
    errors: Array<{ message: string; field: string }>;
  };
}

async function staff(username: string, roles: Role[]) {
  await t.prisma.user.create({
    data: { username, displayName: username, roles, passwordHash: await hashPassword(passwordOf(username)) },
  });
}

async function signedIn(username: string) {
  const agent = t.agent();
  await agent.login(username);
  return agent;
}

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  await staff("admin", ["ADMIN"]);
  await staff("handler", ["HANDLER"]);
});
afterAll(() => t.close());

describe("the working-day calendar's years", () => {
  it("covers the bundled years with an empty table: 2024–2026 official, 2027 provisional (暂定)", async () => {
    expect(await t.prisma.workCalendarYear.count()).toBe(0);
    expect(errorCode(await t.agent().gql(YEARS))).toBe("UNAUTHENTICATED");
    const result = await (await signedIn("handler")).gql<{ workCalendarYears: Year[] }>(YEARS);
    expect(result.errors).toBeUndefined();
    const years = result.data?.workCalendarYears ?? [];
    expect(years.map((y) => [y.year, y.source, y.builtIn, y.loadedBy])).toEqual([
      [2024, "OFFICIAL", true, null],
      [2025, "OFFICIAL", true, null],
      [2026, "OFFICIAL", true, null],
      [2027, "PROVISIONAL", true, null],
    ]);
    expect(years.find((y) => y.year === 2026)?.holidays).toContain("2026-10-01");
  });

  it("is loaded by admins only", async () => {
    const result = await (await signedIn("handler")).gql(LOAD, { json: JSON.stringify(PROVISIONAL_2027) });
    expect(errorCode(result)).toBe("FORBIDDEN");
  });

  it("lists every problem of a bad file and stores nothing", async () => {
    const admin = await signedIn("admin");
    const bad = { year: 2027, holidays: ["2027-13-01", "2026-12-31"], workdays: ["2027-06-07"], source: "maybe" };
    const result = await admin.gql<LoadResult>(LOAD, { json: JSON.stringify(bad) });
    expect(result.errors).toBeUndefined();
    const payload = result.data?.loadWorkCalendarYear;
    expect(payload?.year).toBeNull();
    const messages = payload?.errors.map((e) => e.message) ?? [];
    expect(messages).toHaveLength(4);
    expect(messages.join("\n")).toMatch(/2027-13-01.*不是有效日期/);
    expect(messages.join("\n")).toContain("2026-12-31 不在 2027 年内");
    expect(messages.join("\n")).toContain("2027-06-07 不是周六或周日");
    expect(messages.join("\n")).toContain("来源（source）");
    expect(payload?.errors.every((e) => e.field === "json")).toBe(true);
    expect(await t.prisma.workCalendarYear.count()).toBe(0);

    const notJson = await admin.gql<LoadResult>(LOAD, { json: "{year: 2027" });
    expect(notJson.data?.loadWorkCalendarYear.errors[0]?.message).toContain("不是有效的 JSON");
  });

  it("replaces a bundled year, and moves the deadlines of open letters onto it", async () => {
    // Received Mon 7 Jun 2027. On the provisional schedule 端午 (Wed 9 Jun) is off: seven working days
    // are 8, 10, 11, 14, 15, 16, 17 Jun → due Thu 17 Jun.
    t.clock.set("2027-06-07T01:00:00Z");
    const deps = { ...t.services, audit: requestAudit(t.prisma, t.clock, () => null, null) };
    const { letter } = await t.prisma.$transaction((tx) =>
      createLetter(tx, deps, {
        channel: "DIRECTOR_MAILBOX",
        type: "CONSULTATION",
        subject: "端午假期咨询",
        body: "……",
      }),
    );
    expect(letter.replyDueAt?.toISOString()).toBe("2027-06-17T15:59:59.999Z");

    // Suppose the official notice keeps 端午 on a different day: 9 Jun becomes a working day.
    const official = {
      ...PROVISIONAL_2027,
      source: "official",
      notice: "国务院办公厅关于2027年部分节假日安排的通知（测试）",
      holidays: PROVISIONAL_2027.holidays.filter((day) => day !== "2027-06-09"),
    };
    const admin = await signedIn("admin");
    const result = await admin.gql<LoadResult>(LOAD, { json: JSON.stringify(official) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.loadWorkCalendarYear).toMatchObject({
      year: { year: 2027, source: "OFFICIAL", builtIn: false, loadedBy: { username: "admin" } },
      refreshedLetters: 1,
      errors: [],
    });

    const moved = await t.prisma.letter.findUniqueOrThrow({ where: { id: letter.id } });
    expect(moved.replyDueAt?.toISOString()).toBe("2027-06-16T15:59:59.999Z");
    const years = (await admin.gql<{ workCalendarYears: Year[] }>(YEARS)).data?.workCalendarYears ?? [];
    expect(years.find((y) => y.year === 2027)).toMatchObject({ source: "OFFICIAL", builtIn: false });
    expect(years.find((y) => y.year === 2027)?.holidays).not.toContain("2027-06-09");

    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: "calendar.year.load", outcome: "SUCCESS" },
    });
    expect(audit).toMatchObject({
      actorName: "admin",
      targetId: "2027",
      detail: { source: "official", refreshedLetters: 1 },
    });
  });

  it("adds a year beyond the bundled ones", async () => {
    const admin = await signedIn("admin");
    const year2028 = { year: 2028, holidays: ["2028-01-01"], workdays: [], source: "provisional" };
    const result = await admin.gql<LoadResult>(LOAD, { json: JSON.stringify(year2028) });
    expect(result.data?.loadWorkCalendarYear.year).toMatchObject({ year: 2028, source: "PROVISIONAL", builtIn: false });
    const years = (await admin.gql<{ workCalendarYears: Year[] }>(YEARS)).data?.workCalendarYears ?? [];
    expect(years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
  });
});

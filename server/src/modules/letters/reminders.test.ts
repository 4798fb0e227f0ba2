import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, passwordOf } from "../../../test/helpers.js";
import type { Letter, Role } from "../../generated/prisma/client.js";
import { hashPassword } from "../accounts/password.js";
import { loadWorkCalendar } from "../calendar/builtin-schedules.js";
import { requestAudit } from "../security/audit.service.js";
import { refreshDeadlines } from "./deadlines.js";
import { createLetter, type NewLetter } from "./intake.js";
import type { LettersDeps } from "./letters.deps.js";
import {
  dueReminders,
  type ReminderLetter,
  reminderClocks,
  reminderKindOn,
  sendLetterReminders,
} from "./reminders.service.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let deps: LettersDeps;
const calendar = loadWorkCalendar();

/** 08:30 Beijing time on a day: when the reminder job runs. */
const jobTime = (day: string) => `${day}T00:30:00Z`;

const staffIds: Record<string, string> = {};
const letters: Record<string, Letter> = {};
const nameOf = (id: string, table: Record<string, { id: string } | string>) =>
  Object.entries(table).find(([, v]) => (typeof v === "string" ? v : v.id) === id)?.[0] ?? id;

async function staff(username: string, roles: Role[], departmentId: string | null, disabled = false) {
  const user = await t.prisma.user.create({
    data: {
      username,
      displayName: username,
      roles,
      departmentId,
      passwordHash: await hashPassword(passwordOf(username)),
      disabledAt: disabled ? t.clock.now() : null,
    },
  });
  staffIds[username] = user.id;
}

async function letter(key: string, input: Partial<NewLetter>, then: Record<string, unknown> = {}) {
  const { letter: created } = await t.prisma.$transaction((tx) =>
    createLetter(tx, deps, {
      channel: "DIRECTOR_MAILBOX",
      type: "CONSULTATION",
      subject: `五象新区轨道站点周边规划咨询 ${key}`,
      body: "请问站点周边地块的控规调整何时公示？",
      writerName: "韦小宝",
      writerPhone: "13912345678",
      ...input,
    }),
  );
  letters[key] = await t.prisma.letter.update({ where: { id: created.id }, data: then });
}

/** Every reminder as "letter kind day recipient", sorted. */
async function reminderLines(): Promise<string[]> {
  const rows = await t.prisma.letterReminder.findMany();
  return rows
    .map(
      (r) =>
        `${nameOf(r.letterId, letters)} ${r.kind} ${r.day.toISOString().slice(0, 10)} ${nameOf(r.recipientId, staffIds)}`,
    )
    .sort();
}

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  deps = { ...t.services, audit: requestAudit(t.prisma, t.clock, () => null, null) };
  const registry = await t.prisma.department.create({ data: { code: "letters", name: "信访科" } });
  const land = await t.prisma.department.create({ data: { code: "land-use", name: "用地规划科" } });
  const other = await t.prisma.department.create({ data: { code: "transport", name: "市政交通规划科" } });
  await staff("registrar", ["HANDLER"], registry.id);
  await staff("retired", ["HANDLER"], registry.id, true);
  await staff("registryHead", ["DEPT_HEAD"], registry.id);
  await staff("handlerA", ["HANDLER"], land.id);
  await staff("landHead", ["DEPT_HEAD"], land.id);
  await staff("otherHead", ["DEPT_HEAD"], other.id);
  await staff("admin", ["ADMIN"], null);

  // Wednesday 23 September 2026, 10:00 Beijing time. Ahead: 中秋 (25–27 Sep), 国庆 (1–7 Oct) and the
  // 调休 Saturday 10 October. Seven working days: 24, 28, 29, 30 Sep, 8, 9, 10 Oct → due Sat 10 Oct.
  // Two working days (acknowledgement): 24, 28 Sep → due Mon 28 Sep.
  t.clock.set("2026-09-23T02:00:00Z");
  await letter(
    "assigned",
    { complex: true },
    { status: "ASSIGNED", departmentId: land.id, handlerId: staffIds.handlerA, registeredAt: t.clock.now() },
  );
  await letter("unassigned", {});
  // Waiting for the applicant (补正) since the day it came: its clock stands, no due date.
  await letter(
    "paused",
    { type: "DISCLOSURE_REQUEST" },
    { status: "PAUSED", departmentId: land.id, handlerId: staffIds.handlerA },
  );
  const pausedId = letters.paused?.id ?? "";
  await t.prisma.letterPause.create({
    data: { letterId: pausedId, kind: "AWAITING_COMPLETION", startedAt: t.clock.now() },
  });
  await t.prisma.$transaction((tx) => refreshDeadlines(tx, deps, pausedId));
  await letter(
    "replied",
    {},
    {
      status: "REPLIED",
      departmentId: land.id,
      handlerId: staffIds.handlerA,
      repliedAt: t.clock.now(),
      replyText: "已答复",
    },
  );
});
afterAll(() => t.close());

describe("the reminder job (催办) across 中秋, 国庆 and a 调休 Saturday", () => {
  it("stores the deadlines the walk below relies on", () => {
    expect(letters.assigned?.ackDueAt?.toISOString()).toBe("2026-09-28T15:59:59.999Z");
    expect(letters.assigned?.replyDueAt?.toISOString()).toBe("2026-10-10T15:59:59.999Z");
    expect(letters.unassigned?.replyDueAt?.toISOString()).toBe("2026-10-10T15:59:59.999Z");
  });

  it("reminds the right people on the right working days, and never about a stopped clock", async () => {
    const paused = await t.prisma.letter.findUniqueOrThrow({ where: { id: letters.paused?.id } });
    expect(paused.replyDueAt).toBeNull();

    const days: Record<string, Awaited<ReturnType<typeof sendLetterReminders>>> = {};
    for (let day = new Date("2026-09-24T00:00:00Z"); day <= new Date("2026-10-12T00:00:00Z"); ) {
      const iso = day.toISOString().slice(0, 10);
      t.clock.set(jobTime(iso));
      // Through the registered job, as the server runs it.
      await t.jobs.runDue();
      days[iso] = await sendLetterReminders(deps);
      if (iso === "2026-09-30") {
        // Acknowledged (已告知) after that day's reminders: no acknowledgement reminder afterwards.
        await t.prisma.letter.update({
          where: { id: letters.assigned?.id },
          data: { acknowledgedAt: new Date("2026-09-30T02:00:00Z") },
        });
      }
      day = new Date(day.getTime() + 86_400_000);
    }

    // Holidays and the weekend do nothing; the 调休 Saturday is a working day.
    for (const off of ["2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-07", "2026-10-11"]) {
      expect(days[off]?.workingDay, off).toBe(false);
    }
    expect(days["2026-10-10"]?.workingDay).toBe(true);
    // The registered job had already written each working day's reminders: the second run found none to add.
    for (const [day, run] of Object.entries(days)) if (run.workingDay) expect(run.created, day).toBe(0);

    expect(await reminderLines()).toEqual(
      [
        // Acknowledgement of the complex letter: due Mon 28 Sep, late on the 29th and 30th.
        "assigned DUE_TODAY 2026-09-28 handlerA",
        "assigned OVERDUE 2026-09-29 handlerA",
        "assigned OVERDUE 2026-09-29 landHead",
        "assigned OVERDUE 2026-09-30 handlerA",
        "assigned OVERDUE 2026-09-30 landHead",
        // Reply: 2 working days before (Thu 8 Oct, across the holiday), on the 调休 Saturday, then
        // late on Monday (Sunday is skipped) — to the handler, and to the department's head.
        "assigned BEFORE_DUE 2026-10-08 handlerA",
        "assigned DUE_TODAY 2026-10-10 handlerA",
        "assigned OVERDUE 2026-10-12 handlerA",
        "assigned OVERDUE 2026-10-12 landHead",
        // Nobody handles it yet: the registry office's active handler, and its head once late.
        "unassigned BEFORE_DUE 2026-10-08 registrar",
        "unassigned DUE_TODAY 2026-10-10 registrar",
        "unassigned OVERDUE 2026-10-12 registrar",
        "unassigned OVERDUE 2026-10-12 registryHead",
      ].sort(),
    );
  });

  it("creates nothing new when run again the same day", async () => {
    t.clock.set("2026-10-12T06:00:00Z");
    const before = await t.prisma.letterReminder.count();
    const again = await sendLetterReminders(deps);
    expect(again).toMatchObject({ workingDay: true, letters: 2, created: 0 });
    expect(await t.prisma.letterReminder.count()).toBe(before);
  });

  it("keeps reminding daily while overdue", async () => {
    t.clock.set(jobTime("2026-10-13"));
    const run = await sendLetterReminders(deps);
    expect(run).toMatchObject({ workingDay: true, letters: 2, created: 4 });
  });
});

describe("which clocks call, and for whom (pure)", () => {
  const base: ReminderLetter = {
    id: "l1",
    status: "ASSIGNED",
    complex: true,
    ackDueAt: new Date("2026-10-09T15:59:59.999Z"),
    acknowledgedAt: null,
    replyDueAt: new Date("2026-10-09T15:59:59.999Z"),
    handlerId: "h",
    departmentId: "d",
  };

  it("counts BEFORE_DUE in working days across the National Day holiday", () => {
    // Due Fri 9 Oct: the working day before is Thu 8 Oct, the one before that Wed 30 Sep (国庆 between).
    expect(reminderKindOn("2026-10-09", "2026-09-30", calendar)).toBe("BEFORE_DUE");
    expect(reminderKindOn("2026-10-09", "2026-10-08", calendar)).toBeNull();
    expect(reminderKindOn("2026-10-09", "2026-09-29", calendar)).toBeNull();
    expect(reminderKindOn("2026-10-09", "2026-10-09", calendar)).toBe("DUE_TODAY");
    expect(reminderKindOn("2026-10-09", "2026-10-12", calendar)).toBe("OVERDUE");
  });

  it("makes one reminder of a kind when both clocks call for it, and says which clocks", () => {
    expect(dueReminders(base, "2026-10-12", calendar)).toEqual([
      { kind: "OVERDUE", clock: "ACKNOWLEDGEMENT" },
      { kind: "OVERDUE", clock: "REPLY" },
    ]);
    const reminder = {
      kind: "OVERDUE" as const,
      day: new Date("2026-10-12T00:00:00Z"),
      createdAt: new Date("2026-10-12T00:30:00Z"),
    };
    expect(reminderClocks(reminder, base, calendar)).toEqual(["ACKNOWLEDGEMENT", "REPLY"]);
    // Acknowledged later that day: the reminder was still about both.
    const later = { ...base, acknowledgedAt: new Date("2026-10-12T03:00:00Z"), status: "REPLIED" as const };
    expect(reminderClocks(reminder, later, calendar)).toEqual(["ACKNOWLEDGEMENT", "REPLY"]);
  });

  it("reminds about a paused letter only when its clock runs again (a third-party wait past 15 days)", () => {
    const stopped = { ...base, status: "PAUSED" as const, complex: false, replyDueAt: null };
    expect(dueReminders(stopped, "2026-10-12", calendar)).toEqual([]);
    const running = { ...base, status: "PAUSED" as const, complex: false };
    expect(dueReminders(running, "2026-10-12", calendar)).toEqual([{ kind: "OVERDUE", clock: "REPLY" }]);
    expect(dueReminders({ ...base, status: "REPLIED" }, "2026-10-12", calendar)).toEqual([]);
  });
});

describe("reminders and the overdue banner over GraphQL", () => {
  const MY_REMINDERS = /* GraphQL */ `
    query Mine($unreadOnly: Boolean) {
      myReminders(unreadOnly: $unreadOnly, first: 50) {
        totalCount
        edges { node { id kind day clocks readAt letter { trackingCode } } }
      }
      unreadReminderCount
    }
  `;
  type Mine = {
    myReminders: {
      totalCount: number;
      edges: Array<{ node: { id: string; kind: string; day: string; clocks: string[]; readAt: string | null } }>;
    };
    unreadReminderCount: number;
  };

  it("lists the signed-in user's reminders with their clocks, and marks them read for their recipient only", async () => {
    const handler = t.agent();
    await handler.login("handlerA");
    const mine = await handler.gql<Mine>(MY_REMINDERS, { unreadOnly: true });
    expect(mine.errors).toBeUndefined();
    const nodes = mine.data?.myReminders.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => `${n.kind} ${n.day}`).slice(0, 3)).toEqual([
      "OVERDUE 2026-10-13",
      "OVERDUE 2026-10-12",
      "DUE_TODAY 2026-10-10",
    ]);
    expect(nodes).toHaveLength(7);
    expect(mine.data?.unreadReminderCount).toBe(nodes.length);
    const ackLate = nodes.find((n) => n.day === "2026-09-29");
    expect(ackLate?.clocks).toEqual(["ACKNOWLEDGEMENT"]);
    expect(nodes.find((n) => n.day === "2026-10-12")?.clocks).toEqual(["REPLY"]);

    const other = t.agent();
    await other.login("landHead");
    const MARK = "mutation Mark($id: ID!) { markReminderRead(id: $id) { id readAt } }";
    const stolen = await other.gql(MARK, { id: ackLate?.id });
    expect(errorCode(stolen)).toBe("NOT_FOUND");
    const peek = await other.gql<{ node: unknown }>("query Peek($id: ID!) { node(id: $id) { id } }", {
      id: ackLate?.id,
    });
    expect(peek.data?.node ?? null).toBeNull();

    const marked = await handler.gql<{ markReminderRead: { readAt: string } }>(MARK, { id: ackLate?.id });
    expect(marked.data?.markReminderRead.readAt).toBe(t.clock.now().toISOString());
    const after = await handler.gql<Mine>(MY_REMINDERS, { unreadOnly: true });
    expect(after.data?.unreadReminderCount).toBe(nodes.length - 1);

    const all = await handler.gql<{ markAllRemindersRead: number }>("mutation { markAllRemindersRead }");
    expect(all.data?.markAllRemindersRead).toBe(nodes.length - 1);
    expect((await handler.gql<Mine>(MY_REMINDERS, { unreadOnly: true })).data?.unreadReminderCount).toBe(0);
  });

  it("gives every staff screen the overdue count and the oldest open letter's age", async () => {
    const BANNER = "{ overdueLetterCount oldestOpenLetter { trackingCode ageDays beyondInspectionLine } }";
    type Banner = {
      overdueLetterCount: number;
      oldestOpenLetter: { trackingCode: string; ageDays: number; beyondInspectionLine: boolean } | null;
    };
    expect(errorCode(await t.agent().gql(BANNER))).toBe("UNAUTHENTICATED");
    const editor = t.agent();
    await t.prisma.user.create({
      data: {
        username: "editor",
        displayName: "editor",
        roles: ["EDITOR"],
        passwordHash: await hashPassword(passwordOf("editor")),
      },
    });
    t.clock.set("2026-10-13T04:00:00Z");
    await editor.login("editor");
    const banner = await editor.gql<Banner>(BANNER);
    expect(banner.errors).toBeUndefined();
    // The assigned and the unassigned letter are late; the paused one's clock stands; one is replied.
    expect(banner.data?.overdueLetterCount).toBe(2);
    expect(banner.data?.oldestOpenLetter?.ageDays).toBe(20);
    expect(banner.data?.oldestOpenLetter?.beyondInspectionLine).toBe(false);

    // 23 Sep + 90 days = 22 Dec: the 3-month line.
    t.clock.set("2026-12-22T02:00:00Z");
    await editor.login("editor");
    const late = await editor.gql<Banner>(BANNER);
    expect(late.data?.oldestOpenLetter).toMatchObject({ ageDays: 90, beyondInspectionLine: true });
  });
});

// The demo letters (issue 4): about 170 letters of the past twelve months through every channel,
// of every type and in every state, reproducing the bureau report's January–May figures for the
// report year (schedule.ts), and the comments on open planning publicity (publicity-comments.ts). Planned in memory (plan.ts) and stored in four statements; a letter
// whose key is already stored is left as it is, so seeding again adds nothing and never undoes
// what staff did with a demo letter. Dates count back from the seeding day the content seed uses.
import type { Clock } from "../../clock.js";
import type { PrismaClient } from "../../db/index.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { LetterChannel, LetterType } from "../../generated/prisma/enums.js";
import { createLogger } from "../../logger.js";
import { serverSecret } from "../../modules/letters/abuse/server-secret.js";
import { formatCode } from "../../modules/letters/codes.js";
import { type DeadlineRule, defaultDeadlineRule } from "../../modules/letters/deadlines.js";
import { workCalendar } from "../../modules/letters/work-calendar.js";
import { demoContentSpecs } from "../content/generate.js";
import { seedId } from "../ids.js";
import type { CreatedAccount } from "../seed.js";
import { planDemoLetters } from "./plan.js";
import { type DemoComment, demoComments, planDemoComments } from "./publicity-comments.js";
import { DEMO_LETTER_COUNT, demoLetterKey, OfficeHours } from "./schedule.js";
import { demoAccessCode, type SeedStaff, type SeedWorld } from "./seed-letter.js";
import { LETTER_STAFF, seedLetterStaff } from "./staff.js";

export interface SeedLettersOptions {
  /** Beijing midnight of the first seeding day (seed.ts's firstSeedingDay): every letter is older. */
  today: Date;
  passwordFor: (username: string) => string;
}

/** Seeds the letter staff and the demo letters that are missing; returns the accounts it created. */
export async function seedLetters(
  prisma: PrismaClient,
  clock: Clock,
  options: SeedLettersOptions,
): Promise<CreatedAccount[]> {
  const accounts = await seedLetterStaff(prisma, options.passwordFor);
  const ids = demoLetterIds();
  const existing = new Set(
    (await prisma.letter.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((l) => l.id),
  );
  const comments = await demoCommentsOf(prisma, options.today);
  const commentIds = comments.map((c) => c.id);
  const existingComments = new Set(
    (await prisma.letter.findMany({ where: { id: { in: commentIds } }, select: { id: true } })).map((l) => l.id),
  );
  if (existing.size === ids.length && existingComments.size === commentIds.length) return accounts;

  const world = await loadWorld(prisma, clock);
  const letters = [
    ...(existing.size === ids.length ? [] : planDemoLetters(world, options.today)),
    ...planDemoComments(world, new OfficeHours(world.calendar), options.today, comments),
  ].filter((l) => !existing.has(l.letter.id) && !existingComments.has(l.letter.id));
  await prisma.$transaction(
    async (tx) => {
      await bulkInsert(
        tx,
        "Letter",
        letters.map((l) => l.letter),
      );
      await bulkInsert(
        tx,
        "LetterPause",
        letters.flatMap((l) => l.pauses),
      );
      await bulkInsert(
        tx,
        "LetterEvent",
        letters.flatMap((l) => l.events),
      );
      await bulkInsert(
        tx,
        "AuditEntry",
        letters.flatMap((l) => l.audits),
      );
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  return accounts;
}

const demoLetterIds = () => Array.from({ length: DEMO_LETTER_COUNT }, (_, i) => seedId("letter", demoLetterKey(i)));

/** The demo comments on the stored publicity items (their ids say which are stored already). */
async function demoCommentsOf(prisma: PrismaClient, today: Date): Promise<DemoComment[]> {
  const specs = demoContentSpecs(today).filter((spec) => spec.publicity?.comments?.length);
  const items = await prisma.contentItem.findMany({
    where: { seedKey: { in: specs.map((s) => s.key) } },
    select: { id: true, seedKey: true, title: true, commentOpensAt: true, commentClosesAt: true },
  });
  return demoComments(specs, items, today);
}

/** What planning needs from the database: the work calendar, deadline rules, staff, departments, the code secret. */
export async function loadWorld(prisma: PrismaClient, clock: Clock): Promise<SeedWorld> {
  const calendar = await workCalendar({ prisma, clock, log: createLogger("warn") });
  const rules = new Map(
    (await prisma.letterDeadlineRule.findMany()).map((row) => [
      `${row.channel}:${row.type}`,
      { ackDays: row.ackDays, replyDays: row.replyDays },
    ]),
  );
  const usernames = [...new Set(["handler", "depthead", "maintainer", ...LETTER_STAFF.map((s) => s.username)])];
  const users = await prisma.user.findMany({ where: { username: { in: usernames } } });
  const departments = await prisma.department.findMany({ select: { id: true, code: true, name: true } });
  const accessSecret = await serverSecret(prisma, "letters.access-code");
  return worldOf({ calendar, rules, users, departments, accessSecret });
}

export function worldOf(input: {
  calendar: SeedWorld["calendar"];
  rules: ReadonlyMap<string, DeadlineRule>;
  users: ReadonlyArray<Pick<SeedStaff, "id" | "username" | "displayName" | "roles" | "departmentId">>;
  departments: ReadonlyArray<{ id: string; code: string; name: string }>;
  accessSecret: string;
}): SeedWorld {
  return {
    calendar: input.calendar,
    accessSecret: input.accessSecret,
    ruleFor: (channel: LetterChannel, type: LetterType) =>
      input.rules.get(`${channel}:${type}`) ?? defaultDeadlineRule(type),
    staff: (username) => {
      const user = input.users.find((u) => u.username === username);
      if (!user) throw new Error(`Demo letters need the staff account "${username}"`);
      return { ...user, roles: [...user.roles] };
    },
    department: (code) => {
      const department = input.departments.find((d) => d.code === code);
      if (!department) throw new Error(`Demo letters need the department "${code}"`);
      return department;
    },
  };
}

export interface DemoLetterCodes {
  /** What a tester finds there: 已答复（可评价）, 中止计时（补正）, 已告知. */
  label: string;
  trackingCode: string;
  accessCode: string;
}

/**
 * Codes of three demo letters a tester can open on the tracking page: one replied and waiting for
 * the writer's rating, one disclosure request waiting for 补正, one complex letter acknowledged.
 * The access codes derive from the server's secret, as a keyed submission's do.
 */
export async function demoLetterCodes(prisma: PrismaClient): Promise<DemoLetterCodes[]> {
  const ids = demoLetterIds();
  const secret = await serverSecret(prisma, "letters.access-code");
  const wanted: Array<{ label: string; where: Prisma.LetterWhereInput }> = [
    { label: "已答复，可评价", where: { status: "REPLIED", channel: "DIRECTOR_MAILBOX", rating: null } },
    {
      label: "中止计时（补正）",
      where: { status: "PAUSED", pauses: { some: { kind: "AWAITING_COMPLETION", endedAt: null } } },
    },
    { label: "办理中，已告知", where: { status: "ASSIGNED", complex: true, acknowledgedAt: { not: null } } },
  ];
  const codes: DemoLetterCodes[] = [];
  for (const { label, where } of wanted) {
    const letter = await prisma.letter.findFirst({
      where: { id: { in: ids }, ...where },
      orderBy: { receivedAt: "desc" },
      select: { id: true, trackingCode: true },
    });
    if (!letter) continue;
    const key = demoLetterKey(ids.indexOf(letter.id));
    codes.push({
      label,
      trackingCode: formatCode(letter.trackingCode),
      accessCode: formatCode(demoAccessCode(secret, key)),
    });
  }
  return codes;
}

/**
 * One INSERT … SELECT FROM json_populate_recordset per table, as the content seed does: on the
 * embedded database round trips, not rows, are what cost time.
 */
async function bulkInsert(tx: Prisma.TransactionClient, table: string, rows: readonly object[]) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    JSON.stringify(rows),
  );
}

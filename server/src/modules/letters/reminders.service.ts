// 催办: every working day at 08:30 Beijing time the job below writes a reminder (LetterReminder) for
// each letter whose clock calls for one — two working days before a due day, on the due day, and
// every working day once a clock has run out — to whoever has to act:
// - the assigned handler; a letter nobody handles yet (待登记 / 已登记, or its handler's account is
//   disabled) goes to the registry office instead (REGISTRY_DEPARTMENT_CODE);
// - once overdue, also the heads (DEPT_HEAD) of the letter's department (the registry office's
//   when it has none yet), and while the draft waits for their approval (答复待审核) on every kind.
// Two clocks can call: the reply (every open letter) and the acknowledgement (已告知) of a complex
// letter not yet acknowledged. A reminder row is (letter, kind, day, recipient) — the schema has no
// column for the clock — so when both call for the same kind on one day they share one row; which
// clocks it is about is worked out again when it is read (reminderClocks).
// A stopped clock never reminds: a paused letter (补正, third party) has no reply due date while
// it stands. A third-party wait that ran past its 15 working days lets the clock run again
// (deadlines.ts) even before anyone resumes the letter — that letter is reminded about like any
// other, or a forgotten pause would hide a late reply.
import type { PrismaClient } from "../../db/index.js";
import type { Letter, LetterReminder, ReminderKind, Role } from "../../generated/prisma/client.js";
import { type IsoDate, shanghaiDay } from "../calendar/shanghai-day.js";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import { DUE_SOON_WORKING_DAYS } from "./inbox.service.js";
import type { LettersDeps } from "./letters.deps.js";
import { OPEN_STATUSES } from "./letters.rules.js";
import { workCalendar } from "./work-calendar.js";

export const LETTER_REMINDERS_JOB = "letters.reminders";
/**
 * 08:30 Beijing time, every day; the job itself skips days that are not working days on the State
 * Council's schedule (a cron expression cannot know holidays or 调休 Saturdays). Half an hour after
 * the office opens: the night's letters are in, and the day's first look at the inbox finds them.
 */
export const LETTER_REMINDERS_CRON = "30 8 * * *";

/** Working days before the due day of the first reminder: the inbox's "due soon" horizon. */
export const BEFORE_DUE_WORKING_DAYS = DUE_SOON_WORKING_DAYS;

/**
 * Department code of the registry office (信访科 in the demo data), whose handlers register and
 * assign letters. Handlers without a department are counted as part of it too.
 */
export const REGISTRY_DEPARTMENT_CODE = "letters";

export type ReminderClock = "ACKNOWLEDGEMENT" | "REPLY";

export type ReminderLetter = Pick<
  Letter,
  "id" | "status" | "complex" | "ackDueAt" | "acknowledgedAt" | "replyDueAt" | "handlerId" | "departmentId"
>;

/** The reminder a clock due on `dueDay` calls for on `today`, if any. */
export function reminderKindOn(dueDay: IsoDate, today: IsoDate, calendar: WorkCalendar): ReminderKind | null {
  if (today > dueDay) return "OVERDUE";
  if (today === dueDay) return "DUE_TODAY";
  // Counted forward from today (never into a year before it, which may not be loaded). The due day
  // is always a working day, so this is "today is the 2nd working day before it".
  const before = calendar.workingDaysBetween(today, dueDay) === BEFORE_DUE_WORKING_DAYS && calendar.isWorkingDay(today);
  return before ? "BEFORE_DUE" : null;
}

/**
 * What each clock of a letter calls for on `today` (pure). `pendingAt` is when the question is
 * asked: an acknowledgement made after it does not count (reminders are read after they were made).
 */
export function dueReminders(
  letter: ReminderLetter,
  today: IsoDate,
  calendar: WorkCalendar,
  pendingAt?: Date,
): Array<{ kind: ReminderKind; clock: ReminderClock }> {
  if (!OPEN_STATUSES.includes(letter.status)) return [];
  const due: Array<{ kind: ReminderKind; clock: ReminderClock }> = [];
  const acknowledged =
    letter.acknowledgedAt !== null && (pendingAt === undefined || letter.acknowledgedAt <= pendingAt);
  if (letter.complex && !acknowledged && letter.ackDueAt) {
    const kind = reminderKindOn(shanghaiDay(letter.ackDueAt), today, calendar);
    if (kind) due.push({ kind, clock: "ACKNOWLEDGEMENT" });
  }
  if (letter.replyDueAt) {
    const kind = reminderKindOn(shanghaiDay(letter.replyDueAt), today, calendar);
    if (kind) due.push({ kind, clock: "REPLY" });
  }
  return due;
}

/**
 * The clocks a stored reminder is about: those that called for its kind on its day. A deadline
 * moved since (an extension, a pause) may match none any more: then it was about the reply.
 */
export function reminderClocks(
  reminder: Pick<LetterReminder, "kind" | "day" | "createdAt">,
  letter: ReminderLetter,
  calendar: WorkCalendar,
): ReminderClock[] {
  // The letter's status now says nothing about the day of the reminder: ask as if it were open.
  const asThen = { ...letter, status: "ASSIGNED" as const };
  const day = reminder.day.toISOString().slice(0, 10);
  const clocks = dueReminders(asThen, day, calendar, reminder.createdAt)
    .filter((due) => due.kind === reminder.kind)
    .map((due) => due.clock);
  return clocks.length ? clocks : ["REPLY"];
}

interface StaffMember {
  id: string;
  roles: Role[];
  departmentId: string | null;
}

/** Who is reminded about which letter: the handler (or the registry office) and, as said above, heads. */
export class ReminderRecipients {
  readonly #active: Map<string, StaffMember>;
  readonly #registry: string[];
  readonly #registryDepartmentId: string | null;

  constructor(staff: readonly StaffMember[], registryDepartmentId: string | null) {
    this.#active = new Map(staff.map((member) => [member.id, member]));
    this.#registryDepartmentId = registryDepartmentId;
    const registryHandlers = staff.filter(
      (member) =>
        member.roles.includes("HANDLER") &&
        (member.departmentId === null || member.departmentId === registryDepartmentId),
    );
    // An office with no handler must not make reminders vanish: the admins get them.
    this.#registry = (registryHandlers.length ? registryHandlers : staff.filter((m) => m.roles.includes("ADMIN"))).map(
      (member) => member.id,
    );
  }

  static async load(prisma: PrismaClient, registryDepartmentCode = REGISTRY_DEPARTMENT_CODE) {
    const registry = await prisma.department.findUnique({ where: { code: registryDepartmentCode } });
    const staff = await prisma.user.findMany({
      where: { disabledAt: null },
      select: { id: true, roles: true, departmentId: true },
    });
    return new ReminderRecipients(staff, registry?.id ?? null);
  }

  for(letter: ReminderLetter, kind: ReminderKind): string[] {
    const handler = letter.handlerId ? this.#active.get(letter.handlerId) : undefined;
    const recipients = new Set(handler ? [handler.id] : this.#registry);
    if (kind === "OVERDUE" || letter.status === "REPLY_IN_REVIEW") {
      const department = letter.departmentId ?? this.#registryDepartmentId;
      for (const member of this.#active.values()) {
        if (department && member.departmentId === department && member.roles.includes("DEPT_HEAD")) {
          recipients.add(member.id);
        }
      }
    }
    return [...recipients];
  }
}

export type ReminderRun =
  | { day: IsoDate; workingDay: false }
  | { day: IsoDate; workingDay: true; letters: number; created: number };

/**
 * Writes today's reminders. Idempotent: a reminder exists once per letter, kind, day and
 * recipient (a unique key), so a second run on the same day — a retry, a second instance —
 * creates nothing. Does nothing on a day that is not a working day.
 */
export async function sendLetterReminders(
  deps: Pick<LettersDeps, "prisma" | "clock" | "log">,
  options: { registryDepartmentCode?: string } = {},
): Promise<ReminderRun> {
  const now = deps.clock.now();
  const today = shanghaiDay(now);
  const calendar = await workCalendar(deps);
  if (!calendar.isWorkingDay(today)) return { day: today, workingDay: false };

  const letters = await deps.prisma.letter.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      OR: [{ replyDueAt: { not: null } }, { complex: true, acknowledgedAt: null, ackDueAt: { not: null } }],
    },
    select: {
      id: true,
      status: true,
      complex: true,
      ackDueAt: true,
      acknowledgedAt: true,
      replyDueAt: true,
      handlerId: true,
      departmentId: true,
    },
  });
  const recipients = await ReminderRecipients.load(deps.prisma, options.registryDepartmentCode);
  const day = new Date(`${today}T00:00:00Z`);
  const rows: Array<{ letterId: string; recipientId: string; kind: ReminderKind; day: Date; createdAt: Date }> = [];
  const reminded = new Set<string>();
  for (const letter of letters) {
    // Both clocks calling for the same kind make one reminder (see the top of this file).
    const kinds = new Set(dueReminders(letter, today, calendar).map((due) => due.kind));
    for (const kind of kinds) {
      for (const recipientId of recipients.for(letter, kind)) {
        rows.push({ letterId: letter.id, recipientId, kind, day, createdAt: now });
        reminded.add(letter.id);
      }
    }
  }
  const { count } = rows.length
    ? await deps.prisma.letterReminder.createMany({ data: rows, skipDuplicates: true })
    : { count: 0 };
  return { day: today, workingDay: true, letters: reminded.size, created: count };
}

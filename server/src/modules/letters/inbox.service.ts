// The staff inbox: filters (channel, type, status, department, handler, due/overdue/paused), the
// counts per status for the tabs, and the dashboard's "oldest open letter" — a letter unanswered
// for 3 months is the national inspection's failure line.
import { DAY } from "../../clock.js";
import type { Letter, LetterChannel, LetterStatus, LetterType, Prisma } from "../../generated/prisma/client.js";
import { endOfShanghaiDay, shanghaiDay, startOfShanghaiDay } from "../calendar/shanghai-day.js";
import { CalendarYearNotCoveredError } from "../calendar/work-calendar.js";
import { normaliseCode, TRACKING_CODE_LENGTH } from "./codes.js";
import type { LettersDeps } from "./letters.deps.js";
import { isOpen, OPEN_STATUSES } from "./letters.rules.js";
import { workCalendar } from "./work-calendar.js";

/** OVERDUE: a clock ran out; DUE_SOON: due within 2 working days; PAUSED: the clock is stopped. */
export type DueFilter = "OVERDUE" | "DUE_SOON" | "PAUSED";

/** Working days ahead that count as "due soon" (the first reminder, 催办, goes out then). */
export const DUE_SOON_WORKING_DAYS = 2;

/** The national inspection's line for an unanswered letter (3 months), in calendar days. */
export const UNANSWERED_FAILURE_DAYS = 90;

export interface InboxFilter {
  channel?: LetterChannel | null;
  type?: LetterType | null;
  status?: LetterStatus | null;
  /** Only letters still being worked on. */
  open?: boolean | null;
  departmentId?: string | null;
  handlerId?: string | null;
  due?: DueFilter | null;
  /** A tracking code, an external id, or words of the subject. */
  search?: string | null;
  /** Comments on this planning publicity (letters of channel PUBLICITY_COMMENT about the item). */
  contentItemId?: string | null;
  /**
   * PUBLISHED: published letters citizens read. VISIBLE: what citizens read or count — those and the
   * comments on planning publicity. HIDDEN: either, hidden by moderation.
   */
  publication?: "PUBLISHED" | "VISIBLE" | "HIDDEN" | null;
}

export type InboxOrder = "DUE" | "NEWEST" | "OLDEST";

export type OverdueFacts = Pick<Letter, "status" | "complex" | "acknowledgedAt" | "ackDueAt" | "replyDueAt">;

export const replyOverdue = (l: OverdueFacts, now: Date) =>
  isOpen(l.status) && l.replyDueAt !== null && now.getTime() > l.replyDueAt.getTime();

/** A complex letter nobody told the writer about in time (已告知 is late). */
export const ackOverdue = (l: OverdueFacts, now: Date) =>
  isOpen(l.status) &&
  l.complex &&
  l.acknowledgedAt === null &&
  l.ackDueAt !== null &&
  now.getTime() > l.ackDueAt.getTime();

export const isOverdue = (l: OverdueFacts, now: Date) => replyOverdue(l, now) || ackOverdue(l, now);

/** Calendar days since receipt, counted on Beijing days (received today: 0). */
export function ageInDays(receivedAt: Date, now: Date): number {
  const from = startOfShanghaiDay(shanghaiDay(receivedAt)).getTime();
  const to = startOfShanghaiDay(shanghaiDay(now)).getTime();
  return Math.round((to - from) / DAY);
}

const openWhere: Prisma.LetterWhereInput = { status: { in: [...OPEN_STATUSES] } };

export function overdueWhere(now: Date): Prisma.LetterWhereInput {
  return {
    ...openWhere,
    OR: [{ replyDueAt: { lt: now } }, { complex: true, acknowledgedAt: null, ackDueAt: { lt: now } }],
  };
}

function dueSoonWhere(now: Date, until: Date): Prisma.LetterWhereInput {
  return {
    ...openWhere,
    NOT: overdueWhere(now),
    OR: [
      { replyDueAt: { gte: now, lte: until } },
      { complex: true, acknowledgedAt: null, ackDueAt: { gte: now, lte: until } },
    ],
  };
}

/** The end of the 2nd working day after today: the "due soon" horizon. */
export async function dueSoonUntil(deps: Pick<LettersDeps, "prisma" | "log" | "clock">, now: Date): Promise<Date> {
  const calendar = await workCalendar(deps);
  try {
    return endOfShanghaiDay(calendar.addWorkingDays(shanghaiDay(now), DUE_SOON_WORKING_DAYS));
  } catch (error) {
    if (!(error instanceof CalendarYearNotCoveredError)) throw error;
    // Beyond the loaded years: count calendar days rather than fail the inbox.
    return endOfShanghaiDay(shanghaiDay(new Date(now.getTime() + DUE_SOON_WORKING_DAYS * DAY)));
  }
}

function dueWhere(due: DueFilter, now: Date, soon: Date): Prisma.LetterWhereInput {
  if (due === "OVERDUE") return overdueWhere(now);
  if (due === "DUE_SOON") return dueSoonWhere(now, soon);
  return { status: "PAUSED" };
}

function searchWhere(search: string): Prisma.LetterWhereInput {
  const s = search.trim();
  const code = normaliseCode(s, TRACKING_CODE_LENGTH);
  return {
    OR: [
      ...(code ? [{ trackingCode: code }] : []),
      { externalId: s },
      { subject: { contains: s, mode: "insensitive" } },
    ],
  };
}

/** What moderation acts on (moderation.service isModeratable): published letters and publicity comments. */
const moderatableWhere: Prisma.LetterWhereInput = {
  OR: [{ publishedAt: { not: null } }, { channel: "PUBLICITY_COMMENT" }],
};

/** The where clause of the filter; `except` leaves out the parts a count groups by. */
export async function inboxWhere(
  deps: Pick<LettersDeps, "prisma" | "log" | "clock">,
  filter: InboxFilter,
  except: { status?: boolean; due?: boolean } = {},
): Promise<Prisma.LetterWhereInput> {
  const now = deps.clock.now();
  const and: Prisma.LetterWhereInput[] = [];
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.type) and.push({ type: filter.type });
  if (filter.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter.handlerId) and.push({ handlerId: filter.handlerId });
  if (!except.status && filter.status) and.push({ status: filter.status });
  if (!except.status && filter.open) and.push(openWhere);
  if (!except.due && filter.due) and.push(dueWhere(filter.due, now, await dueSoonUntil(deps, now)));
  if (filter.search?.trim()) and.push(searchWhere(filter.search));
  if (filter.contentItemId) and.push({ contentItemId: filter.contentItemId });
  if (filter.publication === "PUBLISHED") and.push({ publishedAt: { not: null }, hiddenAt: null });
  if (filter.publication === "VISIBLE") and.push({ ...moderatableWhere, hiddenAt: null });
  if (filter.publication === "HIDDEN") and.push({ ...moderatableWhere, hiddenAt: { not: null } });
  return and.length ? { AND: and } : {};
}

export function inboxOrder(order: InboxOrder): Prisma.LetterOrderByWithRelationInput[] {
  if (order === "NEWEST") return [{ receivedAt: "desc" }, { id: "desc" }];
  if (order === "OLDEST") return [{ receivedAt: "asc" }, { id: "asc" }];
  // Most urgent first; letters without a running clock (paused, replied) after the rest.
  return [{ replyDueAt: { sort: "asc", nulls: "last" } }, { receivedAt: "asc" }, { id: "asc" }];
}

export interface InboxCounts {
  /** Letters matching the filter (every status). */
  total: number;
  open: number;
  overdue: number;
  dueSoon: number;
  paused: number;
  byStatus: Array<{ status: LetterStatus; count: number }>;
  /** The open letter received longest ago among those matching, and its age in calendar days. */
  oldestOpen: { letter: Letter; ageDays: number } | null;
}

export async function inboxCounts(deps: LettersDeps, filter: InboxFilter): Promise<InboxCounts> {
  const now = deps.clock.now();
  const base = await inboxWhere(deps, filter, { status: true, due: true });
  const soon = await dueSoonUntil(deps, now);
  const and = (extra: Prisma.LetterWhereInput): Prisma.LetterWhereInput => ({ AND: [base, extra] });
  const grouped = await deps.prisma.letter.groupBy({ by: ["status"], where: base, _count: { _all: true } });
  const counted = new Map(grouped.map((g) => [g.status, g._count._all]));
  const [overdue, dueSoon, oldest] = [
    await deps.prisma.letter.count({ where: and(overdueWhere(now)) }),
    await deps.prisma.letter.count({ where: and(dueSoonWhere(now, soon)) }),
    await deps.prisma.letter.findFirst({ where: and(openWhere), orderBy: [{ receivedAt: "asc" }, { id: "asc" }] }),
  ];
  const statuses: LetterStatus[] = [...OPEN_STATUSES, "REPLIED", "CLOSED"];
  const byStatus = statuses.map((status) => ({ status, count: counted.get(status) ?? 0 }));
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    open: byStatus.filter((s) => isOpen(s.status)).reduce((sum, s) => sum + s.count, 0),
    overdue,
    dueSoon,
    paused: counted.get("PAUSED") ?? 0,
    byStatus,
    oldestOpen: oldest ? { letter: oldest, ageDays: ageInDays(oldest.receivedAt, now) } : null,
  };
}

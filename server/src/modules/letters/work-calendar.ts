// The working-day calendar the letters clocks run on: the bundled years (server/src/modules/
// calendar) overridden by the years an admin loaded (WorkCalendarYear rows). Loaded once per
// database and kept until invalidateWorkCalendar() — called when an admin loads a year.
import { MINUTE } from "../../clock.js";
import type { PrismaClient } from "../../db/index.js";
import { loadWorkCalendar } from "../calendar/builtin-schedules.js";
import { parseYearSchedule, type YearSchedule } from "../calendar/calendar.validation.js";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import type { LettersDeps, Tx } from "./letters.deps.js";

// Keyed by the process's PrismaClient: one calendar per database (tests open one per file). An
// entry from before the last invalidation is stale; so is one older than MAX_AGE, because an admin
// who loads a year on one server instance invalidates only that instance's cache.
interface Entry {
  generation: number;
  loadedAt: number;
  calendar: Promise<WorkCalendar>;
  /** Set once loaded. */
  value?: WorkCalendar;
}
const cache = new WeakMap<PrismaClient, Entry>();
let generation = 0;
const MAX_AGE = 5 * MINUTE;

/**
 * The calendar, loaded on first use. `db` is the client to read with: inside a transaction pass
 * the transaction. The embedded database has one connection, which a transaction holds until it
 * ends, so a transaction never waits for a load running outside it (that load would wait for the
 * transaction: a deadlock); it uses a loaded calendar or reads the rows itself.
 */
export function workCalendar(
  deps: Pick<LettersDeps, "prisma" | "log" | "clock">,
  db: Tx | PrismaClient = deps.prisma,
): Promise<WorkCalendar> {
  const now = deps.clock.now().getTime();
  const entry = cache.get(deps.prisma);
  const fresh = entry && entry.generation === generation && Math.abs(now - entry.loadedAt) < MAX_AGE;
  if (fresh && entry.value) return Promise.resolve(entry.value);
  if (fresh && db === deps.prisma) return entry.calendar;
  const loading: Entry = { generation, loadedAt: now, calendar: readCalendar(deps, db) };
  cache.set(deps.prisma, loading);
  loading.calendar.then(
    (value) => {
      loading.value = value;
    },
    // A failed load is not kept: the next caller tries again.
    () => {
      if (cache.get(deps.prisma) === loading) cache.delete(deps.prisma);
    },
  );
  return loading.calendar;
}

/** Forgets every loaded calendar of this process: the next deadline reads the WorkCalendarYear rows again. */
export function invalidateWorkCalendar(): void {
  generation++;
}

async function readCalendar(deps: Pick<LettersDeps, "prisma" | "log">, db: Tx | PrismaClient): Promise<WorkCalendar> {
  const rows = await db.workCalendarYear.findMany({ orderBy: { year: "asc" } });
  const schedules: YearSchedule[] = [];
  for (const row of rows) {
    const parsed = parseYearSchedule({
      year: row.year,
      holidays: row.holidays,
      workdays: row.workdays,
      source: row.source,
      ...(row.notice ? { notice: row.notice } : {}),
    });
    // The admin mutation validates before it stores, so this only guards against hand-edited rows:
    // such a year falls back to the bundled data rather than stopping every letter's clock.
    if (parsed.ok) schedules.push(parsed.schedule);
    else deps.log.error({ year: row.year, errors: parsed.errors }, "ignoring an invalid work calendar year");
  }
  return loadWorkCalendar(schedules);
}

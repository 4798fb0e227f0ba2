import type { KeyingConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { invalidateRootFields } from "../publishing/publishing-cache";

/** graphcache configuration of the working-day calendar, merged into lib/urql.ts. */

export const calendarKeys: KeyingConfig = {
  // One schedule per year: the year is its identity (a reload replaces it in place).
  WorkCalendarYear: (data) => (typeof data.year === "number" ? String(data.year) : null),
  LoadWorkCalendarYearPayload: () => null,
};

/** Lists and counts that show letters' deadlines, which a new schedule recomputes. */
const DEADLINE_FIELDS = ["letterInbox", "letterInboxCounts", "staffLetter", "overdueLetterCount", "oldestOpenLetter"];

export const calendarMutationUpdates: Record<string, UpdateResolver> = {
  // A new year joins the list, and open letters' due dates changed on the server.
  loadWorkCalendarYear: (result, _args, cache) => {
    if ((result.loadWorkCalendarYear as { year?: unknown } | null)?.year) {
      invalidateRootFields(cache, ["workCalendarYears", ...DEADLINE_FIELDS]);
    }
  },
};

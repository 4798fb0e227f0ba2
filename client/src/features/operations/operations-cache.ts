import type { KeyingConfig, UpdateResolver } from "@urql/exchange-graphcache";
import { invalidateRootFields } from "../publishing/publishing-cache";

/** graphcache configuration of the operations domain (网站值班), merged into lib/urql.ts. */

/** Payloads and the day of the roster have no id of their own: stored inside their parent. */
export const operationsKeys: KeyingConfig = {
  DutyDay: () => null,
  AssignDutyShiftPayload: () => null,
  RemoveDutyShiftPayload: () => null,
};

/** Roster changes refetch the roster on screen and today's duty (the emergency page). */
export const operationsMutationUpdates: Record<string, UpdateResolver> = {
  // A new shift joins its day.
  assignDutyShift: (result, _args, cache) => {
    if ((result.assignDutyShift as { shift?: unknown } | null)?.shift) {
      invalidateRootFields(cache, ["dutyRoster", "onDutyToday"]);
    }
  },
  // A removed shift leaves its day.
  removeDutyShift: (result, _args, cache) => {
    const removedId = (result.removeDutyShift as { removedId?: string | null } | null)?.removedId;
    if (!removedId) return;
    cache.invalidate({ __typename: "DutyShift", id: removedId });
    invalidateRootFields(cache, ["dutyRoster", "onDutyToday"]);
  },
};

/**
 * The order of a project's permit timeline: oldest first, so the timeline reads in the same
 * direction as the stage indicator above it (选址 before 用地 before 工程 before 核实). Permits issued
 * the same day keep the statutory order of their types; permits without a date go last; the
 * permit number breaks any remaining tie so the order never depends on the API's.
 */

/** Statutory order of the permit types; an unknown type sorts after the known ones. */
export const PERMIT_TYPE_ORDER: readonly string[] = [
  "SITE_SELECTION_OPINION",
  "LAND_USE_PERMIT",
  "WORKS_PERMIT",
  "RURAL_PERMIT",
  "VERIFICATION_CERTIFICATE",
];

export interface TimelinePermit {
  type: string;
  number: string;
  /** Issue day, YYYY-MM-DD (or an ISO instant). */
  issuedOn: string | null | undefined;
}

function time(iso: string | null | undefined): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  const value = new Date(iso).getTime();
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
}

function typeRank(type: string): number {
  const index = PERMIT_TYPE_ORDER.indexOf(type);
  return index < 0 ? PERMIT_TYPE_ORDER.length : index;
}

/** A sorted copy; the input is left alone (it may be urql's cached result). */
export function orderPermits<T extends TimelinePermit>(permits: readonly T[]): T[] {
  return [...permits].sort(
    (a, b) =>
      time(a.issuedOn) - time(b.issuedOn) ||
      typeRank(a.type) - typeRank(b.type) ||
      a.number.localeCompare(b.number, "zh-CN"),
  );
}

/** A permit's change history oldest first (变更 then 注销 reads as it happened); undated entries last. */
export function orderChanges<T extends { on: string | null | undefined }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => time(a.on) - time(b.on));
}

/**
 * The permit to show on a project card: the most recently issued one (the project's latest step).
 * Undefined when the project has no permit yet.
 */
export function latestPermit<T extends TimelinePermit>(permits: readonly T[]): T | undefined {
  const dated = orderPermits(permits).filter((permit) => Number.isFinite(time(permit.issuedOn)));
  return dated.at(-1) ?? permits[0];
}

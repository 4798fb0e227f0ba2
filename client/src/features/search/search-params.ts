/**
 * The search page's state lives in the URL (?q=…&kind=…&column=…&from=…&to=…) so a search can
 * be shared and the back button steps through searches. These functions are the only place
 * that reads or writes those parameters.
 */

import { parseContentKind } from "../content/kind-filter";
import type { ContentKind } from "../home/content-kind";

/** The server refuses longer queries (BAD_USER_INPUT); the input stops there too. */
export const QUERY_MAX_LENGTH = 100;

export interface SearchState {
  q: string;
  kind: ContentKind | null;
  /** Column slug. */
  column: string | null;
  /** Calendar days in Nanning, YYYY-MM-DD, both inclusive. */
  from: string | null;
  to: string | null;
}

type RawParams = Partial<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string): string | null {
  if (!DAY.test(value)) return null;
  // Reject impossible dates such as 2026-02-30 (Date would roll them over).
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

export function parseSearchParams(params: RawParams): SearchState {
  const column = first(params.column).trim();
  let from = parseDay(first(params.from));
  let to = parseDay(first(params.to));
  // A reversed range is almost always a slip; search the range the person meant.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    q: first(params.q).trim(),
    kind: parseContentKind(first(params.kind)),
    column: column || null,
    from,
    to,
  };
}

/** For useSearchParams' setter: an undefined value removes the parameter from the URL. */
export function toSearchParams(state: SearchState): Record<string, string | undefined> {
  return {
    q: state.q || undefined,
    kind: state.kind ?? undefined,
    column: state.column ?? undefined,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
  };
}

/** A query string for a link to this search ("" when there is nothing to search). */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toSearchParams(state))) {
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

// China has kept UTC+8 all year since 1991, so a fixed offset is exact for Nanning's calendar days.
const NANNING_OFFSET = "+08:00";

/** The GraphQL variables of a search: whole Nanning days as UTC instants. */
export function searchVariables(state: SearchState) {
  return {
    query: state.q,
    kind: state.kind,
    column: state.column,
    from: state.from ? new Date(`${state.from}T00:00:00.000${NANNING_OFFSET}`).toISOString() : null,
    to: state.to ? new Date(`${state.to}T23:59:59.999${NANNING_OFFSET}`).toISOString() : null,
  };
}

/** How many filters (not counting the words) narrow the search; shown on the filter toggle. */
export function activeFilterCount(state: SearchState): number {
  return [state.kind, state.column, state.from, state.to].filter((value) => value !== null).length;
}

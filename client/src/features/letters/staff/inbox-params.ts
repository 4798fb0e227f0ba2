import type { graphql } from "../../../lib/graphql";
import type { LetterStatus, LetterType } from "./letter-actions";
import { STAFF_LETTERS } from "./paths";
import { CHANNEL_LABELS, STATUS_LABELS, TYPE_LABELS } from "./strings";

/**
 * The inbox's filters live in the URL (?channel=…&type=…&status=…&dept=…&mine=1&due=…&q=…&order=…)
 * so Back returns to the same list and a filtered inbox can be linked to (the overdue banner does).
 * These functions are the only place that reads or writes those parameters.
 */

export type LetterChannel = ReturnType<typeof graphql.scalar<"LetterChannel">>;
export type DueFilter = ReturnType<typeof graphql.scalar<"LetterDueFilter">>;
export type InboxOrder = ReturnType<typeof graphql.scalar<"LetterInboxOrder">>;

/** The server refuses longer searches; the input stops there too. */
export const SEARCH_MAX_LENGTH = 100;

export interface InboxState {
  channel: LetterChannel | null;
  type: LetterType | null;
  /** A status, "ALL" (every status), or null: the letters still being worked on (the default). */
  status: LetterStatus | "ALL" | null;
  /** A department's global id. */
  department: string | null;
  /** Only the letters the viewer handles. */
  mine: boolean;
  due: DueFilter | null;
  q: string;
  order: InboxOrder;
}

export const DEFAULT_INBOX: InboxState = {
  channel: null,
  type: null,
  status: null,
  department: null,
  mine: false,
  due: null,
  q: "",
  order: "DUE",
};

export const CHANNELS = Object.keys(CHANNEL_LABELS) as LetterChannel[];
export const TYPES = Object.keys(TYPE_LABELS) as LetterType[];
export const STATUSES = Object.keys(STATUS_LABELS) as LetterStatus[];
export const DUE_FILTERS: readonly DueFilter[] = ["OVERDUE", "DUE_SOON", "PAUSED"];
export const ORDERS: readonly InboxOrder[] = ["DUE", "NEWEST", "OLDEST"];

type RawParams = Partial<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseInboxParams(params: RawParams): InboxState {
  const status = first(params.status);
  return {
    channel: oneOf(CHANNELS, first(params.channel)),
    type: oneOf(TYPES, first(params.type)),
    status: status === "ALL" ? "ALL" : oneOf(STATUSES, status),
    department: first(params.dept) || null,
    mine: first(params.mine) === "1",
    due: oneOf(DUE_FILTERS, first(params.due)),
    q: first(params.q).slice(0, SEARCH_MAX_LENGTH),
    order: oneOf(ORDERS, first(params.order)) ?? "DUE",
  };
}

/** For useSearchParams' setter: an undefined value removes the parameter from the URL. */
export function toInboxParams(state: InboxState): Record<string, string | undefined> {
  return {
    channel: state.channel ?? undefined,
    type: state.type ?? undefined,
    status: state.status ?? undefined,
    dept: state.department ?? undefined,
    mine: state.mine ? "1" : undefined,
    due: state.due ?? undefined,
    q: state.q || undefined,
    order: state.order === "DUE" ? undefined : state.order,
  };
}

/** A link to the inbox with these filters. */
export function inboxHref(patch: Partial<InboxState> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toInboxParams({ ...DEFAULT_INBOX, ...patch }))) {
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${STAFF_LETTERS}?${query}` : STAFF_LETTERS;
}

/** The `LetterInboxFilter` of the list. */
export function inboxFilter(state: InboxState) {
  const status = state.status === "ALL" ? null : state.status;
  return {
    channel: state.channel,
    type: state.type,
    status,
    // Without a status, the inbox is the work still to do.
    open: state.status === null ? true : null,
    departmentId: state.department,
    mine: state.mine ? true : null,
    due: state.due,
    search: state.q || null,
  };
}

/**
 * The filter for the counts beside the quick filters and the status list: the server leaves
 * status and due out of them itself, so each count says what choosing it would show.
 */
export function countsFilter(state: InboxState) {
  const { status: _status, open: _open, due: _due, ...rest } = inboxFilter(state);
  return rest;
}

/** How many panel filters narrow the list (not the quick ones, not the order); shown on the toggle. */
export function activeFilterCount(state: InboxState): number {
  return [state.channel, state.type, state.status, state.department, state.q || null].filter((v) => v !== null).length;
}

/** One string per distinct list, for the "load more" cursor (a new filter starts on page one). */
export function inboxKey(state: InboxState): string {
  return listKey(inboxFilter(state), state.order);
}

/** The same key from a request's variables (to tell whose answer arrived). */
export function listKey(filter: Partial<ReturnType<typeof inboxFilter>> | null | undefined, order: unknown): string {
  const f = filter ?? {};
  return JSON.stringify([
    f.channel ?? null,
    f.type ?? null,
    f.status ?? null,
    f.open ?? null,
    f.departmentId ?? null,
    f.mine ?? null,
    f.due ?? null,
    f.search ?? null,
    order ?? "DUE",
  ]);
}

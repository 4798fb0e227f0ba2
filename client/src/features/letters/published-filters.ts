/**
 * The filters of 公开信件 as they live in the URL (?type=&month=&q=): shareable, and Back steps
 * through them. Anything malformed in the URL is ignored rather than sent to the server.
 */
export const PUBLISHED_TYPES = ["CONSULTATION", "OPINION", "SUGGESTION", "COMPLAINT"] as const;
export type PublishedType = (typeof PUBLISHED_TYPES)[number];

export interface PublishedFilters {
  type: PublishedType | null;
  /** YYYY-MM, the month of acceptance (Beijing time). */
  month: string | null;
  q: string;
}

export const SEARCH_MAX = 50;

export function parsePublishedFilters(params: { type?: string; month?: string; q?: string }): PublishedFilters {
  const type = (PUBLISHED_TYPES as readonly string[]).includes(params.type ?? "")
    ? (params.type as PublishedType)
    : null;
  const month = params.month && /^\d{4}-(0[1-9]|1[0-2])$/.test(params.month) ? params.month : null;
  const q = (params.q ?? "").trim().slice(0, SEARCH_MAX);
  return { type, month, q };
}

/** For setSearchParams: empty filters leave the URL. */
export function toSearchParams(filters: PublishedFilters): Record<string, string | undefined> {
  return { type: filters.type ?? undefined, month: filters.month ?? undefined, q: filters.q || undefined };
}

/** The months to choose from, newest first: this month (Beijing time) and the `count - 1` before it. */
export function recentMonths(now: Date, count = 24): { value: string; year: number; month: number }[] {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" })
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, part) => Object.assign(acc, { [part.type]: part.value }), {});
  let year = Number(parts.year);
  let month = Number(parts.month);
  const months: { value: string; year: number; month: number }[] = [];
  for (let i = 0; i < count; i++) {
    months.push({ value: `${year}-${String(month).padStart(2, "0")}`, year, month });
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

export const hasFilters = (filters: PublishedFilters) =>
  filters.type !== null || filters.month !== null || filters.q !== "";

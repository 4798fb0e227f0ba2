/**
 * The period the statistics are for: a year, or one month of it. It lives in the URL
 * (?year=2026&month=3) so a figure can be linked to and the back button returns to it.
 */
export interface Period {
  year: number;
  /** 1–12, or null for the whole year. */
  month: number | null;
}

/** The years the server accepts (statistics.validation.ts). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** How many years back the picker offers; older ones stay reachable through the URL. */
const YEARS_OFFERED = 6;

export const LETTER_STATISTICS_PATH = "/letters/statistics";
const EXPORT_PATH = "/exports/letters-statistics.xlsx";

function integerIn(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\d{1,4}$/.test(value.trim())) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** The period in the URL; the current year when the year is missing or not one the server takes. */
export function parsePeriod(params: { year?: string | undefined; month?: string | undefined }, currentYear: number) {
  const year = integerIn(params.year, MIN_YEAR, MAX_YEAR) ?? currentYear;
  const month = integerIn(params.month, 1, 12);
  return { year, month } satisfies Period;
}

/** The bureau's current year (Beijing time), whatever zone the phone is set to. */
export function shanghaiYear(now: Date): number {
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(now);
  return Number(year);
}

/** Newest first: this year and the few before it, plus the one in the URL if it is older. */
export function yearOptions(currentYear: number, selected: number): number[] {
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => currentYear - i).filter((y) => y >= MIN_YEAR);
  if (!years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}

/** The search parameters of a period (month left out for the whole year). */
export function periodSearch(period: Period): { year: string; month: string | undefined } {
  return { year: String(period.year), month: period.month === null ? undefined : String(period.month) };
}

export function statisticsHref(period: Period): string {
  const query = new URLSearchParams({ year: String(period.year) });
  if (period.month !== null) query.set("month", String(period.month));
  return `${LETTER_STATISTICS_PATH}?${query}`;
}

/** The staff xlsx export of the same period (the server checks the staff session). */
export function exportHref(period: Period): string {
  const query = new URLSearchParams({ year: String(period.year) });
  if (period.month !== null) query.set("month", String(period.month));
  return `${EXPORT_PATH}?${query}`;
}

/**
 * Dates are stored in UTC and always shown in the bureau's time zone,
 * whatever the phone's own zone is set to.
 */
const TIME_ZONE = "Asia/Shanghai";

const dateFormat = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: TIME_ZONE });

// The same date as formatDate, with the time: one way of writing a day across the app.
const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
});

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2025年1月1日"; empty string for a missing or unparseable value. */
export function formatDate(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateFormat.format(date) : "";
}

/** "2025年1月1日 08:30" (24-hour clock). */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parse(iso);
  return date ? dateTimeFormat.format(date) : "";
}

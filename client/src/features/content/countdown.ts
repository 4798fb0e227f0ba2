/**
 * The publicity comment window, computed on the phone from the server's dates so the page stays
 * right while it is open (the server's isOpen/daysLeft are only true at fetch time).
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** "none": the publicity takes no comments at all (e.g. 批后公布). */
export type WindowPhase = "none" | "upcoming" | "open" | "closed";

export interface CommentWindow {
  opensAt?: string | null | undefined;
  /** Null when the publicity takes no comments. */
  closesAt?: string | null | undefined;
  /** The server's verdict at fetch time; used only when the dates do not decide. */
  isOpen: boolean;
}

function time(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? null : value;
}

/** Where `now` falls in the window. Opens inclusive, closes exclusive. */
export function windowPhase(window: CommentWindow, now: number): WindowPhase {
  const opens = time(window.opensAt);
  const closes = time(window.closesAt);
  if (closes === null) return window.isOpen ? "open" : "none";
  if (opens !== null && now < opens) return "upcoming";
  return now >= closes ? "closed" : "open";
}

/**
 * Time left in days and hours, e.g. "剩余 3 天 5 小时", "剩余 5 小时", "剩余不到 1 小时";
 * empty when there is no deadline or it has passed. Whole hours only: the text then changes at
 * most once an hour, so announcing it (aria-live polite) never chatters.
 */
export function formatTimeLeft(closesAt: string | null | undefined, now: number): string {
  const closes = time(closesAt);
  if (closes === null || closes <= now) return "";
  const left = closes - now;
  const days = Math.floor(left / DAY_MS);
  const hours = Math.floor((left % DAY_MS) / HOUR_MS);
  if (days > 0) return hours > 0 ? `剩余 ${days} 天 ${hours} 小时` : `剩余 ${days} 天`;
  if (hours > 0) return `剩余 ${hours} 小时`;
  return "剩余不到 1 小时";
}

/** Milliseconds until the next moment the phase or the countdown text can change (≤ 1 minute). */
export function nextTickIn(window: CommentWindow, now: number): number {
  const boundaries = [time(window.opensAt), time(window.closesAt)].filter(
    (value): value is number => value !== null && value > now,
  );
  const untilBoundary = boundaries.length > 0 ? Math.min(...boundaries) - now : Number.POSITIVE_INFINITY;
  return Math.max(1000, Math.min(60_000, untilBoundary));
}

// Nanning is UTC+8 all year; used only to tell whether a deadline falls on a day boundary.
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
const endOfDayFormat = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "Asia/Shanghai" });
const timeFormat = new Intl.DateTimeFormat("zh-CN", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Asia/Shanghai",
});

/**
 * The last day of the window as people say it: a deadline at midnight closes at the end of the
 * day before ("至 2026年12月4日", not "2026年12月5日 00:00"); any other time is shown with it.
 */
export function formatWindowEnd(closesAt: string | null | undefined): string {
  const closes = time(closesAt);
  if (closes === null) return "";
  if ((closes + SHANGHAI_OFFSET_MS) % DAY_MS === 0) return endOfDayFormat.format(new Date(closes - 1));
  const date = new Date(closes);
  return `${endOfDayFormat.format(date)} ${timeFormat.format(date)}`;
}

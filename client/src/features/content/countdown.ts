/**
 * The publicity comment window, computed on the phone from the server's dates so the page stays
 * right while it is open (the server's isOpen/daysLeft are only true at fetch time).
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type WindowPhase = "upcoming" | "open" | "closed";

export interface CommentWindow {
  opensAt?: string | null | undefined;
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
  if (opens !== null && now < opens) return "upcoming";
  if (closes !== null && now >= closes) return "closed";
  if (opens !== null || closes !== null) return "open";
  return window.isOpen ? "open" : "closed";
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

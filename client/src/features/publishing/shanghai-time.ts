/**
 * <input type="datetime-local"> and <input type="date"> values read as Beijing time
 * (Asia/Shanghai), whatever zone the phone is set to, converted to and from the ISO instants
 * the API speaks. The zone's offset is asked of Intl rather than hard-coded as +08:00, so the
 * rule stays in one place (lib/dates.ts shows times in the same zone).
 */
const TIME_ZONE = "Asia/Shanghai";

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(date: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Milliseconds the zone is ahead of UTC at this instant. */
function zoneOffset(date: Date): number {
  const w = wallClock(date);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * "2026-03-02T09:00" (Beijing) → "2026-03-02T01:00:00.000Z"; a date alone means its midnight.
 * null for an empty or malformed value, or one that does not exist on the calendar.
 */
export function shanghaiInputToIso(value: string): string | null {
  const match = LOCAL_PATTERN.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // The offset at the guessed instant; a second pass corrects it should the guess cross a change.
  const first = asUtc - zoneOffset(new Date(asUtc));
  const instant = asUtc - zoneOffset(new Date(first));
  return new Date(instant).toISOString();
}

/** "2026-03-02T01:00:00.000Z" → "2026-03-02T09:00" for a datetime-local input; "" when not a date. */
export function isoToShanghaiInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const w = wallClock(date);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The Beijing calendar date of an instant, "2026-03-02", for a date input. */
export function shanghaiDate(date: Date): string {
  return isoToShanghaiInput(date.toISOString()).slice(0, 10);
}

/** The next whole minute in Beijing time, for datetime-local `min`. */
export function shanghaiInputMin(now: Date): string {
  return isoToShanghaiInput(new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000).toISOString());
}

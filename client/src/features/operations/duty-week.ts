import { operationsStrings } from "./strings";

/**
 * The duty roster's calendar: days are Beijing (Asia/Shanghai) calendar days written
 * "YYYY-MM-DD", the form the API speaks, so plain string order is date order.
 */
export type Day = string;

const DAY_MS = 86_400_000;
const strings = operationsStrings.duty;

const toDate = (day: Day) => new Date(`${day}T00:00:00Z`);

export function addDays(day: Day, n: number): Day {
  return new Date(toDate(day).getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the week `day` is in: weeks in China start on Monday. */
export function weekStart(day: Day): Day {
  const weekday = toDate(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export interface RosterWeek {
  label: string;
  days: Day[];
}

/** This week and next, Monday to Sunday. */
export function rosterWeeks(today: Day): RosterWeek[] {
  const monday = weekStart(today);
  const week = (start: Day) => Array.from({ length: 7 }, (_, i) => addDays(start, i));
  return [
    { label: strings.thisWeek, days: week(monday) },
    { label: strings.nextWeek, days: week(addDays(monday, 7)) },
  ];
}

/** The shifts of each day, in the order given (the server's: by day, then when assigned). */
export function shiftsByDay<T extends { date: string }>(shifts: readonly T[]): Map<Day, T[]> {
  const byDay = new Map<Day, T[]>();
  for (const shift of shifts) byDay.set(shift.date, [...(byDay.get(shift.date) ?? []), shift]);
  return byDay;
}

/** "3月2日" */
export function dayLabel(day: Day): string {
  const [, month, date] = day.split("-");
  return `${Number(month)}月${Number(date)}日`;
}

/** "3月2日 周一" */
export function dayHeading(day: Day): string {
  return `${dayLabel(day)} ${strings.weekdays[toDate(day).getUTCDay()]}`;
}

/** Who keeps the roster (the server's rule: 网站维护 and 管理员; it decides, this only shows buttons). */
export function canKeepRoster(roles: readonly string[]): boolean {
  return roles.includes("MAINTAINER") || roles.includes("ADMIN");
}

/** Whether staff with these roles may publish in an emergency when on duty (网站维护, 分管局领导). */
export function mayPublishOnDuty(roles: readonly string[]): boolean {
  return roles.includes("MAINTAINER") || roles.includes("LEADER");
}

/** A person in the "值班人员" list: name, then department, so namesakes can be told apart. */
export function candidateLabel(user: { displayName: string; department?: { name: string } | null }): string {
  return user.department ? `${user.displayName} · ${user.department.name}` : user.displayName;
}

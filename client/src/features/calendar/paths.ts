/** Staff URL of the working-day calendar (工作日历), and who keeps it. Free of strings: 我的 links here. */
export const CALENDAR_PATH = "/staff/calendar";

/** Loading a year is for admins (the server checks again); so 我的 offers them the calendar. */
export function canLoadCalendar(roles: readonly string[]): boolean {
  return roles.includes("ADMIN");
}

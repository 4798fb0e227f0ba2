/** Staff URL of the working-day calendar (工作日历). */
export const CALENDAR_PATH = "/staff/calendar";

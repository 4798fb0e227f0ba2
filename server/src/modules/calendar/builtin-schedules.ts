// The years PlanPort ships with. 2024–2026 come straight from the `chinese-days` package's per-year
// JSON (a transcription of the State Council's notices, pinned to an exact version so a data change
// is a reviewed upgrade); 2027 is provisional until its notice is out. Admin-loaded years override
// these (loadWorkCalendar).
import cd2024 from "chinese-days/dist/years/2024.json" with { type: "json" };
import cd2025 from "chinese-days/dist/years/2025.json" with { type: "json" };
import cd2026 from "chinese-days/dist/years/2026.json" with { type: "json" };
import { CalendarDataError, importChineseDaysYear, type YearSchedule } from "./calendar.validation.js";
import { PROVISIONAL_2027 } from "./provisional-2027.js";
import { WorkCalendar } from "./work-calendar.js";

const OFFICIAL: { year: number; json: unknown; notice: string }[] = [
  {
    year: 2024,
    json: cd2024,
    notice: "国务院办公厅关于2024年部分节假日安排的通知 https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
  },
  {
    year: 2025,
    json: cd2025,
    notice:
      "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号） https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
  },
  {
    year: 2026,
    json: cd2026,
    notice:
      "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日） https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
  },
];

function official({ year, json, notice }: (typeof OFFICIAL)[number]): YearSchedule {
  const imported = importChineseDaysYear(json, { year, notice });
  if (!imported.ok) throw new CalendarDataError(imported.errors.map((error) => `${year} 年：${error}`));
  return imported.schedule;
}

export const BUILTIN_SCHEDULES: readonly YearSchedule[] = [...OFFICIAL.map(official), PROVISIONAL_2027];

/**
 * The calendar the server uses: the built-in years, each replaced by an admin-loaded schedule of
 * the same year (e.g. the official 2027 notice replacing the provisional one), plus admin-loaded
 * years beyond them. Throws CalendarDataError when an admin schedule is invalid.
 */
export function loadWorkCalendar(adminSchedules: readonly YearSchedule[] = []): WorkCalendar {
  const admin = new Map<number, YearSchedule>();
  for (const schedule of adminSchedules) {
    if (admin.has(schedule.year)) throw new CalendarDataError([`${schedule.year} 年的安排重复`]);
    admin.set(schedule.year, schedule);
  }
  const builtin = BUILTIN_SCHEDULES.filter((schedule) => !admin.has(schedule.year));
  return new WorkCalendar([...builtin, ...admin.values()]);
}

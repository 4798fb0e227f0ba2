// 2027 (暂定). No State Council notice for 2027 was available when this was written (they usually
// come out in November of the year before), so this schedule is derived and marked `provisional`:
// the UI shows 暂定 and an admin replaces it by uploading the official notice's schedule.
//
// Derived from
// - 《全国年节及纪念日放假办法》 as revised in 2024 (in force since 2025-01-01): Art. 2 gives the
//   statutory days (元旦 1; 春节 4, 除夕 to 初三; 清明 1; 劳动节 2, May 1–2; 端午 1; 中秋 1; 国庆 3,
//   Oct 1–3); a statutory day on a Saturday or Sunday is made up on a working day (补假); the article
//   the revision added allows 放假调休 and says "除个别特殊情形外，法定节假日假期前后连续工作一般
//   不超过6天";
// - the pattern announced with the revision and followed by the 2025 and 2026 notices: 春节 8 days off
//   from 除夕 (2026 counted 9: its break began on the Sunday before 除夕), 劳动节 5, 国庆 7 from Oct 1 (8 with
//   中秋), 元旦/清明/端午/中秋 joined to the weekend, and a holiday on a Wednesday off alone.
// Lunar dates checked with chinese-days' getLunarDate/getSolarDateFromLunar/getSolarTermDate:
// 除夕 02-05 (腊月廿九, the last day of 腊月), 春节 02-06, 清明 04-05, 端午 06-09, 中秋 09-15.
// 2027 has the same weekdays as 2021 (both start on a Friday, neither is a leap year), whose notice
// had the same days off for 劳动节 and 国庆 as below, and 国庆's 调休 on the same Sunday 09-26 and
// Saturday 10-09.
//
// Check of the arithmetic (calendar.test.ts tests it): days off = 104 weekend days + 13 statutory days,
// as in 2025 and 2026; every 调休 working day is a Saturday or Sunday; no run of more than 6 working days.
import type { YearSchedule } from "./calendar.validation.js";

export const PROVISIONAL_2027: YearSchedule = {
  year: 2027,
  source: "provisional",
  notice:
    "暂定：国务院办公厅尚未发布 2027 年部分节假日安排的通知。本安排按《全国年节及纪念日放假办法》（2024 年修订）规定的法定节假日和近年放假调休惯例推定，正式通知发布后以通知为准，请管理员导入替换。",
  holidays: [
    // 元旦: Friday Jan 1 joined to the weekend, no 调休.
    "2027-01-01",
    "2027-01-02",
    "2027-01-03",
    // 春节: 除夕 (Fri) to 初八 (Sat). Statutory Fri 02-05 and Mon 02-08; Sat 02-06 and Sun 02-07 made
    // up on Tue 02-09 and Wed 02-10; Thu 02-11 and Fri 02-12 are 调休 (worked on Sun 01-31 and Sun
    // 02-14). Ending on Friday 02-12 instead would leave Saturday 02-13 a lone working day.
    "2027-02-05",
    "2027-02-06",
    "2027-02-07",
    "2027-02-08",
    "2027-02-09",
    "2027-02-10",
    "2027-02-11",
    "2027-02-12",
    "2027-02-13",
    // 清明: Monday Apr 5 joined to the weekend.
    "2027-04-03",
    "2027-04-04",
    "2027-04-05",
    // 劳动节: statutory Sat 05-01 and Sun 05-02 made up on Mon 05-03 and Tue 05-04; Wed 05-05 is 调休
    // (worked on Sat 05-08).
    "2027-05-01",
    "2027-05-02",
    "2027-05-03",
    "2027-05-04",
    "2027-05-05",
    // 端午 and 中秋 fall on Wednesdays: that day only.
    "2027-06-09",
    "2027-09-15",
    // 国庆: statutory Fri 10-01, Sat 10-02, Sun 10-03; the weekend made up on Mon 10-04 and Tue 10-05;
    // Wed 10-06 and Thu 10-07 are 调休 (worked on Sun 09-26 and Sat 10-09).
    "2027-10-01",
    "2027-10-02",
    "2027-10-03",
    "2027-10-04",
    "2027-10-05",
    "2027-10-06",
    "2027-10-07",
  ],
  workdays: ["2027-01-31", "2027-02-14", "2027-05-08", "2027-09-26", "2027-10-09"],
};

// Where a demo letter is about: a district and its areas, roads, rivers, parks and rail stations of
// Nanning (the content seed's vocabulary), plus made-up housing estates and projects. Estate names
// end in 小区/花园/家园/新村, so the redaction step finds them when a letter is published.
import {
  COMPANIES,
  DISTRICTS,
  OLD_ESTATES,
  PARKS,
  RAIL_LINES,
  RIVERS,
  ROADS,
  SCHOOL_TYPES,
  stationName,
  VILLAGES,
} from "../content/vocabulary.js";
import type { Rng } from "../rng.js";

const ESTATE_NAMES = [
  "金桂花园",
  "凤翔家园",
  "荔景小区",
  "江湾新村",
  "邕华小区",
  "翠竹花园",
  "南湖家园",
  "锦绣小区",
  "榕城花园",
  "望江家园",
  "桂香新村",
  "民安小区",
  "东盟花园",
  "象湖家园",
  "青秀新村",
  "明月小区",
  "朝阳花园",
  "龙腾家园",
  "绿城小区",
  "邕江花园",
];

const PROJECTS = [
  "住宅小区二期",
  "商业综合体",
  "安置房项目",
  "保障性租赁住房项目",
  "人才公寓",
  "写字楼项目",
  "养老服务中心",
  "公共停车楼",
];

export interface Place {
  district: string;
  area: string;
  community: string;
  road: string;
  road2: string;
  estate: string;
  oldEstate: string;
  building: number;
  river: string;
  park: string;
  line: number;
  station: string;
  school: string;
  project: string;
  company: string;
  village: string;
}

export function placeOf(r: Rng): Place {
  const district = r.pick(DISTRICTS);
  const [road, road2] = r.pair(ROADS);
  const rail = r.pick(RAIL_LINES);
  return {
    district: district.name,
    area: r.pick(district.areas),
    community: r.pick(district.communities),
    road,
    road2,
    estate: r.pick(ESTATE_NAMES),
    oldEstate: r.pick(OLD_ESTATES),
    building: r.int(1, 18),
    river: r.pick(RIVERS),
    park: r.pick(PARKS),
    line: rail.line,
    station: stationName(r.pick(rail.stations)),
    school: r.pick(SCHOOL_TYPES),
    project: r.pick(PROJECTS),
    company: r.pick(COMPANIES),
    village: r.pick(VILLAGES),
  };
}

/** "2026年3月" for the month `monthsAgo` months before `from` (Beijing time). */
export function monthLabel(from: Date, monthsAgo: number): string {
  const d = new Date(from.getTime() + 8 * 3_600_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() - monthsAgo;
  return `${Math.floor(total / 12)}年${(total % 12) + 1}月`;
}

/** "2026年3月2日" of an instant (Beijing time), as the reply templates write dates. */
export function dateLabel(at: Date): string {
  const [y, m, d] = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

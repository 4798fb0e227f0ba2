// Turns a catalog entry into the project's details: indicators, location, permits with numbers in
// the bureau's format (建字第450100202600123号), their changes, and quarterly progress of key
// projects. Pure and deterministic: the same catalog gives the same details on every machine.
import type { PermitType, ProjectStage } from "../../generated/prisma/enums.js";
import type { PermitDetails, ProjectDetails } from "../../modules/projects/project-details.js";
import { PERMIT_NUMBER_PREFIX, STAGE_LABELS } from "../../modules/projects/project-details.js";
import { createRng, type Rng } from "../rng.js";
import type { ProjectSeed } from "./catalog.js";

const ORGAN = "南宁市规划管理局";
const DISTRICT_CODES: Record<string, string> = {
  兴宁区: "450102",
  青秀区: "450103",
  江南区: "450105",
  西乡塘区: "450107",
  良庆区: "450108",
  邕宁区: "450109",
  武鸣区: "450110",
};

/** The latest day a seeded permit may carry (before the test clock's 2026-03-02). */
const LAST_DAY = "2026-02-27";

const day = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => day(new Date(new Date(`${iso}T00:00:00Z`).getTime() + n * 86_400_000));
const minDay = (a: string, b: string) => (a < b ? a : b);

/** Serial numbers per permit type and year, so every number is unique. */
export class PermitNumbers {
  private readonly next = new Map<string, number>();
  take(type: PermitType, year: string, organCode: string): string {
    const key = `${type}:${year}`;
    const serial = this.next.get(key) ?? 101;
    this.next.set(key, serial + 17);
    return `${PERMIT_NUMBER_PREFIX[type]}${organCode}${year}${String(serial).padStart(5, "0")}号`;
  }
}

const ORDER: ProjectStage[] = [
  "SITE_SELECTION",
  "LAND_USE_PERMIT",
  "WORKS_PERMIT",
  "POST_APPROVAL_PUBLICITY",
  "VERIFICATION",
  "COMPLETED",
];
const reached = (seed: ProjectSeed, stage: ProjectStage) => ORDER.indexOf(seed.stage) >= ORDER.indexOf(stage);

/** Indicators by land use: residential is dense and tall, parks are green and low. */
function indicators(seed: ProjectSeed, r: Rng) {
  const c = seed.landUse;
  const land = seed.parcel ? seed.parcel * seed.parcel * (0.7 + r.next() * 0.3) : r.int(4_000, 60_000);
  const landAreaM2 = Math.round(land);
  const far = c.startsWith("07")
    ? 2.2 + r.int(0, 18) / 10
    : c.startsWith("0902")
      ? 4 + r.int(0, 30) / 10
      : c.startsWith("14") || c === "1312"
        ? 0.05
        : 0.8 + r.int(0, 14) / 10;
  const green = c.startsWith("14") || c === "1312" ? r.int(65, 85) : r.int(30, 40);
  const density = c.startsWith("14") || c === "1312" ? r.int(2, 6) : r.int(18, 38);
  const height = c.startsWith("0902")
    ? r.pick([150, 200, 240])
    : c.startsWith("07")
      ? r.pick([54, 80, 100])
      : r.int(12, 45);
  return {
    landAreaM2,
    totalFloorAreaM2: Math.round(landAreaM2 * far),
    floorAreaRatio: Math.round(far * 100) / 100,
    greenRatioPercent: green,
    buildingDensityPercent: density,
    heightLimitM: height,
  };
}

/** A point, or a parcel: a slightly skewed quadrilateral around the site, closed. */
function location(seed: ProjectSeed, r: Rng): ProjectDetails["location"] {
  if (!seed.parcel) return { type: "Point", coordinates: seed.at };
  const [lng, lat] = seed.at;
  const dLat = seed.parcel / 2 / 111_000;
  const dLng = seed.parcel / 2 / (111_000 * Math.cos((lat * Math.PI) / 180));
  const j = () => (r.next() - 0.5) * 0.2;
  const p = (x: number, y: number): [number, number] => [
    Math.round((lng + x * dLng * (1 + j())) * 1e6) / 1e6,
    Math.round((lat + y * dLat * (1 + j())) * 1e6) / 1e6,
  ];
  const ring = [p(-1, -1), p(1, -1), p(1, 1), p(-1, 1)];
  return { type: "Polygon", coordinates: [[...ring, ring[0] as [number, number]]] };
}

const SCOPES: Record<PermitType, (seed: ProjectSeed, d: ReturnType<typeof indicators>) => string> = {
  SITE_SELECTION_OPINION: (s, d) => `${s.name}，拟选址于${s.address}，拟用地面积约${d.landAreaM2}平方米。`,
  LAND_USE_PERMIT: (s, d) => `用地位置：${s.address}；用地面积${d.landAreaM2}平方米；容积率不大于${d.floorAreaRatio}。`,
  WORKS_PERMIT: (_s, d) => `建设规模：总建筑面积${d.totalFloorAreaM2}平方米，建筑高度不超过${d.heightLimitM}米。`,
  RURAL_PERMIT: (s) => `${s.name}，位于${s.address}，按村庄规划建设，建筑层数不超过3层。`,
  VERIFICATION_CERTIFICATE: (_s, d) => `经核实，建设工程符合规划许可内容，核实建筑面积${d.totalFloorAreaM2}平方米。`,
};

const CHANGES = [
  { what: "建设单位名称变更", reason: "建设单位依法办理工商变更登记" },
  { what: "总平面布局局部调整，建筑面积不变", reason: "落实消防审查意见，调整消防车道" },
  { what: "地下室范围调整，增加停车位", reason: "按停车配建标准补足机动车停车位" },
  { what: "建筑立面材料调整", reason: "落实城市设计导则对滨江界面的要求" },
];

/** The permits a project at its stage holds, oldest first. */
function permits(seed: ProjectSeed, d: ReturnType<typeof indicators>, numbers: PermitNumbers, r: Rng): PermitDetails[] {
  const issued: PermitDetails[] = [];
  let on = `${seed.year}-${String(r.int(1, 9)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
  const organCode = seed.rural ? (DISTRICT_CODES[seed.district] ?? "450100") : "450100";
  const issue = (type: PermitType) => {
    on = minDay(on, LAST_DAY);
    issued.push({
      type,
      number: numbers.take(type, on.slice(0, 4), organCode),
      issuedOn: on,
      issuingOrgan: seed.rural ? `${seed.district}人民政府` : ORGAN,
      scope: SCOPES[type](seed, d),
      status: "VALID",
      changes: [],
    });
  };
  const later = (min: number, max: number) => {
    on = addDays(on, r.int(min, max));
  };
  if (seed.rural) {
    if (reached(seed, "LAND_USE_PERMIT")) issue("RURAL_PERMIT");
    if (reached(seed, "COMPLETED")) {
      later(200, 400);
      issue("VERIFICATION_CERTIFICATE");
    }
    return issued;
  }
  if (seed.allocated) issue("SITE_SELECTION_OPINION");
  if (reached(seed, "LAND_USE_PERMIT")) {
    if (seed.allocated) later(60, 150);
    issue("LAND_USE_PERMIT");
  }
  if (reached(seed, "WORKS_PERMIT")) {
    later(90, 200);
    issue("WORKS_PERMIT");
    // Large key projects are permitted in phases.
    if (seed.keyProject && seed.parcel && seed.parcel >= 250) {
      later(60, 120);
      issue("WORKS_PERMIT");
    }
  }
  if (reached(seed, "COMPLETED")) {
    later(500, 700);
    issue("VERIFICATION_CERTIFICATE");
  }
  return issued;
}

/** Changes and revocations: about one works permit in four changed, some revoked and re-issued. */
function withHistory(list: PermitDetails[], numbers: PermitNumbers, r: Rng): PermitDetails[] {
  const result: PermitDetails[] = [];
  for (const p of list) {
    if (p.type !== "WORKS_PERMIT" && p.type !== "LAND_USE_PERMIT") {
      result.push(p);
      continue;
    }
    const roll = r.next();
    const changeOn = minDay(addDays(p.issuedOn, r.int(40, 200)), LAST_DAY);
    if (roll < 0.25 && changeOn > p.issuedOn) {
      result.push({ ...p, status: "CHANGED", changes: [{ on: changeOn, ...r.pick(CHANGES) }] });
    } else if (roll < 0.33 && p.type === "WORKS_PERMIT" && changeOn > p.issuedOn) {
      const reason = "建设单位调整建设方案，申请注销原证并重新申领";
      result.push({ ...p, status: "REVOKED", changes: [{ on: changeOn, what: "注销", reason }] });
      result.push({
        ...p,
        number: numbers.take(p.type, changeOn.slice(0, 4), "450100"),
        issuedOn: changeOn,
        scope: `${p.scope}（原${p.number}已注销）`,
      });
    } else result.push(p);
  }
  return result;
}

const PROGRESS: Record<ProjectStage, readonly string[]> = {
  SITE_SELECTION: ["完成选址论证和用地预审，正在开展方案设计。", "选址意见书已核发，正在办理土地划拨手续。"],
  LAND_USE_PERMIT: ["建设用地规划许可证已核发，设计方案正在优化。", "完成地块规划条件核提，正在编制修建性详细规划。"],
  WORKS_PERMIT: [
    "主体结构施工中，完成形象进度约40%。",
    "基础工程完工，主体结构施工中。",
    "已取得建设工程规划许可证，施工单位进场。",
  ],
  POST_APPROVAL_PUBLICITY: ["批后公布牌已在现场设置，主体结构封顶。", "批后公示期间未收到异议，装饰装修施工中。"],
  VERIFICATION: ["工程竣工，已申请规划条件核实，现场测量完成。", "规划核实现场踏勘完成，正在整改局部外立面。"],
  COMPLETED: ["规划核实合格证已核发，项目投入使用。", "项目竣工验收完成，正式投入使用。"],
};

const QUARTERS = ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1"];

/** Key projects report progress each quarter; the stage rises to where the project is now. */
function progress(seed: ProjectSeed, r: Rng): ProjectDetails["progress"] {
  if (!seed.keyProject) return [];
  const now = ORDER.indexOf(seed.stage);
  return QUARTERS.map((quarter, i) => {
    const stage = ORDER[Math.max(0, now - (QUARTERS.length - 1 - i))] as ProjectStage;
    return { quarter, stage, note: `${STAGE_LABELS[stage]}阶段：${r.pick(PROGRESS[stage])}` };
  });
}

export function projectDetailsOf(
  seed: ProjectSeed,
  code: string,
  numbers: PermitNumbers,
  related: readonly string[],
): ProjectDetails {
  const r = createRng(`project:${seed.key}`);
  const d = indicators(seed, r);
  return {
    name: seed.name,
    code,
    applicant: seed.applicant,
    district: seed.district,
    address: seed.address,
    location: location(seed, r),
    ...d,
    landUseClass: seed.landUse,
    stage: seed.stage,
    keyProject: seed.keyProject ?? false,
    hotArea: seed.hotArea ?? null,
    images: [],
    documents: [],
    related: [...related],
    modelUrl: null,
    progress: progress(seed, r),
    permits: withHistory(permits(seed, d, numbers, r), numbers, r),
  };
}

/** 全国投资项目在线审批监管平台 style code: year-division-industry-type-serial. */
export function projectCode(seed: ProjectSeed, index: number): string {
  const division = DISTRICT_CODES[seed.district] ?? "450100";
  const industry = seed.landUse.startsWith("07") ? "70" : seed.landUse.startsWith("08") ? "83" : "48";
  return `${seed.year}-${division}-${industry}-0${seed.allocated ? 1 : 2}-${String(100_101 + index * 37).padStart(6, "0")}`;
}

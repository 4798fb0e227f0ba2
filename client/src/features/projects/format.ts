import type { graphql } from "../../lib/graphql";
import { projectsStrings } from "./strings";

// The schema's permit enums: a value added there fails typecheck until it has a label.
const PERMIT_TYPE_LABELS: Record<ReturnType<typeof graphql.scalar<"PermitType">>, string> = projectsStrings.permitTypes;
const PERMIT_STATUS_LABELS: Record<
  ReturnType<typeof graphql.scalar<"PermitStatus">>,
  string
> = projectsStrings.permitStatus;

/**
 * How a project's planning indicators read. Every formatter returns "" for a missing value, so the
 * table can show its own placeholder, and never rounds a figure into something the permit does not say.
 */

type Maybe<T> = T | null | undefined;

const wholeNumber = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

function present(value: Maybe<number>): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** "52,300.5 平方米（约 5.23 公顷）": the hectares help above one hectare, where land is usually quoted in them. */
export function formatArea(squareMetres: Maybe<number>): string {
  if (!present(squareMetres)) return "";
  const { squareMetres: unit, hectares } = projectsStrings.units;
  const base = `${twoDecimals.format(squareMetres)} ${unit}`;
  return squareMetres >= 10_000 ? `${base}（约 ${twoDecimals.format(squareMetres / 10_000)} ${hectares}）` : base;
}

/** 容积率 is a plain ratio ("2.5"), never a percentage. */
export function formatRatio(value: Maybe<number>): string {
  return present(value) ? twoDecimals.format(value) : "";
}

/** 绿地率 and 建筑密度 as "35%" (the API gives percentages). */
export function formatPercent(percent: Maybe<number>): string {
  return present(percent) ? `${twoDecimals.format(percent)}%` : "";
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day as printed on a permit (YYYY-MM-DD, Beijing) as "2026年3月1日". Read as written,
 * with no time zone arithmetic that could move it to the day before; anything else as given.
 */
export function formatDay(day: Maybe<string>): string {
  if (!day) return "";
  const match = DAY.exec(day);
  return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : day;
}

/** 限高 in metres: "80 米". */
export function formatHeight(metres: Maybe<number>): string {
  return present(metres) ? `${twoDecimals.format(metres)} ${projectsStrings.units.metres}` : "";
}

/** Counts in running text ("共 1,234 个项目" reads better with separators). */
export function formatCount(count: number): string {
  return wholeNumber.format(count);
}

/**
 * A quarter as "2026年第一季度". Accepts the API's year and quarter, or a "2026Q1"/"2026-Q1" key.
 * Anything else is shown as given.
 */
export function formatQuarter(value: string | { year: number; quarter: number }): string {
  if (typeof value !== "string") return projectsStrings.quarter(value.year, value.quarter);
  const match = /^(\d{4})-?Q([1-4])$/i.exec(value.trim());
  return match ? projectsStrings.quarter(Number(match[1]), Number(match[2])) : value;
}

/** Chinese label of a permit type; the raw code for a type this build does not know yet. */
export function permitTypeLabel(type: string): string {
  return (PERMIT_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/** 有效 / 变更 / 注销; the raw code for a status this build does not know yet. */
export function permitStatusLabel(status: string): string {
  return (PERMIT_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

const degrees = new Intl.NumberFormat("zh-CN", {
  minimumFractionDigits: 4,
  maximumFractionDigits: 4,
  useGrouping: false,
});

/**
 * A project's position in words, "东经 108.3821°，北纬 22.8162°" (WGS-84, as surveyed; four decimals
 * are about 10 m, as precise as a marker on a phone). Every project of the city is east and north.
 */
export function locationText(center: Maybe<{ lng: number; lat: number }>): string {
  if (!center || !present(center.lng) || !present(center.lat)) return "";
  return projectsStrings.project.coordinates(degrees.format(center.lng), degrees.format(center.lat));
}

/** Related items listed under 相关公示 (the rest under 相关新闻). */
export function isPublicity(kind: string): boolean {
  return kind === "PUBLICITY";
}

// 索引号: organ code / year of publication - sequence, e.g. 000014349/2026-00123.
import { HOUR } from "../../clock.js";
import { ORGAN_CODE } from "../disclosure-catalog.js";
import type { ItemSpec } from "./spec.js";
import { EVER_PUBLISHED } from "./workflow.js";

export const formatIndexNumber = (year: number, n: number) => `${ORGAN_CODE}/${year}-${String(n).padStart(5, "0")}`;
export const INDEX_NUMBER_PATTERN = /^\d{9}\/\d{4}-\d{5}$/;

/**
 * Numbers every disclosure item ever published, per year in order of publication, and returns
 * those of the items being built. A number already in the database (`taken`) is never reused:
 * such an item gets the next free one of its year.
 */
export function assignIndexNumbers(
  all: readonly ItemSpec[],
  build: readonly ItemSpec[],
  taken: ReadonlySet<string>,
  publishedAt: (s: ItemSpec) => Date,
): Map<string, string> {
  const disclosed = all
    .filter((s) => s.kind === "DISCLOSURE" && EVER_PUBLISHED.has(s.state ?? "PUBLISHED"))
    .map((s) => ({
      key: s.key,
      year: new Date(publishedAt(s).getTime() + 8 * HOUR).getUTCFullYear(),
      at: publishedAt(s),
    }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
  const last = new Map<number, number>();
  const planned = disclosed.map(({ key, year }) => {
    const n = (last.get(year) ?? 0) + 1;
    last.set(year, n);
    return { key, year, number: formatIndexNumber(year, n) };
  });

  const building = new Set(build.map((s) => s.key));
  const used = new Set(taken);
  const numbers = new Map<string, string>();
  for (const { key, year, number } of planned.filter((p) => building.has(p.key))) {
    let assigned = number;
    while (used.has(assigned)) {
      const n = (last.get(year) ?? 0) + 1;
      last.set(year, n);
      assigned = formatIndexNumber(year, n);
    }
    used.add(assigned);
    numbers.set(key, assigned);
  }
  return numbers;
}

// The small machinery behind the generated demo content: templates draw words from the
// vocabulary with a seeded PRNG; a category turns them into ItemSpecs spread over the past months.
import { DAY } from "../../clock.js";
import type { Rng } from "../rng.js";
import type { CoverTheme, DemoAttachment, DepartmentCode, ItemSpec } from "./spec.js";
import { cover } from "./spec.js";

/** The publication date of the item being written, in Asia/Shanghai. */
export interface When {
  year: number;
  month: number;
  day: number;
  /** 1–4 */
  quarter: number;
}

export interface Draft {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  important?: boolean;
  cover?: CoverTheme;
  attachments?: DemoAttachment[];
  department?: DepartmentCode;
  /** Extra spec fields (disclosure, publicity …). */
  extra?: Partial<ItemSpec>;
}

export interface TemplateContext {
  when: When;
  /** The item's seed key, for attachment file names. */
  key: string;
  /** Position of the item in its category (0 = newest). */
  index: number;
}

export type Template = (r: Rng, ctx: TemplateContext) => Draft;

export interface Category {
  prefix: string;
  kind: ItemSpec["kind"];
  column: string;
  department: DepartmentCode;
  /** Publication days (days ago), newest first. */
  days: number[];
  templates: readonly Template[];
  /** Share of items that get a cover image. */
  coverShare?: number;
}

export function whenOf(today: Date, daysAgo: number): When {
  const d = new Date(today.getTime() - daysAgo * DAY + 8 * 3_600_000);
  const month = d.getUTCMonth() + 1;
  return { year: d.getUTCFullYear(), month, day: d.getUTCDate(), quarter: Math.ceil(month / 3) };
}

export const CN_QUARTER = ["", "一", "二", "三", "四"] as const;

/** The quarter before `when`'s, for quarterly reports. */
export function previousQuarter(when: When): { year: number; quarter: number } {
  return when.quarter === 1 ? { year: when.year - 1, quarter: 4 } : { year: when.year, quarter: when.quarter - 1 };
}

/** The month before `when`'s, for monthly reports. */
export function previousMonth(when: When): { year: number; month: number } {
  return when.month === 1 ? { year: when.year - 1, month: 12 } : { year: when.year, month: when.month - 1 };
}

/** `count` days evenly spread over [from, to] (days ago) with jitter, newest first. */
export function spreadDays(r: Rng, count: number, from: number, to: number): number[] {
  const span = (to - from + 1) / count;
  return Array.from({ length: count }, (_, i) => from + Math.min(to - from, Math.floor((i + r.next()) * span)));
}

/** Generates a category's items; titles never repeat (across categories too, via `titles`). */
export function generateCategory(r: Rng, today: Date, category: Category, titles: Set<string>): ItemSpec[] {
  const order = r.sample(category.templates, category.templates.length);
  return category.days.map((daysAgo, index) => {
    const key = `${category.prefix}-${String(index + 1).padStart(3, "0")}`;
    const ctx: TemplateContext = { when: whenOf(today, daysAgo), key, index };
    let draft: Draft | undefined;
    for (let attempt = 0; attempt < 40 && !draft; attempt++) {
      const template = attempt === 0 ? order[index % order.length] : r.pick(category.templates);
      const candidate = template?.(r, ctx);
      if (candidate && !titles.has(candidate.title)) draft = candidate;
    }
    if (!draft) throw new Error(`Seed category ${category.prefix} ran out of distinct titles at ${key}`);
    titles.add(draft.title);
    const withCover = draft.cover && r.chance(category.coverShare ?? 0.5);
    return {
      key,
      kind: category.kind,
      column: category.column,
      department: draft.department ?? category.department,
      daysAgo,
      minuteOfDay: r.int(8 * 60 + 30, 17 * 60 + 30),
      title: draft.title,
      summary: draft.summary,
      body: draft.body,
      tags: draft.tags,
      ...(draft.important ? { important: true } : {}),
      ...(withCover && draft.cover ? { cover: cover(draft.cover, r.int(0, 9)) } : {}),
      ...(draft.attachments?.length ? { attachments: draft.attachments } : {}),
      ...draft.extra,
    };
  });
}

/** A decimal with one digit, e.g. hectares. */
export const decimal = (r: Rng, min: number, max: number) => (min + r.next() * (max - min)).toFixed(1);

/**
 * A file size that looks like a real scan or document. The seed now stores real (small) PDFs and
 * records their real size; templates still draw this so that the PRNG stream, and with it every
 * generated item, stays what it was.
 */
export const fileSize = (r: Rng, minKb: number, maxKb: number) => r.int(minKb, maxKb) * 1024 + r.int(0, 1023);

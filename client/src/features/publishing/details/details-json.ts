// What the details forms of every kind share: reading the loosely typed JSON of a revision into text
// inputs and rows, telling rows left blank, reading numbers as staff type them, and the checks
// through which each kind's conversion reports a problem at the path the server would name.

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A text input's value: strings as they are, numbers written out, anything else blank. */
export const str = (value: unknown) =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : "";

/** The objects of a list (anything else in it, or a list that is not one, is dropped). */
export const rows = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(str) : []);

export const without = (source: Json, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(source).filter(([key]) => !keys.includes(key)));

/**
 * A reference to another content item, as the form holds it (a project's related items and a
 * topic's: global id; a topic's guides: slug). `title` is only for the screen.
 */
export interface RefRow {
  ref: string;
  title: string;
}

export const emptyRef = (): RefRow => ({ ref: "", title: "" });

export const refRows = (value: unknown): RefRow[] => strings(value).map((ref) => ({ ref, title: "" }));

/** Whether a row holds nothing typed (selects with their default and checkboxes do not count). */
export function isBlankRow(row: object, ignore: readonly string[] = []): boolean {
  return Object.entries(row).every(([key, value]) => {
    if (ignore.includes(key) || typeof value === "boolean") return true;
    if (Array.isArray(value)) return value.length === 0;
    return typeof value !== "string" || value.trim() === "";
  });
}

/** Trimmed text, or undefined when blank (the project schema wants optional fields absent). */
export const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

/**
 * A number as staff type it: full-width digits and separators folded, thousands commas removed.
 * undefined for blank, NaN for anything else that is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const folded = text.normalize("NFKC").replace(/[\s,]/g, "").replace(/。/g, ".");
  if (folded === "") return undefined;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(folded)) return Number.NaN;
  return Number(folded);
}

/** How a kind's conversion reads numbers and reports problems (paths below "details."). */
export interface Checks {
  /** The number typed, or undefined when blank or not a number (then named as a problem). */
  number(text: string, path: string, label: string, whole?: boolean): number | undefined;
  fail(path: string, message: string): void;
}

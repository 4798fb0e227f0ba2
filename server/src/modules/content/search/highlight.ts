// Highlighting for search results: where the query's terms occur in a title or body, and the
// render-safe HTML that marks them (<mark>…</mark>, everything else escaped).
import { pinyin } from "pinyin-pro";
import { normalize, type QueryTerm } from "./tokenize.js";

export type Range = readonly [start: number, end: number];

// ─────────────────────────── HTML → text ───────────────────────────

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  middot: "·",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  laquo: "«",
  raquo: "»",
  times: "×",
  divide: "÷",
  deg: "°",
  plusmn: "±",
  copy: "©",
  reg: "®",
  yen: "¥",
};

const NON_TEXT_ELEMENTS = /<(script|style|noscript|template|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
// Tags between words in a paragraph join them (五象<b>新区</b>); block tags separate them.
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|table|thead|tbody|tfoot|tr|td|th|caption|section|article|aside|header|footer|nav|blockquote|pre|figure|figcaption|address)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][\w:-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name] ?? whole;
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/**
 * The readable text of an item's HTML body: scripts, styles and comments dropped, tags removed,
 * entities decoded, whitespace collapsed. The result is plain text, not HTML: escape it to show it.
 */
export function htmlToText(html: string): string {
  const text = html.replace(COMMENTS, "").replace(NON_TEXT_ELEMENTS, " ").replace(BLOCK_TAG, " ").replace(ANY_TAG, "");
  return decodeEntities(text).replace(/\s+/g, " ").trim();
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// ─────────────────────────── finding matches ───────────────────────────

/** The normalized text, and for each of its UTF-16 units the range it came from in the original. */
interface Normalized {
  text: string;
  from: number[];
  to: number[];
}

function normalizeWithMap(original: string): Normalized {
  // Most text normalizes character for character: then positions map one to one.
  if (!EXPANDING.test(original)) {
    const identity = Array.from({ length: original.length }, (_, i) => i);
    return { text: normalize(original), from: identity, to: identity.map((i) => i + 1) };
  }
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const n = normalize(ch);
    text += n;
    for (let k = 0; k < n.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    i += ch.length;
  }
  return { text, from, to };
}

/**
 * Anything but characters known to normalize (NFKC, lower case) to exactly one UTF-16 unit: ASCII,
 * CJK ideographs and punctuation, full-width forms, Chinese quotes and dashes. Others may expand
 * (…, ½, ㎡, İ) or combine, and then positions have to be mapped one character at a time.
 */
const EXPANDING =
  /[^\t\n\r\u0020-\u007E\u00B7\u2014\u2018-\u201D\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF5E]/u;

const IS_HAN = /\p{Script=Han}/u;
/** Letters only, two or more: could be pinyin or initials. */
const PINYIN_TERM = /^[a-z]{2,}$/;
const IS_LETTER = /\p{L}/u;
const IS_DIGIT = /\p{N}/u;
const charClass = (c: string | undefined) =>
  c === undefined
    ? "none"
    : IS_HAN.test(c)
      ? "han"
      : IS_LETTER.test(c)
        ? "letter"
        : IS_DIGIT.test(c)
          ? "digit"
          : "none";

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
}

// Readings of each character (多音字 have several), cached: a few thousand characters at most.
const readingsCache = new Map<string, string[]>();
function readings(char: string): string[] {
  let r = readingsCache.get(char);
  if (!r) {
    r = IS_HAN.test(char)
      ? pinyin(char, { type: "array", toneType: "none", v: true, multiple: true }).filter((s) => /^[a-z]+$/.test(s))
      : [];
    readingsCache.set(char, r);
  }
  return r;
}

/**
 * Length (in characters from `start`) of a full-pinyin match of `rest`, or 0. The last syllable may
 * be typed in part ("wuxia" → 五象) when the index matches the term as a prefix.
 */
function pinyinMatch(chars: string[], start: number, rest: string, prefix: boolean): number {
  const char = chars[start];
  if (char === undefined) return 0;
  for (const r of readings(char)) {
    if (r === rest || (prefix && r.startsWith(rest))) return 1;
    if (rest.startsWith(r)) {
      const tail = pinyinMatch(chars, start + 1, rest.slice(r.length), prefix);
      if (tail > 0) return 1 + tail;
    }
  }
  return 0;
}

// The first letters of a character's readings ("xh" for 行: xing, hang), cached.
const firstsCache = new Map<string, string>();
function firsts(char: string): string {
  let f = firstsCache.get(char);
  if (f === undefined) {
    f = [...new Set(readings(char).map((r) => r[0]))].join("");
    firstsCache.set(char, f);
  }
  return f;
}

function initialsMatch(initialsAt: string[], start: number, initials: string): number {
  if (start + initials.length > initialsAt.length) return 0;
  for (let k = 0; k < initials.length; k++) {
    if (!initialsAt[start + k]?.includes(initials[k] ?? "")) return 0;
  }
  return initials.length;
}

/** Where the Chinese text reads as the pinyin (or its initials) a citizen typed. */
function pinyinRanges(text: string, term: string, prefix: boolean, limit: number): Range[] {
  const found: Range[] = [];
  for (const run of text.slice(0, limit).matchAll(/\p{Script=Han}+/gu)) {
    const chars = run[0].split("");
    const initialsAt = chars.map(firsts);
    const base = run.index ?? 0;
    const first = term[0] ?? "";
    for (let s = 0; s < chars.length; s++) {
      // Both kinds of match start with a reading that begins with the term's first letter.
      if (!initialsAt[s]?.includes(first)) continue;
      const length = pinyinMatch(chars, s, term, prefix) || initialsMatch(initialsAt, s, term);
      if (length > 0) {
        found.push([base + s, base + s + length]);
        s += length - 1;
      }
    }
  }
  return found;
}

function wordRanges(text: string, term: QueryTerm & { kind: "word" }): Range[] {
  const found: Range[] = [];
  const cls = charClass(term.text[0]);
  for (const at of occurrences(text, term.text)) {
    // Only at the start of a word ("6" is in "6 号线" but not in "2026") …
    if (charClass(text[at - 1]) === cls) continue;
    // … and the whole word, unless it is typed as a prefix.
    const end = at + term.text.length;
    if (!term.prefix && charClass(text[end]) === charClass(term.text.at(-1))) continue;
    found.push([at, end]);
  }
  return found;
}

export interface FindOptions {
  /** Pinyin is only looked for this far into the text (it is the costly kind of match). */
  pinyinLimit?: number;
}

/**
 * Ranges of `original` where a query term occurs, sorted and merged. Chinese terms match as
 * substrings, or (when the whole term is absent) by their bigrams, as the index matches them;
 * Latin words at word starts; letters also as the pinyin or initials of Chinese text.
 */
export function findMatches(original: string, terms: QueryTerm[], options: FindOptions = {}): Range[] {
  if (terms.length === 0 || original.length === 0) return [];
  const { text, from, to } = normalizeWithMap(original);
  const ranges: Range[] = [];
  for (const term of terms) {
    if (term.kind === "han") {
      let found = occurrences(text, term.text).map((at): Range => [at, at + term.text.length]);
      if (found.length === 0 && term.text.length > 2) {
        for (let i = 0; i + 2 <= term.text.length; i++) {
          const bigram = term.text.slice(i, i + 2);
          found = found.concat(occurrences(text, bigram).map((at): Range => [at, at + 2]));
        }
      }
      ranges.push(...found);
    } else {
      ranges.push(...wordRanges(text, term));
      if (PINYIN_TERM.test(term.text))
        ranges.push(...pinyinRanges(text, term.text, term.prefix, options.pinyinLimit ?? text.length));
    }
  }
  // Back to positions in the original text.
  const mapped = ranges.filter(([s, e]) => e > s).map(([s, e]): Range => [from[s] ?? 0, to[e - 1] ?? original.length]);
  return merge(mapped);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

// ─────────────────────────── rendering ───────────────────────────

/** `text[start, end)` as HTML: escaped, with the parts inside `ranges` wrapped in <mark>. */
export function markRanges(text: string, ranges: Range[], start = 0, end = text.length): string {
  let html = "";
  let at = start;
  for (const [s, e] of ranges) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to <= from) continue;
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  return html + escapeHtml(text.slice(at, end));
}

export function highlight(text: string, terms: QueryTerm[]): string {
  return markRanges(text, findMatches(text, terms));
}

export interface Snippet {
  html: string;
  /** Whether the snippet shows a match (false: it is the start of the text). */
  matched: boolean;
}

/** Context shown before the first match, as a share of the snippet. */
const LEAD = 0.25;

/**
 * About `size` characters of `text` around the first match, as render-safe HTML with the matches
 * marked and "…" where the text was cut. Without a match, the start of the text.
 */
export function snippet(text: string, terms: QueryTerm[], size = 80, options: FindOptions = {}): Snippet {
  const ranges = findMatches(text, terms, options);
  const first = ranges[0];
  let start = first ? Math.max(0, Math.min(first[0] - Math.round(size * LEAD), text.length - size)) : 0;
  let end = Math.min(text.length, Math.max(start + size, first ? first[1] : 0));
  // Never cut a surrogate pair in half.
  if (isLowSurrogate(text, start)) start -= 1;
  if (isLowSurrogate(text, end)) end += 1;
  const html = `${start > 0 ? "…" : ""}${markRanges(text, ranges, start, end)}${end < text.length ? "…" : ""}`;
  return { html, matched: first !== undefined };
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

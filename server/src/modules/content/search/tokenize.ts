// Search tokens for Chinese text, made in Node because PostgreSQL (and PGlite) has no Chinese
// parser. An item is indexed as to_tsvector('simple', tokens) where the tokens are jieba words,
// every CJK character and character bigram (so a partial word matches however jieba split it),
// pinyin and pinyin initials of words and short word runs, and lower-cased Latin/number words.
// Every token is letters and digits only, so the 'simple' parser keeps each one as one lexeme.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { pinyin } from "pinyin-pro";

/** Pinyin runs span at most this many characters (控制性详细规划 → kongzhixingxiangxiguihua, kzxxxgh). */
const PINYIN_RUN_CHARS = 8;
/** Longer Latin/number runs (URLs, hashes) are cut: their prefixes still match. */
const MAX_WORD_LENGTH = 40;
/** Latin query words this long or longer match as prefixes ("wux" finds wuxiang). */
export const MIN_PREFIX_LENGTH = 3;

// Han runs, or runs of other letters and digits. Applied to normalized (NFKC, lower-case) text.
const RUNS = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;
const LETTERS_OR_DIGITS = /\p{L}+|\p{N}+/gu;
const HAS_LETTER = /\p{L}/u;
const HAN_WORD = /^\p{Script=Han}+$/u;
const PINYIN_WORD = /^[a-z]+$/;

let jieba: Jieba | undefined;
/** Loading the dictionary takes ~250 ms, so it happens on first use, not on import. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Full-width to half-width, compatibility forms folded, lower case. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

interface WordPinyin {
  full: string;
  initials: string;
}

// Words repeat a lot (规划, 建设 …) and pinyin-pro costs ~15 µs a call, so results are cached.
// The cache is cleared when full rather than evicted one by one: simple, and bounded.
const PINYIN_CACHE_LIMIT = 50_000;
const pinyinCache = new Map<string, WordPinyin | null>();

/** Pinyin of a word in context (银行 → yinhang), or null when a character has no pinyin. */
export function wordPinyin(word: string): WordPinyin | null {
  const cached = pinyinCache.get(word);
  if (cached !== undefined) return cached;
  const syllables = pinyin(word, { type: "array", toneType: "none", v: true });
  let result: WordPinyin | null = { full: "", initials: "" };
  for (const s of syllables) {
    if (!PINYIN_WORD.test(s)) {
      result = null;
      break;
    }
    result.full += s;
    result.initials += s[0];
  }
  if (pinyinCache.size >= PINYIN_CACHE_LIMIT) pinyinCache.clear();
  pinyinCache.set(word, result);
  return result;
}

/** Collects tokens once each, in order of first occurrence (nearby text stays nearby). */
class TokenSet {
  readonly tokens: string[] = [];
  private readonly seen = new Set<string>();
  private readonly words = new Set<string>();
  add(token: string): void {
    const before = this.seen.size;
    this.seen.add(token); // one hash lookup instead of has() + add(): this runs several times a character
    if (this.seen.size > before && token.length > 0) this.tokens.push(token);
  }
  addPinyin(p: WordPinyin | null, withInitials: boolean): void {
    if (!p) return;
    this.add(p.full);
    if (withInitials) this.add(p.initials);
  }
  /** True the first time a word is seen: a word's own tokens need adding only once. */
  firstTime(word: string): boolean {
    const before = this.words.size;
    this.words.add(word);
    return this.words.size > before;
  }
}

/** Tokens of one run of Chinese words (no punctuation or Latin in between). */
function addHanWords(words: string[], out: TokenSet, pinyinRuns: boolean): void {
  const chars = Array.from(words.join(""));
  const pys = words.map(wordPinyin);
  let offset = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] ?? "";
    const length = codePoints(word);
    const end = offset + length;
    if (out.firstTime(word)) {
      for (let i = offset; i < end; i++) {
        out.add(chars[i] ?? "");
        if (i + 1 < end) out.add(`${chars[i]}${chars[i + 1]}`);
      }
      if (length > 1) out.add(word);
      if (pinyinRuns || length > 1) out.addPinyin(pys[w] ?? null, pinyinRuns && length > 1);
      // Dictionary words inside long words (南宁市 → 南宁), as jieba's search mode finds them.
      if (length > 2) {
        for (const sub of segmenter().cutForSearch(word, true)) {
          if (sub === word || codePoints(sub) < 2) continue;
          out.add(sub);
          out.addPinyin(wordPinyin(sub), pinyinRuns);
        }
      }
    }
    // The bigram across the boundary with the next word: 象新 in 五象|新区.
    if (end < chars.length) out.add(`${chars[end - 1]}${chars[end]}`);
    // Pinyin of the run of words starting here, so "wuxiangxinqu" and "wxxq" find 五象新区 even
    // though jieba cuts it as 五象|新区. Prefix queries cover the shorter runs in between.
    const p = pys[w];
    if (p && pinyinRuns) {
      let full = p.full;
      let initials = p.initials;
      let runLength = length;
      for (let next = w + 1; next < words.length; next++) {
        const q = pys[next];
        runLength += codePoints(words[next] ?? "");
        if (!q || runLength > PINYIN_RUN_CHARS) break;
        full += q.full;
        initials += q.initials;
        out.add(full);
        out.add(initials);
      }
    }
    offset = end;
  }
}

function addWordRun(run: string, out: TokenSet): void {
  out.add(run.slice(0, MAX_WORD_LENGTH));
  // "gb50180" is also found by "gb" and "50180".
  const parts = run.match(LETTERS_OR_DIGITS);
  if (parts && parts.length > 1) for (const part of parts) out.add(part.slice(0, MAX_WORD_LENGTH));
}

const SURROGATE = /[\uD800-\uDFFF]/;
const codePoints = (s: string) => (SURROGATE.test(s) ? Array.from(s).length : s.length);

export interface IndexOptions {
  /**
   * Initials and pinyin of word runs (wxxq, wuxiangxinqu). On for titles, summaries and tags; off
   * for bodies, where they would triple the index for little gain: initials are so ambiguous that
   * they only make sense against a title, and a body is still found by each word's full pinyin.
   */
  pinyinRuns?: boolean;
}

/**
 * Index tokens of a text, each once, in order of first occurrence. jieba cuts the whole text in
 * one call (one call per punctuation-delimited chunk costs 4× as much in call overhead); its words
 * are then grouped back into runs of Chinese, so bigrams and pinyin never cross punctuation.
 */
export function indexTokens(text: string, options: IndexOptions = {}): string[] {
  const pinyinRuns = options.pinyinRuns ?? true;
  const out = new TokenSet();
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 0) addHanWords(run, out, pinyinRuns);
    run = [];
  };
  for (const word of segmenter().cut(normalize(text), true)) {
    if (HAN_WORD.test(word)) {
      run.push(word);
      continue;
    }
    // Latin, digits, punctuation, space, or (rarely) a mix of them with Chinese.
    let end = 0;
    for (const match of word.matchAll(RUNS)) {
      if ((match.index ?? 0) > end) endRun();
      end = (match.index ?? 0) + match[0].length;
      if (match[1]) run.push(match[1]);
      else if (match[2]) {
        endRun();
        addWordRun(match[2], out);
      }
    }
    if (end < word.length) endRun();
  }
  endRun();
  return out.tokens;
}

export type QueryTerm =
  /** Chinese characters: matched as a substring (all of its bigrams, or the character). */
  | { kind: "han"; text: string }
  /** Latin letters and/or digits: a word, pinyin, or pinyin initials. */
  | { kind: "word"; text: string; prefix: boolean };

export interface AnalyzedQuery {
  terms: QueryTerm[];
  /** A tsquery in PostgreSQL's input syntax, or null when the query has nothing searchable. */
  tsquery: string | null;
}

const quote = (lexeme: string) => `'${lexeme.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;

function hanOperands(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length === 1) return [quote(text)];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) bigrams.add(`${chars[i]}${chars[i + 1]}`);
  return [...bigrams].map(quote);
}

/**
 * Terms and tsquery of what a citizen typed. Every term must match (AND). Chinese terms match as
 * substrings through their bigrams; Latin words of 3+ characters match as prefixes, so partial
 * pinyin ("wuxia") and initials ("wxx") find words; shorter ones match exactly.
 */
export function analyzeQuery(query: string): AnalyzedQuery {
  const terms: QueryTerm[] = [];
  for (const match of normalize(query).matchAll(RUNS)) {
    if (match[1]) terms.push({ kind: "han", text: match[1] });
    else if (match[2]) {
      const text = match[2].slice(0, MAX_WORD_LENGTH);
      terms.push({ kind: "word", text, prefix: text.length >= MIN_PREFIX_LENGTH && HAS_LETTER.test(text) });
    }
  }
  if (terms.length === 0) return { terms, tsquery: null };
  const operands = terms.flatMap((t) => (t.kind === "han" ? hanOperands(t.text) : [wordOperand(t.text, t.prefix)]));
  let tsquery = operands.join(" & ");
  // Pinyin typed with spaces ("wu xiang") also finds the joined form (wuxiang).
  if (terms.length > 1 && terms.every((t) => t.kind === "word" && PINYIN_WORD.test(t.text))) {
    const joined = terms.map((t) => t.text).join("");
    tsquery = `(${tsquery}) | ${wordOperand(joined, true)}`;
  }
  return { terms, tsquery };
}

function wordOperand(text: string, prefix: boolean): string {
  return prefix ? `${quote(text)}:*` : quote(text);
}

// The redaction step before a letter is published (来信选登): find what looks like personal data
// in the subject, the letter and the reply — phone numbers, 18-digit ID numbers, e-mail
// addresses, the writer's name and street addresses (门牌、小区、路号) — and propose masked texts.
// Staff confirm or edit the proposal; publishing refuses while a finding is neither masked nor
// confirmed as not personal. Patterns are heuristics that err towards flagging: a person decides.
import type { Prisma } from "../../generated/prisma/client.js";
import { maskEmail, maskName, maskPhone } from "./personal-data.js";

export type FindingKind = "PHONE" | "ID_NUMBER" | "EMAIL" | "NAME" | "ADDRESS";

export interface Finding {
  kind: FindingKind;
  text: string;
  start: number;
  end: number;
  /** What the proposal puts in its place. */
  masked: string;
  /** The writer's own data (from the letter's fields): it can never be confirmed as publishable. */
  known: boolean;
}

/** What the letter knows about its writer; anything of it in the text is flagged wherever it appears. */
export interface KnownPersonalData {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  requestDetails?: Prisma.JsonValue | null;
}

export const FINDING_LABELS: Record<FindingKind, string> = {
  PHONE: "电话号码",
  ID_NUMBER: "身份证号码",
  EMAIL: "电子邮箱",
  NAME: "姓名",
  ADDRESS: "地址",
};

// Characters that end a place name when scanning leftwards: punctuation and the little words that
// come before one in a sentence ("我住在幸福小区" names 幸福小区, not 我住在幸福小区), and the
// asterisks of a mask, so that a masked text is found clean.
const NOT_IN_NAME =
  "*\\s\\d，。、；：！？,.;:!?\"'“”‘’（）()【】《》的在是住于到从向和与及了就也都把被让给我你他她它们这那有个位家门对请";
const NAME_CHAR = `[^${NOT_IN_NAME}]`;
const NUM = "[0-9０-９]+";
const CN_NUM = "[0-9０-９零一二三四五六七八九十百]+";
/** Building, unit, floor and room after an address: 3栋2单元501室, 5号楼1203. */
const UNIT = `(?:${CN_NUM}(?:栋|幢|座|号楼|单元|层|楼|室|户|号)|-${NUM})*`;

const PATTERNS: Array<{ kind: FindingKind; re: RegExp }> = [
  // 18 digits, the last possibly X: a resident ID (GB 11643). Not part of a longer number.
  { kind: "ID_NUMBER", re: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g },
  // Mobile numbers (optionally +86, spaced or dashed) and landlines with an area code.
  { kind: "PHONE", re: /(?<![\d+])(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g },
  { kind: "PHONE", re: /(?<!\d)(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[\s-]?)[2-9]\d{6,7}(?:-\d{1,6})?(?!\d)/g },
  { kind: "EMAIL", re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // Road and house number: 民族大道100号, 七星路12-3号5栋2单元.
  {
    kind: "ADDRESS",
    re: new RegExp(`${NAME_CHAR}{1,10}(?:路|街|大道|大街|巷|弄|胡同)${CN_NUM}(?:-${NUM})?号(?:院|楼)?${UNIT}`, "g"),
  },
  // Residential compounds with what follows: 幸福小区3栋501室, 凤岭花园.
  {
    kind: "ADDRESS",
    re: new RegExp(`${NAME_CHAR}{2,8}(?:小区|花园|公寓|新村|家园|山庄|宿舍|社区)${UNIT}`, "g"),
  },
  // A building and room without a compound name: 3栋2单元501室.
  { kind: "ADDRESS", re: new RegExp(`${CN_NUM}(?:栋|幢|座|号楼)(?:${CN_NUM}(?:单元|层|楼|室|户|号)?)+`, "g") },
];

const ADDRESS_WORDS =
  /(路|街|大道|大街|巷|弄|胡同|小区|花园|公寓|新村|家园|山庄|宿舍|社区|号|院|楼|栋|幢|座|号楼|单元|层|室|户|-)/;

/** An address keeps the kind of place (road, compound, building) and loses names and numbers. */
function maskAddress(text: string): string {
  const compound = /^(.*?)(小区|花园|公寓|新村|家园|山庄|宿舍|社区)(.*)$/.exec(text);
  const numbersOut = (s: string) => s.replace(/[0-9０-９零一二三四五六七八九十百]+/g, "*");
  if (compound) return `**${compound[2]}${numbersOut(compound[3] ?? "")}`;
  // Road names are public; the house number is not.
  const road = /^(.*?(?:路|街|大道|大街|巷|弄|胡同))(.*)$/.exec(text);
  if (road) return `${road[1]}${numbersOut(road[2] ?? "")}`;
  return text
    .split(ADDRESS_WORDS)
    .map((part) => (ADDRESS_WORDS.test(part) ? part : numbersOut(part)))
    .join("");
}

/** 11010519491231002X → 11**************2X */
const maskId = (id: string) => `${id.slice(0, 2)}${"*".repeat(id.length - 4)}${id.slice(-2)}`;

function maskFor(kind: FindingKind, text: string): string {
  switch (kind) {
    case "PHONE":
      return maskPhone(text.replace(/[\s()（）]/g, ""));
    case "ID_NUMBER":
      return maskId(text);
    case "EMAIL":
      return maskEmail(text);
    case "NAME":
      return maskName(text);
    case "ADDRESS":
      return maskAddress(text);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The writer's data as text to look for: name, phone (in any spacing), e-mail, ID, contact, address. */
function knownTerms(known: KnownPersonalData): Array<{ kind: FindingKind; re: RegExp }> {
  const terms: Array<{ kind: FindingKind; re: RegExp }> = [];
  const details = (known.requestDetails ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value.trim().length >= 2 ? value.trim() : null);
  for (const name of [known.name, details.contactName].map(text)) {
    if (name) terms.push({ kind: "NAME", re: new RegExp(escapeRegExp(name), "g") });
  }
  const phone = text(known.phone)?.replace(/\D/g, "");
  if (phone && phone.length >= 7) {
    // The same digits however they are spaced or dashed in the text.
    terms.push({ kind: "PHONE", re: new RegExp(`(?<!\\d)${phone.split("").join("[\\s-]?")}(?!\\d)`, "g") });
  }
  for (const [kind, value] of [
    ["EMAIL", known.email],
    ["ID_NUMBER", details.idNumber],
    ["ID_NUMBER", details.organisationCode],
    ["ADDRESS", details.address],
  ] as const) {
    const term = text(value);
    if (term) terms.push({ kind, re: new RegExp(escapeRegExp(term), "gi") });
  }
  return terms;
}

/** Everything that looks personal, in text order, overlaps resolved (the writer's own data and longer matches win). */
export function findPersonalData(text: string, known: KnownPersonalData = {}): Finding[] {
  const candidates: Finding[] = [];
  const scan = (patterns: Array<{ kind: FindingKind; re: RegExp }>, isKnown: boolean) => {
    for (const { kind, re } of patterns) {
      for (const match of text.matchAll(re)) {
        const start = match.index ?? 0;
        const found = match[0];
        candidates.push({
          kind,
          text: found,
          start,
          end: start + found.length,
          masked: maskFor(kind, found),
          known: isKnown,
        });
      }
    }
  };
  scan(knownTerms(known), true);
  scan(PATTERNS, false);
  candidates.sort(
    (a, b) => Number(b.known) - Number(a.known) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The text with every finding replaced by its mask. */
export function applyMasks(text: string, findings: readonly Finding[]): string {
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, f.start) + f.masked;
    at = f.end;
  }
  return out + text.slice(at);
}

export interface FieldRedaction {
  original: string;
  proposed: string;
  findings: Finding[];
}

export interface RedactionProposal {
  subject: FieldRedaction;
  body: FieldRedaction;
  reply: FieldRedaction;
}

export function proposeRedaction(
  texts: { subject: string; body: string; reply: string },
  known: KnownPersonalData,
): RedactionProposal {
  const field = (original: string): FieldRedaction => {
    const findings = findPersonalData(original, known);
    return { original, proposed: applyMasks(original, findings), findings };
  };
  return { subject: field(texts.subject), body: field(texts.body), reply: field(texts.reply) };
}

/**
 * What still stands in the way of publishing these texts: findings that are the writer's own data
 * (never publishable), and other findings staff did not confirm as not personal (an office
 * hotline, a public road number). Empty when the texts may go out.
 */
export function unresolvedFindings(
  texts: readonly string[],
  known: KnownPersonalData,
  confirmed: readonly string[],
): Finding[] {
  const ok = new Set(confirmed.map((c) => c.trim()));
  return texts.flatMap((text) => findPersonalData(text, known)).filter((f) => f.known || !ok.has(f.text.trim()));
}

// Personal data of letter writers (个人信息保护法): masked for every staff screen by default; the
// full values only for the assigned handler, the head of the letter's department and admins, and
// every full read is written to the audit log.
import type { Prisma } from "../../generated/prisma/client.js";
import type { RequestAudit } from "../security/audit.service.js";
import { type LetterActor, maySeePersonalData } from "./letters.rules.js";

export interface PersonalData {
  name: string | null;
  phone: string | null;
  email: string | null;
  /** Disclosure requests: the form's extra fields (ID document, delivery address …). */
  requestDetails: Prisma.JsonValue | null;
}

export interface WriterView extends PersonalData {
  /** False only when the values are the full ones. */
  masked: boolean;
  /** Erased after the retention period: nothing is left to show. */
  erased: boolean;
}

const chars = (s: string) => Array.from(s);

/** 张三 → 张*, 欧阳娜娜 → 欧***: the family name stays so staff can address the writer. */
export function maskName(name: string): string {
  const c = chars(name.trim());
  if (c.length === 0) return "";
  return `${c[0]}${"*".repeat(Math.max(1, c.length - 1))}`;
}

/** 13812345678 → 138****5678; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length >= 8) return `${p.slice(0, 3)}****${p.slice(-4)}`;
  if (p.length <= 2) return "*".repeat(p.length);
  return `${"*".repeat(p.length - 2)}${p.slice(-2)}`;
}

/** zhang@example.com → z***@example.com */
export function maskEmail(email: string): string {
  const e = email.trim();
  const at = e.lastIndexOf("@");
  if (at <= 0) return maskText(e);
  return `${chars(e.slice(0, at))[0]}***${e.slice(at)}`;
}

/** Any other personal text: the first character and asterisks (an ID number, an address). */
export function maskText(text: string): string {
  const c = chars(text);
  if (c.length <= 1) return "*".repeat(c.length);
  return `${c[0]}${"*".repeat(Math.min(c.length - 1, 6))}`;
}

/** Masks every string in the request details; keys, numbers and booleans stay. */
export function maskJson(value: Prisma.JsonValue): Prisma.JsonValue {
  if (typeof value === "string") return maskText(value);
  if (Array.isArray(value)) return value.map(maskJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskJson(v ?? null)]));
  }
  return value;
}

export function maskPersonalData(data: PersonalData): PersonalData {
  return {
    name: data.name === null ? null : maskName(data.name),
    phone: data.phone === null ? null : maskPhone(data.phone),
    email: data.email === null ? null : maskEmail(data.email),
    requestDetails: data.requestDetails === null ? null : maskJson(data.requestDetails),
  };
}

export interface LetterPersonalRow {
  id: string;
  trackingCode: string;
  handlerId: string | null;
  departmentId: string | null;
  writerName: string | null;
  writerPhone: string | null;
  writerEmail: string | null;
  requestDetails: Prisma.JsonValue | null;
  personalDataErasedAt: Date | null;
}

const personalOf = (letter: LetterPersonalRow): PersonalData => ({
  name: letter.writerName,
  phone: letter.writerPhone,
  email: letter.writerEmail,
  requestDetails: letter.requestDetails ?? null,
});

/** The masked view, for lists and for staff outside the letter's handling. */
export function maskedWriter(letter: LetterPersonalRow): WriterView {
  return { ...maskPersonalData(personalOf(letter)), masked: true, erased: letter.personalDataErasedAt !== null };
}

export type FullReadResult = { ok: true; writer: WriterView } | { ok: false; message: string };

export const FULL_READ_REFUSED = "只有本件承办人、承办科室的科室负责领导和管理员可以查看完整的个人信息";

/**
 * The full values for someone allowed to see them; the read is audited (even when nothing is
 * left after erasure, the attempt to look is a fact worth keeping). Refused reads are audited too.
 */
export async function readFullWriter(
  audit: RequestAudit,
  actor: LetterActor,
  letter: LetterPersonalRow,
): Promise<FullReadResult> {
  if (!maySeePersonalData(letter, actor)) {
    await audit.record({
      action: "letters.personal_data.read",
      outcome: "DENIED",
      targetType: "Letter",
      targetId: letter.id,
      detail: { trackingCode: letter.trackingCode },
    });
    return { ok: false, message: FULL_READ_REFUSED };
  }
  await audit.record({
    action: "letters.personal_data.read",
    targetType: "Letter",
    targetId: letter.id,
    detail: { trackingCode: letter.trackingCode },
  });
  return {
    ok: true,
    writer: { ...personalOf(letter), masked: false, erased: letter.personalDataErasedAt !== null },
  };
}

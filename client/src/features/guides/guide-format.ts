import { guideStrings } from "./strings";

/** How a guide's values read to a citizen (zh-CN). Pure and tested (guide-format.test.ts). */

/** "5 个工作日"; 0 is "即办" (done at the counter); a missing limit reads "—". */
export function workingDays(days: number | null | undefined): string {
  if (typeof days !== "number" || !Number.isFinite(days) || days < 0) return guideStrings.format.noLimit;
  if (days === 0) return guideStrings.format.immediate;
  return guideStrings.format.workingDays(days);
}

/** "1 份"; a missing or odd count says nothing rather than "0 份". */
export function copiesText(copies: number | null | undefined): string {
  return typeof copies === "number" && Number.isInteger(copies) && copies > 0 ? guideStrings.format.copies(copies) : "";
}

export interface FeeLike {
  name: string;
  /** As the basis states it: "10 元/证", "按建筑面积每平方米 3 元". */
  amount: string;
}

/** A guide with no fee lines is 不收费 (the server's contract: an empty list means free). */
export function isFree(fees: readonly unknown[] | null | undefined): boolean {
  return !fees || fees.length === 0;
}

/** One fee as a line: "工本费：10 元/证". */
export function feeLine(fee: FeeLike): string {
  const name = fee.name.trim();
  const amount = fee.amount.trim();
  return name && amount ? `${name}：${amount}` : name || amount;
}

/**
 * 设定依据 as cited: "《中华人民共和国城乡规划法》第四十条". The bureau writes law names bare; the
 * book-title marks are added here, a title inside one becomes 〈〉 as Chinese punctuation wants,
 * and a document number stays outside: "《…的通知》（自然资规〔2019〕2号）".
 */
export function legalBasisText(basis: { law: string; article?: string | null }): string {
  const law = basis.law.trim();
  const article = basis.article?.trim() ?? "";
  if (/^《[^《》]*》/.test(law)) return `${law}${article}`;
  const [, title = law, number = ""] = /^(.*?)((?:（|\()[^（）()]*〔\d{4}〕[^（）()]*(?:）|\)))?$/.exec(law) ?? [];
  const inner = title.replace(/《/g, "〈").replace(/》/g, "〉");
  return `《${inner}》${number}${article}`;
}

export interface PhoneLink {
  /** As the bureau wrote it. */
  label: string;
  /** tel: URI with only dialable characters; an extension (转 801) becomes a pause. */
  href: string;
}

/**
 * The numbers in an office's phone field, each with a tel: link. Bureaus write several numbers
 * in one field ("0771-5551234、0771-5554321") and extensions as 转; a part with no digits is
 * dropped (it is a note, not a number).
 */
export function phoneLinks(phone: string | null | undefined): PhoneLink[] {
  if (!phone) return [];
  return phone
    .split(/[、,，;；/]|\s+或\s+|\s{2,}/)
    .map((part) => part.trim())
    .filter((part) => /\d{3,}/.test(part))
    .map((label) => {
      const [main = "", extension] = label.split(/转|ext\.?|分机/i);
      const dial = main.replace(/[^\d+]/g, "");
      const ext = extension?.replace(/\D/g, "");
      return { label, href: `tel:${dial}${ext ? `,${ext}` : ""}` };
    });
}

/** Only http(s) links are offered as links; anything else is shown as text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, "https://invalid.example");
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return url;
  } catch {
    return null;
  }
}

/** Multi-line plain text (conditions, legal basis) as paragraphs; blank lines dropped. */
export function textLines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

// Plain text and phone numbers as citizens type them: shared by the letter and comment forms
// (letters/citizen/submit.validation.ts).

/**
 * Comments are plain text: markup is removed (script and style with their content), control
 * characters dropped and line breaks normalised. What remains is stored as typed and must be
 * escaped wherever it is shown, like any text.
 */
export function plainText(input: string, { multiline }: { multiline: boolean }): string {
  const text = input
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/\r\n?/g, "\n");
  return multiline
    ? text
        .replace(/[^\P{Cc}\n\t]/gu, "")
        .replace(/\n{3,}/g, "\n\n")
        .trim()
    : text
        .replace(/\p{Cc}/gu, " ")
        .replace(/\s+/g, " ")
        .trim();
}

/**
 * A mainland mobile number (optionally +86), or a landline with an optional area code and
 * extension: 13812345678, +86 138-1234-5678, 0771-1234567, (0771) 1234567, 5551234, 0771-1234567-801.
 * Spaces and brackets are dropped; dashes stay as typed.
 */
const MOBILE = /^(?:(?:\+|00)86-?)?1[3-9]\d-?\d{4}-?\d{4}$/;
const LANDLINE = /^(?:0\d{2,3}-?)?[2-9]\d{6,7}(?:-\d{1,6})?$/;

export const normalisePhone = (input: string) => input.replace(/[\s()（）]/g, "");
export const isPhone = (phone: string) => MOBILE.test(phone) || LANDLINE.test(phone);

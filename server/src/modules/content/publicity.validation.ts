import { z } from "zod";

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

/** A client-generated UUID; the same key on a repeated submission returns the original comment. */
export const idempotencyKey = z.guid("提交标识格式不正确").nullish();

/** Raw lengths far above the limits are refused before any text processing runs on them. */
export const publicityCommentInput = z.object({
  name: z
    .string()
    .max(400, "姓名不能超过 40 个字")
    .transform((s) => plainText(s, { multiline: false }))
    .pipe(z.string().min(1, "请填写姓名").max(40, "姓名不能超过 40 个字")),
  phone: z
    .string()
    .max(40, "请填写正确的手机号码或固定电话（如 13812345678 或 0771-1234567）")
    .transform(normalisePhone)
    .pipe(
      z
        .string()
        .min(1, "请填写联系电话")
        .refine(isPhone, "请填写正确的手机号码或固定电话（如 13812345678 或 0771-1234567）"),
    ),
  body: z
    .string()
    .max(20_000, "意见内容不能超过 2000 个字")
    .transform((s) => plainText(s, { multiline: true }))
    .pipe(z.string().min(5, "意见内容至少 5 个字").max(2000, "意见内容不能超过 2000 个字")),
  idempotencyKey,
});

export type PublicityCommentInput = z.infer<typeof publicityCommentInput>;

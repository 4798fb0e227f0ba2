// What a writer may send: a letter (咨询/意见/建议/投诉), a disclosure request (依申请公开) or a
// comment on planning publicity (规划公示意见), with limits and messages a citizen understands. Text is plain: markup and control characters go.
import { z } from "zod";
import { isPhone, normalisePhone, plainText } from "../../content/publicity.validation.js";
import { CITIZEN_MESSAGES } from "./citizen.messages.js";

export const LETTER_LIMITS = {
  subjectMin: 4,
  subjectMax: 60,
  bodyMin: 10,
  bodyMax: 5000,
  nameMax: 40,
  organisationNameMax: 100,
  emailMax: 100,
  attachments: 5,
} as const;

export const CITIZEN_LETTER_TYPES = ["CONSULTATION", "OPINION", "SUGGESTION", "COMPLAINT"] as const;
export const APPLICANT_TYPES = ["CITIZEN", "ORGANISATION"] as const;
export const ID_DOCUMENT_TYPES = ["RESIDENT_ID", "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "OTHER"] as const;
export const DISCLOSURE_FORMATS = ["PAPER", "ELECTRONIC"] as const;
export const DISCLOSURE_DELIVERIES = ["POST", "EMAIL", "PICK_UP", "FAX"] as const;

/** Raw input far above a limit is refused before any text processing runs on it. */
const text = (label: string, min: number, max: number, multiline = false) =>
  z
    .string()
    .max(max * 10, `${label}不能超过 ${max} 个字`)
    .transform((s) => plainText(s, { multiline }))
    .pipe(
      z.string().min(1, `请填写${label}`).min(min, `${label}至少 ${min} 个字`).max(max, `${label}不能超过 ${max} 个字`),
    );

const optionalText = (label: string, max: number, multiline = false) =>
  z
    .string()
    .max(max * 10, `${label}不能超过 ${max} 个字`)
    .transform((s) => plainText(s, { multiline }))
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字`))
    .nullish()
    .transform((s) => s || null);

const PHONE_HINT = "请填写正确的手机号码或固定电话（如 13812345678 或 0771-5551234）";
const phone = z
  .string()
  .max(40, PHONE_HINT)
  .transform(normalisePhone)
  .pipe(z.string().min(1, "请填写联系电话").refine(isPhone, PHONE_HINT));

const email = z
  .string()
  .trim()
  .max(LETTER_LIMITS.emailMax, "电子邮箱过长")
  .pipe(z.union([z.literal(""), z.email("请填写正确的电子邮箱，或留空")]))
  .nullish()
  .transform((s) => s || null);

/** Ids the upload answered with; they are checked against unclaimed uploads when the letter is stored. */
const attachmentIds = z
  .array(z.string().regex(/^[0-9A-Z]{26,40}$/, "附件标识无效，请重新上传"))
  .max(LETTER_LIMITS.attachments, `最多可上传 ${LETTER_LIMITS.attachments} 个附件`)
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

/** A random id the app keeps per installation (crypto.randomUUID()); anything else counts as none. */
export const deviceId = z
  .string()
  .nullish()
  .transform((s) => (s && /^[A-Za-z0-9_-]{16,64}$/.test(s) ? s : null));

/** The fields every submission carries besides the letter: the proof of work and the honeypot. */
const checks = {
  altcha: z.string().nullish(),
  /** Honeypot: a field people never see and so leave empty. */
  website: z.string().nullish(),
  deviceId,
};
const guards = { ...checks, attachmentIds };

/** A client-generated UUID (crypto.randomUUID()): the same key on a repeat returns the original receipt. */
export const idempotencyKey = z.guid(CITIZEN_MESSAGES.idempotencyKey);

export const letterInput = z.object({
  type: z.enum(CITIZEN_LETTER_TYPES, "请选择来信类型（咨询、意见、建议或投诉）"),
  subject: text("标题", LETTER_LIMITS.subjectMin, LETTER_LIMITS.subjectMax),
  body: text("来信内容", LETTER_LIMITS.bodyMin, LETTER_LIMITS.bodyMax, true),
  name: text("姓名", 1, LETTER_LIMITS.nameMax),
  phone,
  email,
  mayPublish: z
    .boolean()
    .nullish()
    .transform((b) => b ?? false),
  ...guards,
});

export type LetterInput = z.infer<typeof letterInput>;

/** A comment is shorter than a letter: a few words of support will do. */
export const COMMENT_LIMITS = { bodyMin: 5, bodyMax: 2000 } as const;

/**
 * 规划公示意见: who comments (name and phone, for the bureau only) and what they think. The subject
 * is the publicity's title and the type is always OPINION; a comment carries no attachments.
 */
export const publicityCommentInput = z.object({
  name: text("姓名", 1, LETTER_LIMITS.nameMax),
  phone,
  body: text("意见内容", COMMENT_LIMITS.bodyMin, COMMENT_LIMITS.bodyMax, true),
  ...checks,
});

export type PublicityCommentInput = z.infer<typeof publicityCommentInput>;

/** 居民身份证号码 (GB 11643-1999): 17 digits and a check character computed from them. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return "10X98765432"[sum % 11] === id[17];
}

/** 统一社会信用代码 (GB 32100-2015): 18 characters of digits and capitals without I, O, Z, S, V. */
const ORGANISATION_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * 依申请公开 (政府信息公开条例 第二十九条): who asks (name, proof of identity, contact), what
 * information (its name, document number or other description), and in what form and how it is
 * to be delivered. The purpose is optional since the 2019 revision.
 */
export const disclosureRequestInput = z
  .object({
    applicantType: z.enum(APPLICANT_TYPES, "请选择申请人类型（公民或法人/其他组织）"),
    name: z
      .string()
      .max(1000, "申请人姓名或名称过长")
      .transform((s) => plainText(s, { multiline: false }))
      .pipe(
        z
          .string()
          .min(1, "请填写申请人姓名或名称")
          .max(LETTER_LIMITS.organisationNameMax, `申请人姓名或名称不能超过 ${LETTER_LIMITS.organisationNameMax} 个字`),
      ),
    idType: z.enum(ID_DOCUMENT_TYPES, "请选择身份证件类型").nullish(),
    idNumber: z
      .string()
      .max(40, "证件号码过长")
      .transform((s) => s.replace(/\s/g, "").toUpperCase())
      .nullish()
      .transform((s) => s || null),
    organisationCode: z
      .string()
      .max(40, "统一社会信用代码应为 18 位")
      .transform((s) => s.replace(/\s/g, "").toUpperCase())
      .nullish()
      .transform((s) => s || null),
    contactName: optionalText("联系人", LETTER_LIMITS.nameMax),
    phone,
    email,
    address: optionalText("通信地址", 200),
    postcode: z
      .string()
      .trim()
      .nullish()
      .transform((s) => s || null)
      .refine((s) => s === null || /^\d{6}$/.test(s), "邮政编码应为 6 位数字"),
    informationTitle: text("所需信息名称", 2, 100),
    description: text("所需信息的描述", LETTER_LIMITS.bodyMin, LETTER_LIMITS.bodyMax, true),
    documentNumber: optionalText("文号", 100),
    purpose: optionalText("用途", 500, true),
    format: z.enum(DISCLOSURE_FORMATS, "请选择所需信息的提供形式（纸质或电子）"),
    delivery: z.enum(DISCLOSURE_DELIVERIES, "请选择获取信息的方式"),
    ...guards,
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (r.applicantType === "CITIZEN") {
      if (!r.idType) issue("idType", "请选择身份证件类型");
      else if (!r.idNumber) issue("idNumber", "请填写身份证件号码");
      else if (r.idType === "RESIDENT_ID" && !isResidentId(r.idNumber)) {
        issue("idNumber", "居民身份证号码应为 18 位且校验位正确，请核对");
      } else if (!/^[0-9A-Z()（）-]{5,30}$/.test(r.idNumber)) issue("idNumber", "证件号码格式不正确，请核对");
    } else if (!r.organisationCode) issue("organisationCode", "请填写统一社会信用代码");
    else if (!ORGANISATION_CODE.test(r.organisationCode)) {
      issue("organisationCode", "统一社会信用代码应为 18 位数字或大写字母，请核对");
    }
    if (r.delivery === "EMAIL" && !r.email) issue("email", "选择电子邮件获取时，请填写电子邮箱");
    if (r.delivery === "EMAIL" && r.format === "PAPER")
      issue("delivery", "纸质信息不能通过电子邮件获取，请选择邮寄、当面领取或传真");
    if (r.delivery === "POST" && !r.address) issue("address", "选择邮寄时，请填写通信地址");
  });

export type DisclosureRequestInput = z.infer<typeof disclosureRequestInput>;

/** What requestDetails holds for a disclosure request (personal data: masked for most staff). */
export function requestDetailsOf(r: DisclosureRequestInput) {
  return {
    applicantType: r.applicantType,
    ...(r.applicantType === "CITIZEN"
      ? { idType: r.idType ?? null, idNumber: r.idNumber }
      : { organisationCode: r.organisationCode, contactName: r.contactName }),
    address: r.address,
    postcode: r.postcode,
    documentNumber: r.documentNumber,
    purpose: r.purpose,
    format: r.format,
    delivery: r.delivery,
  };
}

/** The first problem, as { message, field } for the form. */
export function firstIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  const field = issue?.path[0]?.toString();
  return field ? { message: issue?.message ?? "输入有误", field } : { message: issue?.message ?? "输入有误" };
}

/**
 * The two citizen forms as data: what the writer typed, the checks the phone can make before
 * sending (the server's limits, with the same Chinese messages; the server checks again and has
 * the last word), and the input each mutation takes. Pure, so every rule is tested once.
 */
import type { VariablesOf } from "../../lib/graphql";
import type { SubmitDisclosureRequestMutation, SubmitLetterMutation } from "./letters-api";
import { lettersStrings } from "./strings";

// The server's limits (server/src/modules/letters/citizen/submit.validation.ts).
export const LIMITS = {
  subjectMin: 4,
  subjectMax: 60,
  bodyMin: 10,
  bodyMax: 5000,
  nameMax: 40,
  organisationNameMax: 100,
  emailMax: 100,
  informationTitleMin: 2,
  informationTitleMax: 100,
  addressMax: 200,
  documentNumberMax: 100,
  purposeMax: 500,
  attachments: 5,
  attachmentBytes: 10 * 1024 * 1024,
} as const;

export const LETTER_TYPES = ["CONSULTATION", "OPINION", "SUGGESTION", "COMPLAINT"] as const;
export type CitizenLetterType = (typeof LETTER_TYPES)[number];
export const APPLICANT_TYPES = ["CITIZEN", "ORGANISATION"] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const ID_TYPES = ["RESIDENT_ID", "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "OTHER"] as const;
export type IdType = (typeof ID_TYPES)[number];
export const FORMATS = ["ELECTRONIC", "PAPER"] as const;
export type DisclosureFormat = (typeof FORMATS)[number];
export const DELIVERIES = ["EMAIL", "POST", "PICK_UP", "FAX"] as const;
export type DisclosureDelivery = (typeof DELIVERIES)[number];

export interface LetterValues {
  type: CitizenLetterType | "";
  subject: string;
  body: string;
  name: string;
  phone: string;
  email: string;
  mayPublish: boolean;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export interface DisclosureValues {
  applicantType: ApplicantType;
  name: string;
  idType: IdType | "";
  idNumber: string;
  organisationCode: string;
  contactName: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  informationTitle: string;
  description: string;
  documentNumber: string;
  purpose: string;
  format: DisclosureFormat | "";
  delivery: DisclosureDelivery | "";
  website: string;
}

export type LetterField = Exclude<keyof LetterValues, "website" | "mayPublish"> | "attachments";
export type DisclosureField = Exclude<keyof DisclosureValues, "website"> | "attachments";
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Top to bottom as the form shows them: the first one with an error gets the focus. */
export const LETTER_FIELD_ORDER: readonly LetterField[] = [
  "type",
  "subject",
  "body",
  "attachments",
  "name",
  "phone",
  "email",
];
export const DISCLOSURE_FIELD_ORDER: readonly DisclosureField[] = [
  "applicantType",
  "name",
  "idType",
  "idNumber",
  "organisationCode",
  "contactName",
  "phone",
  "email",
  "address",
  "postcode",
  "informationTitle",
  "description",
  "documentNumber",
  "purpose",
  "format",
  "delivery",
  "attachments",
];

export const emptyLetter = (): LetterValues => ({
  type: "",
  subject: "",
  body: "",
  name: "",
  phone: "",
  email: "",
  mayPublish: false,
  website: "",
});

export const emptyDisclosure = (): DisclosureValues => ({
  applicantType: "CITIZEN",
  name: "",
  idType: "RESIDENT_ID",
  idNumber: "",
  organisationCode: "",
  contactName: "",
  phone: "",
  email: "",
  address: "",
  postcode: "",
  informationTitle: "",
  description: "",
  documentNumber: "",
  purpose: "",
  format: "",
  delivery: "",
  website: "",
});

/** Characters as a person counts them (an emoji or a rare hanzi is one), after the server's trimming. */
export function textLength(text: string, multiline = false): number {
  const trimmed = multiline ? text.replace(/\r\n?/g, "\n").trim() : text.replace(/\s+/g, " ").trim();
  return Array.from(trimmed).length;
}

// Mainland mobile (optionally +86) or a landline with an optional area code and extension.
const MOBILE = /^(?:(?:\+|00)86-?)?1[3-9]\d-?\d{4}-?\d{4}$/;
const LANDLINE = /^(?:0\d{2,3}-?)?[2-9]\d{6,7}(?:-\d{1,6})?$/;
const normalisePhone = (input: string) => input.replace(/[\s()（）]/g, "");
export const isPhone = (input: string) => {
  const phone = normalisePhone(input);
  return MOBILE.test(phone) || LANDLINE.test(phone);
};

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** 居民身份证号码 (GB 11643-1999): 17 digits and a check character computed from them. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return "10X98765432"[sum % 11] === id[17];
}

/** 统一社会信用代码 (GB 32100-2015). */
const ORGANISATION_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const compactUpper = (s: string) => s.replace(/\s/g, "").toUpperCase();

const v = lettersStrings.validation;

function checkText(
  errors: Record<string, string>,
  field: string,
  value: string,
  label: string,
  min: number,
  max: number,
  multiline = false,
): void {
  const length = textLength(value, multiline);
  if (length === 0 && min > 0) errors[field] = v.required(label);
  else if (length > 0 && length < min) errors[field] = v.tooShort(label, min);
  else if (length > max) errors[field] = v.tooLong(label, max);
}

function checkPhone(errors: Record<string, string>, phone: string, label: string): void {
  if (!phone.trim()) errors.phone = v.required(label);
  else if (!isPhone(phone)) errors.phone = v.phone;
}

function checkEmail(errors: Record<string, string>, email: string): void {
  const value = email.trim();
  if (value.length > LIMITS.emailMax || (value && !EMAIL.test(value))) errors.email = v.email;
}

export function validateLetter(values: LetterValues): FieldErrors<LetterField> {
  const f = lettersStrings.form;
  const errors: Record<string, string> = {};
  if (!values.type) errors.type = v.choose(f.type);
  checkText(errors, "subject", values.subject, f.subject, LIMITS.subjectMin, LIMITS.subjectMax);
  checkText(errors, "body", values.body, f.body, LIMITS.bodyMin, LIMITS.bodyMax, true);
  checkText(errors, "name", values.name, f.name, 1, LIMITS.nameMax);
  checkPhone(errors, values.phone, f.phone);
  checkEmail(errors, values.email);
  return errors as FieldErrors<LetterField>;
}

export function validateDisclosure(values: DisclosureValues): FieldErrors<DisclosureField> {
  const d = lettersStrings.disclosure;
  const f = lettersStrings.form;
  const errors: Record<string, string> = {};
  const citizen = values.applicantType === "CITIZEN";
  checkText(
    errors,
    "name",
    values.name,
    citizen ? d.nameCitizen : d.nameOrganisation,
    1,
    citizen ? LIMITS.nameMax : LIMITS.organisationNameMax,
  );
  if (citizen) {
    const idNumber = compactUpper(values.idNumber);
    if (!values.idType) errors.idType = v.choose(d.idType);
    else if (!idNumber) errors.idNumber = v.required(d.idNumber);
    else if (values.idType === "RESIDENT_ID" && !isResidentId(idNumber)) errors.idNumber = v.residentId;
    else if (!/^[0-9A-Z()（）-]{5,30}$/.test(idNumber)) errors.idNumber = v.idNumber;
  } else {
    const code = compactUpper(values.organisationCode);
    if (!code) errors.organisationCode = v.required(d.organisationCode);
    else if (!ORGANISATION_CODE.test(code)) errors.organisationCode = v.organisationCode;
    checkText(errors, "contactName", values.contactName, d.contactName, 0, LIMITS.nameMax);
  }
  checkPhone(errors, values.phone, f.phone);
  checkEmail(errors, values.email);
  checkText(errors, "address", values.address, d.address, 0, LIMITS.addressMax);
  if (values.postcode.trim() && !/^\d{6}$/.test(values.postcode.trim())) errors.postcode = v.postcode;
  checkText(
    errors,
    "informationTitle",
    values.informationTitle,
    d.informationTitle,
    LIMITS.informationTitleMin,
    LIMITS.informationTitleMax,
  );
  checkText(errors, "description", values.description, d.description, LIMITS.bodyMin, LIMITS.bodyMax, true);
  checkText(errors, "documentNumber", values.documentNumber, d.documentNumber, 0, LIMITS.documentNumberMax);
  checkText(errors, "purpose", values.purpose, d.purpose, 0, LIMITS.purposeMax, true);
  if (!values.format) errors.format = v.choose(d.format);
  if (!values.delivery) errors.delivery = v.choose(d.delivery);
  if (values.delivery === "EMAIL" && !values.email.trim() && !errors.email) errors.email = v.emailRequired;
  if (values.delivery === "EMAIL" && values.format === "PAPER") errors.delivery = v.paperByEmail;
  if (values.delivery === "POST" && !values.address.trim() && !errors.address) errors.address = v.addressRequired;
  return errors as FieldErrors<DisclosureField>;
}

/** The field a server refusal names ("input.phone", "attachmentIds"), if the form shows it. */
export function formFieldOf<F extends string>(field: string | null | undefined, order: readonly F[]): F | null {
  const last = field?.split(".").pop();
  if (last === "attachmentIds") return order.includes("attachments" as F) ? ("attachments" as F) : null;
  return last && (order as readonly string[]).includes(last) ? (last as F) : null;
}

export const firstErrorField = <F extends string>(errors: FieldErrors<F>, order: readonly F[]): F | null =>
  order.find((field) => errors[field]) ?? null;

const orNull = (s: string) => {
  const trimmed = s.trim();
  return trimmed ? trimmed : null;
};

type LetterInput = VariablesOf<typeof SubmitLetterMutation>["input"];
type DisclosureInput = VariablesOf<typeof SubmitDisclosureRequestMutation>["input"];

/** What submitLetter takes, without the parts added when it is sent (proof of work, device, uploads). */
export function letterInput(values: LetterValues): Omit<LetterInput, "altcha" | "deviceId" | "attachmentIds"> {
  if (!values.type) throw new Error("letterInput: validate the letter first (no type chosen)");
  return {
    type: values.type,
    subject: values.subject.trim(),
    body: values.body.trim(),
    name: values.name.trim(),
    phone: values.phone.trim(),
    email: orNull(values.email),
    mayPublish: values.mayPublish,
    website: values.website,
  };
}

export function disclosureInput(
  values: DisclosureValues,
): Omit<DisclosureInput, "altcha" | "deviceId" | "attachmentIds"> {
  if (!values.format || !values.delivery) throw new Error("disclosureInput: validate the request first");
  const citizen = values.applicantType === "CITIZEN";
  return {
    applicantType: values.applicantType,
    name: values.name.trim(),
    idType: citizen && values.idType ? values.idType : null,
    idNumber: citizen ? orNull(values.idNumber) : null,
    organisationCode: citizen ? null : orNull(values.organisationCode),
    contactName: citizen ? null : orNull(values.contactName),
    phone: values.phone.trim(),
    email: orNull(values.email),
    address: orNull(values.address),
    postcode: orNull(values.postcode),
    informationTitle: values.informationTitle.trim(),
    description: values.description.trim(),
    documentNumber: orNull(values.documentNumber),
    purpose: orNull(values.purpose),
    format: values.format,
    delivery: values.delivery,
    website: values.website,
  };
}

// ───────────── attachments ─────────────

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"];
const EXTENSIONS = /\.(jpe?g|png|webp|gif|pdf)$/i;
/** For <input type="file" accept>: phones offer the camera and the gallery for images. */
export const ATTACHMENT_ACCEPT = [...IMAGE_TYPES, "application/pdf", ".pdf", ".jpg", ".jpeg", ".png"].join(",");

export const isImageFile = (file: { type: string; name: string }) =>
  IMAGE_TYPES.includes(file.type) || (!file.type && /\.(jpe?g|png|webp|gif)$/i.test(file.name));

/**
 * Whether a chosen file may be attached, judged by its type and size (the server judges by its
 * bytes, and re-encodes images). Some phones give no MIME type; the extension decides then.
 */
export function checkAttachment(file: { name: string; type: string; size: number }): string | null {
  const typeOk = file.type
    ? IMAGE_TYPES.includes(file.type) || file.type === "application/pdf"
    : EXTENSIONS.test(file.name);
  if (!typeOk) return v.fileType(file.name);
  if (file.size === 0) return v.fileEmpty(file.name);
  if (file.size > LIMITS.attachmentBytes) return v.fileTooLarge(file.name, LIMITS.attachmentBytes / 1024 / 1024);
  return null;
}

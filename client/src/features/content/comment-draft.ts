/**
 * The publicity comment form as a reducer: what the citizen typed, per-field errors, and the
 * idempotency key of this draft. The key is made once per draft and kept through failed
 * submissions, so resubmitting after a lost response cannot file the comment twice; only a
 * successful submission starts a new draft with a new key.
 */
import { contentStrings } from "./strings";

export type CommentField = "name" | "phone" | "body";

// The server's limits (SubmitPublicityCommentInput); checked here too so the message comes at once.
export const COMMENT_BODY_MIN = 5;
export const COMMENT_BODY_MAX = 2000;
export const COMMENT_NAME_MAX = 40;

export interface CommentValues {
  name: string;
  phone: string;
  body: string;
}

export interface CommentDraft {
  values: CommentValues;
  idempotencyKey: string;
  fieldErrors: Partial<Record<CommentField, string>>;
  /** A failure not tied to one field (network, rate limit). */
  formError: string | null;
  status: "editing" | "submitting" | "submitted";
}

export type CommentAction =
  | { type: "edit"; field: CommentField; value: string }
  | { type: "submit" }
  | { type: "invalid"; fieldErrors: Partial<Record<CommentField, string>> }
  | { type: "rejected"; message: string; field?: string | null | undefined }
  | { type: "succeeded"; nextKey: string }
  | { type: "startAnother" };

const EMPTY: CommentValues = { name: "", phone: "", body: "" };

export function newDraft(idempotencyKey: string, values: Partial<CommentValues> = {}): CommentDraft {
  return {
    values: { ...EMPTY, ...values },
    idempotencyKey,
    fieldErrors: {},
    formError: null,
    status: "editing",
  };
}

/** The server may name a field as a path ("input.phone"); only the last segment matters. */
function asCommentField(field: string | null | undefined): CommentField | null {
  const last = field?.split(".").pop();
  return last === "name" || last === "phone" || last === "body" ? last : null;
}

export function commentReducer(draft: CommentDraft, action: CommentAction): CommentDraft {
  switch (action.type) {
    case "edit": {
      const { [action.field]: _fixed, ...fieldErrors } = draft.fieldErrors;
      return { ...draft, values: { ...draft.values, [action.field]: action.value }, fieldErrors };
    }
    case "submit":
      return { ...draft, fieldErrors: {}, formError: null, status: "submitting" };
    case "invalid":
      return { ...draft, fieldErrors: action.fieldErrors, status: "editing" };
    case "rejected": {
      const field = asCommentField(action.field);
      return field
        ? { ...draft, fieldErrors: { [field]: action.message }, formError: null, status: "editing" }
        : { ...draft, formError: action.message, status: "editing" };
    }
    case "succeeded":
      // The values are cleared; the next draft gets its own key.
      return { ...newDraft(action.nextKey), status: "submitted" };
    case "startAnother":
      return { ...draft, status: "editing" };
  }
}

// Mainland mobile numbers (optionally +86) and landlines with or without an area code.
const PHONE = /^(?:(?:\+?86)?1[3-9]\d{9}|0\d{2,3}\d{7,8}|\d{7,8})$/;

/** The checks a citizen can fix before sending; the server checks again and has the last word. */
export function validateComment(values: CommentValues): Partial<Record<CommentField, string>> {
  const strings = contentStrings.comment;
  const errors: Partial<Record<CommentField, string>> = {};
  const name = values.name.trim();
  if (!name) errors.name = strings.required.name;
  else if ([...name].length > COMMENT_NAME_MAX) errors.name = strings.nameTooLong(COMMENT_NAME_MAX);
  const phone = values.phone.replace(/[\s()-]/g, "");
  if (!phone) errors.phone = strings.required.phone;
  else if (!PHONE.test(phone)) errors.phone = strings.phoneInvalid;
  const bodyLength = [...values.body.trim()].length;
  if (bodyLength === 0) errors.body = strings.required.body;
  else if (bodyLength < COMMENT_BODY_MIN) errors.body = strings.tooShort(COMMENT_BODY_MIN);
  else if (bodyLength > COMMENT_BODY_MAX) errors.body = strings.tooLong(COMMENT_BODY_MAX);
  return errors;
}

/**
 * A draft saved in sessionStorage (so a reload or a lost response keeps the text and its key),
 * read back defensively: anything malformed means no saved draft.
 */
export function parseSavedDraft(raw: string | null): Pick<CommentDraft, "values" | "idempotencyKey"> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const record = value as Record<string, unknown>;
    const values = record.values as Record<string, unknown> | undefined;
    if (typeof record.idempotencyKey !== "string" || !record.idempotencyKey) return null;
    if (typeof values !== "object" || values === null) return null;
    const text = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
    return {
      idempotencyKey: record.idempotencyKey,
      values: { name: text("name"), phone: text("phone"), body: text("body") },
    };
  } catch {
    return null;
  }
}

/**
 * A comment on planning publicity (规划公示意见) as data. It is a letter: it goes through the letters
 * outbox (features/letters/outbox.ts) like the other two forms, with the same idempotency key,
 * proof of work and receipt; this file is what is particular to it — the values, the checks the
 * phone makes before sending (the server's limits and messages; the server has the last word),
 * and the input submitPublicityComment takes. Pure, so every rule is tested once.
 */
import type { VariablesOf } from "../../lib/graphql";
import { type FieldErrors, isPhone, textLength } from "../letters/letter-form";
import type { SubmitPublicityCommentMutation } from "../letters/letters-api";
import { lettersStrings } from "../letters/strings";
import { contentStrings } from "./strings";

// The server's limits (server/src/modules/letters/citizen/submit.validation.ts COMMENT_LIMITS).
export const COMMENT_LIMITS = { bodyMin: 5, bodyMax: 2000, nameMax: 40 } as const;

export interface CommentValues {
  /** The publicity item's global id. */
  itemId: string;
  /** Its title: the comment's subject in the outbox and on the receipt. */
  itemTitle: string;
  name: string;
  phone: string;
  body: string;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
}

export type CommentField = "body" | "name" | "phone";

/** Top to bottom as the form shows them: the first one with an error gets the focus. */
export const COMMENT_FIELD_ORDER: readonly CommentField[] = ["body", "name", "phone"];

export const emptyComment = (itemId: string, itemTitle: string): CommentValues => ({
  itemId,
  itemTitle,
  name: "",
  phone: "",
  body: "",
  website: "",
});

/** The letter's subject, as the server makes it from the publicity's title. */
export const commentSubject = (title: string) => `对《${title}》的意见`;

export function validateComment(values: CommentValues): FieldErrors<CommentField> {
  const v = lettersStrings.validation;
  const labels = contentStrings.comment;
  const errors: FieldErrors<CommentField> = {};
  const body = textLength(values.body, true);
  if (body === 0) errors.body = v.required(labels.body);
  else if (body < COMMENT_LIMITS.bodyMin) errors.body = v.tooShort(labels.body, COMMENT_LIMITS.bodyMin);
  else if (body > COMMENT_LIMITS.bodyMax) errors.body = v.tooLong(labels.body, COMMENT_LIMITS.bodyMax);
  const name = textLength(values.name);
  if (name === 0) errors.name = v.required(labels.name);
  else if (name > COMMENT_LIMITS.nameMax) errors.name = v.tooLong(labels.name, COMMENT_LIMITS.nameMax);
  if (!values.phone.trim()) errors.phone = v.required(labels.phone);
  else if (!isPhone(values.phone)) errors.phone = v.phone;
  return errors;
}

type CommentInput = VariablesOf<typeof SubmitPublicityCommentMutation>["input"];

/** What submitPublicityComment takes, without the parts added when it is sent (proof of work, device). */
export function commentInput(values: CommentValues): Omit<CommentInput, "altcha" | "deviceId"> {
  return {
    itemId: values.itemId,
    name: values.name.trim(),
    phone: values.phone.trim(),
    body: values.body.trim(),
    website: values.website,
  };
}

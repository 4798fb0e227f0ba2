import { readsLetters } from "../letters/staff/staff-access";
import { publishingStrings } from "./strings";

/**
 * Who reads the comments on a publicity: comments are letters, so everyone the server lets read
 * letters (its LETTER_STAFF), as the inbox does.
 */
export function canReadPublicityComments(viewer: { roles: readonly string[] } | null): boolean {
  return readsLetters(viewer?.roles ?? []);
}

/** Where the comment window stands, in words: open (days left), not yet open, closed, or none. */
export function windowText(
  publicity: { isOpen: boolean; daysLeft?: number | null; opensAt?: string | null; closesAt: string | null },
  now: Date,
): string {
  const strings = publishingStrings.comments;
  if (publicity.isOpen) return strings.open(publicity.daysLeft ?? null);
  if (!publicity.closesAt) return strings.noWindow;
  if (publicity.opensAt && new Date(publicity.opensAt) > now) return strings.notOpened;
  return strings.closed;
}

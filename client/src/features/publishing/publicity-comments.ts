import type { Role } from "../accounts/roles";
import { publishingStrings } from "./strings";

/**
 * Who reads citizens' names and phone numbers on publicity comments, mirroring COMMENT_READERS in
 * server/src/modules/publishing/publicity-comments.service.ts (the server enforces it).
 */
const COMMENT_READERS: readonly Role[] = ["EDITOR", "DEPT_HEAD", "LEADER", "HANDLER"];

export function canReadPublicityComments(viewer: { roles: readonly string[] } | null): boolean {
  return viewer?.roles.some((role) => (COMMENT_READERS as readonly string[]).includes(role)) ?? false;
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

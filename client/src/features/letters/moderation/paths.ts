import { idToParam } from "../../publishing/paths";

/**
 * Staff URLs of publishing letters and moderation, and who is offered them. Letter ids are Relay
 * global ids, carried in paths as base64url like the publishing screens' item ids
 * (publishing/paths.ts). Kept free of strings so 我的 and the inbox can link here cheaply.
 */
export const MODERATION_PATH = "/staff/moderation";

/** Who hides and restores published letters and comments (the server's MODERATORS checks again). */
const MODERATOR_ROLES: readonly string[] = ["MAINTAINER", "ADMIN"];

export function moderates(roles: readonly string[]): boolean {
  return roles.some((role) => MODERATOR_ROLES.includes(role));
}

/**
 * The redaction and publish screen of one letter (a Letter or PublishedLetter id: both name the
 * letter). From 公开内容管理 the way back leads there: a PublishedLetter id opens no letter page.
 */
export const publishLetterPath = (letterId: string, from?: "moderation") =>
  `/staff/letters/${idToParam(letterId)}/publish${from ? `?from=${from}` : ""}`;

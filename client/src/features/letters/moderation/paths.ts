import { idToParam } from "../../publishing/paths";

/**
 * Staff URLs of publishing letters and moderation. Letter ids are Relay global ids, carried in
 * paths as base64url like the publishing screens' item ids (publishing/paths.ts).
 */
export const MODERATION_PATH = "/staff/moderation";

/**
 * The redaction and publish screen of one letter (a Letter or PublishedLetter id: both name the
 * letter). From 公开内容管理 the way back leads there: a PublishedLetter id opens no letter page.
 */
export const publishLetterPath = (letterId: string, from?: "moderation") =>
  `/staff/letters/${idToParam(letterId)}/publish${from ? `?from=${from}` : ""}`;

import { idToParam } from "../../publishing/paths";

/**
 * Staff URLs of publishing letters and moderation. Letter ids are Relay global ids, carried in
 * paths as base64url like the publishing screens' item ids (publishing/paths.ts).
 */
export const MODERATION_PATH = "/staff/moderation";

/** The redaction and publish screen of one letter (a Letter or PublishedLetter id: both name the letter). */
export const publishLetterPath = (letterId: string) => `/staff/letters/${idToParam(letterId)}/publish`;

/** The staff letter page (letters/staff), where a letter's timeline and actions are. */
export const staffLetterPath = (letterId: string) => `/staff/letters/${idToParam(letterId)}`;

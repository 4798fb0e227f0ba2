import { idToParam } from "../../publishing/paths";

/**
 * Staff letter URLs. Letter ids are Relay global ids, carried in paths as base64url like the
 * publishing screens' item ids (publishing/paths.ts turns them back).
 */
export const STAFF_LETTERS = "/staff/letters";
export const REGISTER_EXTERNAL_LETTER = "/staff/letters/external";
export const IMPORT_LETTERS = "/staff/letters/import";
export const LETTER_REMINDERS = "/staff/letters/reminders";

export const staffLetterPath = (id: string) => `${STAFF_LETTERS}/${idToParam(id)}`;

/** The staff download of a letter's attachment (served only to staff who may read the letter). */
export const attachmentHref = (attachmentId: string) => `/letters/attachments/${encodeURIComponent(attachmentId)}`;

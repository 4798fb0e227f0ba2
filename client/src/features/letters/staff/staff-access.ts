/**
 * Roles that handle letters, so 我的 offers them 信件办理. Kept apart from the letter screens so
 * the 我的 chunk carries none of their code or strings. (LEADER and MAINTAINER may read the
 * inbox too, but do not work in it: they reach it through the overdue banner.)
 */
const LETTER_ROLES: readonly string[] = ["HANDLER", "DEPT_HEAD", "ADMIN"];

export function worksOnLetters(roles: readonly string[]): boolean {
  return roles.some((role) => LETTER_ROLES.includes(role));
}

/** Everyone the server lets read the inbox (its LETTER_STAFF): they see the overdue banner. */
const INBOX_READERS: readonly string[] = ["HANDLER", "DEPT_HEAD", "LEADER", "MAINTAINER", "ADMIN"];

export function readsLetters(roles: readonly string[]): boolean {
  return roles.some((role) => INBOX_READERS.includes(role));
}

export const LETTERS_INBOX_PATH = "/staff/letters";

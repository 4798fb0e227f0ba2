/**
 * The two codes a writer keeps, as the server makes them (Crockford base32: digits and capitals
 * without I, L, O, U). Checked here before asking the server, because every wrong pair counts
 * against the look-up limit: a typo the phone can spot should not cost the writer a try.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 受理编号: 12 characters, shown as three groups of four. */
export const TRACKING_CODE_LENGTH = 12;
/** 查询码: 28 characters, shown as seven groups of four. */
export const ACCESS_CODE_LENGTH = 28;

/**
 * A code as typed, forgiven the way the server forgives it (any case, spaces and dashes, O for 0,
 * I or L for 1). Null when it cannot be a code of that length.
 */
export function normaliseCode(input: string, length: number): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-_–—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== length) return null;
  for (const character of code) if (!ALPHABET.includes(character)) return null;
  return code;
}

/** ABCD-EFGH-JKMN: groups of four, as printed on the receipt. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

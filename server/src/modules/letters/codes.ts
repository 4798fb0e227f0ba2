// The two codes a letter's writer keeps: the tracking code (受理编号), which names the letter, and
// the access code (查询码), which proves the holder wrote it. Both are Crockford base32: digits and
// capitals without I, L, O and U, so nothing reads as something else and typing is forgiving
// (lower case, O for 0, I or L for 1, spaces and dashes are all accepted).
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 12 characters, 60 random bits: not sequential, and says nothing about when or how it came in. */
export const TRACKING_CODE_LENGTH = 12;
/** 28 characters, 140 bits (OWASP ASVS 11.5.1 asks for ≥ 128 from a CSPRNG; UUIDs have 122). */
export const ACCESS_CODE_LENGTH = 28;
const GROUP = 4;

/** The first `chars` base32 characters of the bits of `bytes` (which must hold enough bits). */
export function base32(bytes: Uint8Array, chars: number): string {
  if (bytes.length * 8 < chars * 5) throw new RangeError(`${chars} base32 characters need ${chars * 5} bits`);
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === chars) break;
  }
  return out;
}

const randomCode = (chars: number) => base32(randomBytes(Math.ceil((chars * 5) / 8)), chars);

export const newTrackingCode = () => randomCode(TRACKING_CODE_LENGTH);
export const newAccessCode = () => randomCode(ACCESS_CODE_LENGTH);

/**
 * The access code of a submission made with an idempotency key: HMAC-SHA-256 keyed with a
 * 256-bit server secret (ServerSecret, from the CSPRNG) over the client's key. HMAC is a PRF, so
 * without the secret the code is as unpredictable as a random one, and the same submission
 * repeated gets the same code back without the code (or anything that decrypts to it) being
 * stored. The client's key itself is stored only as its SHA-256 (Letter.idempotencyKey), so a copy
 * of the database, which holds the secret, still cannot reproduce any code.
 */
export function derivedAccessCode(secret: string, idempotencyKey: string): string {
  const mac = createHmac("sha256", secret).update(`letter-access-code\0${idempotencyKey}`).digest();
  return base32(mac, ACCESS_CODE_LENGTH);
}

/** What Letter.idempotencyKey holds: the client's key is a bearer secret for the codes. */
export const idempotencyKeyHash = (idempotencyKey: string) =>
  createHash("sha256").update(`letter-idempotency\0${idempotencyKey}`).digest("hex");

/** As typed by a person: case, separators and look-alike letters forgiven. Null when it cannot be a code. */
export function normaliseCode(input: string, length: number): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-_–—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== length) return null;
  for (const c of code) if (!ALPHABET.includes(c)) return null;
  return code;
}

/** ABCD-EFGH-JKMN…: groups of four, as shown to the writer and printed on the saved image. */
export const formatCode = (code: string) => code.match(new RegExp(`.{1,${GROUP}}`, "g"))?.join("-") ?? code;

/**
 * Stored for the access code: SHA-256, not a password hash. A slow hash (argon2) protects
 * low-entropy secrets that people choose; this code has 140 random bits, so no dictionary or
 * brute force over SHA-256 outputs can find it, and a fast hash keeps look-ups cheap.
 */
export const accessCodeHash = (code: string) => createHash("sha256").update(code).digest("hex");

/** Compares an access code with a stored hash in constant time (the hash is compared, not the code). */
export function accessCodeMatches(code: string, storedHash: string): boolean {
  const given = Buffer.from(accessCodeHash(code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Compared against when no letter has the tracking code, so both failures take the same path. */
export const DECOY_ACCESS_HASH = accessCodeHash("decoy");

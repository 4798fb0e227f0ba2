import { describe, expect, it } from "vitest";
import {
  ACCESS_CODE_LENGTH,
  accessCodeHash,
  accessCodeMatches,
  base32,
  derivedAccessCode,
  formatCode,
  newAccessCode,
  newTrackingCode,
  normaliseCode,
  TRACKING_CODE_LENGTH,
} from "./codes.js";

const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/;

describe("tracking codes", () => {
  it("are 12 Crockford base32 characters, unique and unrelated to each other", () => {
    const codes = Array.from({ length: 2000 }, newTrackingCode);
    for (const code of codes) {
      expect(code).toHaveLength(TRACKING_CODE_LENGTH);
      expect(code).toMatch(CROCKFORD);
    }
    expect(new Set(codes).size).toBe(codes.length);
    // Not sequential: consecutive codes share no common prefix beyond chance (1/32 per character).
    const sharedPrefix = codes.slice(1).filter((c, i) => c.slice(0, 3) === codes[i]?.slice(0, 3)).length;
    expect(sharedPrefix).toBeLessThan(5);
  });

  it("use every character of the alphabet in every position (nothing fixed, like a date or channel)", () => {
    const codes = Array.from({ length: 3000 }, newTrackingCode);
    for (let position = 0; position < TRACKING_CODE_LENGTH; position++) {
      expect(new Set(codes.map((c) => c[position])).size).toBe(32);
    }
  });
});

describe("access codes", () => {
  it("carry at least 128 random bits and are typed in groups of four", () => {
    const code = newAccessCode();
    expect(code).toHaveLength(ACCESS_CODE_LENGTH);
    expect(ACCESS_CODE_LENGTH * 5).toBeGreaterThanOrEqual(128);
    expect(code).toMatch(CROCKFORD);
    expect(formatCode(code)).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(new Set(Array.from({ length: 500 }, newAccessCode)).size).toBe(500);
  });

  it("forgive case, separators and look-alike letters, and refuse anything else", () => {
    const code = "0123456789ABCDEFGHJKMNPQRSTV";
    expect(normaliseCode(formatCode(code).toLowerCase(), ACCESS_CODE_LENGTH)).toBe(code);
    expect(normaliseCode(" o123 4567-89ab cdef ghjk mnpq rstv ", ACCESS_CODE_LENGTH)).toBe(code);
    expect(normaliseCode("I23", 3)).toBe("123");
    expect(normaliseCode("L23", 3)).toBe("123");
    expect(normaliseCode("U23", 3)).toBeNull();
    expect(normaliseCode("123", 4)).toBeNull();
  });

  it("are stored as SHA-256 and compared against the hash", () => {
    const code = newAccessCode();
    const stored = accessCodeHash(code);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(code.toLowerCase());
    expect(accessCodeMatches(code, stored)).toBe(true);
    expect(accessCodeMatches(newAccessCode(), stored)).toBe(false);
    expect(accessCodeMatches(code, "not-a-hash")).toBe(false);
  });

  it("derived from a repeated idempotency key are the same, and differ per key and per secret", () => {
    const secret = "s".repeat(43);
    const a = derivedAccessCode(secret, "8c5e0f5e-3b1a-4c52-9a55-2f0f0c9d2b11");
    expect(a).toHaveLength(ACCESS_CODE_LENGTH);
    expect(a).toMatch(CROCKFORD);
    expect(derivedAccessCode(secret, "8c5e0f5e-3b1a-4c52-9a55-2f0f0c9d2b11")).toBe(a);
    expect(derivedAccessCode(secret, "8c5e0f5e-3b1a-4c52-9a55-2f0f0c9d2b12")).not.toBe(a);
    expect(derivedAccessCode("t".repeat(43), "8c5e0f5e-3b1a-4c52-9a55-2f0f0c9d2b11")).not.toBe(a);
  });
});

describe("base32", () => {
  it("encodes bits in order (RFC 4648 bit order, Crockford alphabet)", () => {
    expect(base32(Uint8Array.from([0xff, 0xff]), 3)).toBe("ZZZ");
    expect(base32(Uint8Array.from([0x00, 0x44]), 3)).toBe("012");
    expect(() => base32(Uint8Array.from([1]), 2)).toThrow(RangeError);
  });
});

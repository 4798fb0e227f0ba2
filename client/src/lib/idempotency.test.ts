import { describe, expect, it } from "vitest";
import { newIdempotencyKey } from "./idempotency";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newIdempotencyKey", () => {
  it("uses crypto.randomUUID when the context is secure", () => {
    const key = newIdempotencyKey({
      randomUUID: () => "11111111-2222-4333-8444-555555555555",
      getRandomValues: (array) => array,
    });
    expect(key).toBe("11111111-2222-4333-8444-555555555555");
  });

  it("builds a version 4 UUID from random bytes over plain http", () => {
    const allOnes = newIdempotencyKey({
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        if (array instanceof Uint8Array) array.fill(0xff);
        return array;
      },
    });
    expect(allOnes).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(allOnes).toMatch(UUID_V4);
    const real = newIdempotencyKey({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(real).toMatch(UUID_V4);
    expect(real).not.toBe(newIdempotencyKey({ getRandomValues: (array) => crypto.getRandomValues(array) }));
  });
});

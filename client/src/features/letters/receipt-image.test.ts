import { describe, expect, it } from "vitest";
import { wrapCode } from "./receipt-image";

describe("wrapCode", () => {
  it("keeps a short code on one line", () => {
    expect(wrapCode("7KQ2-M9XD-4TRB", () => true)).toEqual(["7KQ2-M9XD-4TRB"]);
  });

  it("breaks a long code only between groups", () => {
    const code = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG";
    const lines = wrapCode(code, (line) => line.length <= 14);
    expect(lines).toEqual(["AAAA-BBBB-CCCC", "DDDD-EEEE-FFFF", "GGGG"]);
    expect(lines.join("-")).toBe(code);
  });
});

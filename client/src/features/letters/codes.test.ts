import { describe, expect, it } from "vitest";
import { ACCESS_CODE_LENGTH, formatCode, normaliseCode, TRACKING_CODE_LENGTH } from "./codes";

describe("normaliseCode", () => {
  it("accepts the code as shown, in any case, with spaces or without dashes", () => {
    expect(normaliseCode("7KQ2-M9XD-4TRB", TRACKING_CODE_LENGTH)).toBe("7KQ2M9XD4TRB");
    expect(normaliseCode(" 7kq2 m9xd 4trb ", TRACKING_CODE_LENGTH)).toBe("7KQ2M9XD4TRB");
  });

  it("reads O as 0 and I or L as 1, like the server", () => {
    expect(normaliseCode("7KQ2-M9XD-4TOI", TRACKING_CODE_LENGTH)).toBe("7KQ2M9XD4T01");
    expect(normaliseCode("lllL-0000-0000", TRACKING_CODE_LENGTH)).toBe("111100000000");
  });

  it("refuses wrong lengths and letters the alphabet lacks", () => {
    expect(normaliseCode("7KQ2-M9XD", TRACKING_CODE_LENGTH)).toBeNull();
    expect(normaliseCode("7KQ2-M9XD-4TRU", TRACKING_CODE_LENGTH)).toBeNull();
    expect(normaliseCode("7KQ2-M9XD-4TR!", TRACKING_CODE_LENGTH)).toBeNull();
    expect(normaliseCode("A".repeat(27), ACCESS_CODE_LENGTH)).toBeNull();
    expect(normaliseCode("A".repeat(28), ACCESS_CODE_LENGTH)).toBe("A".repeat(28));
  });
});

describe("formatCode", () => {
  it("groups by four", () => {
    expect(formatCode("7KQ2M9XD4TRB")).toBe("7KQ2-M9XD-4TRB");
    expect(formatCode("ABCDEFGHJKMNPQRSTVWXYZ012345").split("-")).toHaveLength(7);
  });
});

import { describe, expect, it } from "vitest";
import { parseRange } from "./send-file.js";

describe("parseRange", () => {
  it("reads single byte ranges, open ends and suffixes, clamped to the file", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=90-500", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
  });

  it("says unsatisfiable for ranges past the end", () => {
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
  });

  it("ignores what it does not serve: no header, other units, several ranges, nonsense", () => {
    for (const header of [undefined, "", "items=0-1", "bytes=0-1,5-6", "bytes=9-3", "bytes=-", "bytes=a-b"]) {
      expect(parseRange(header, 100), String(header)).toBeNull();
    }
  });
});

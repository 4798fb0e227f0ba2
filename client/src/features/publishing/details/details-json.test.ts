import { describe, expect, it } from "vitest";
import { isBlankRow, parseNumber } from "./details-json";

describe("parseNumber", () => {
  it("reads blank as absent and junk as NaN", () => {
    expect(parseNumber("  ")).toBeUndefined();
    expect(parseNumber("1e3")).toBe(1000);
    expect(parseNumber("-3.5")).toBe(-3.5);
    expect(parseNumber("12a")).toBeNaN();
    expect(parseNumber("1.2.3")).toBeNaN();
  });
});

describe("isBlankRow", () => {
  it("counts typed text and list entries, not checkboxes or the fields it is told to ignore", () => {
    expect(isBlankRow({ name: " ", required: true, changes: [] })).toBe(true);
    expect(isBlankRow({ name: "x" })).toBe(false);
    expect(isBlankRow({ name: "", changes: [{}] })).toBe(false);
    expect(isBlankRow({ name: "", status: "VALID" }, ["status"])).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { kindChoices, parseContentKind } from "./kind-filter";

describe("parseContentKind", () => {
  it("accepts only known kinds", () => {
    expect(parseContentKind("NEWS")).toBe("NEWS");
    expect(parseContentKind("news")).toBeNull();
    expect(parseContentKind(undefined)).toBeNull();
  });
});

describe("kindChoices", () => {
  it("offers chips only when the list mixes kinds, in a fixed order", () => {
    expect(kindChoices(["NEWS", "NEWS"], null)).toEqual([]);
    expect(kindChoices(["PUBLICITY", "NEWS", "NEWS"], null)).toEqual(["NEWS", "PUBLICITY"]);
  });

  it("keeps the active kind so it can be cleared", () => {
    expect(kindChoices([], "NOTICE")).toEqual(["NOTICE"]);
    expect(kindChoices(["NEWS"], "NOTICE")).toEqual(["NEWS", "NOTICE"]);
  });

  it("ignores unknown kinds", () => {
    expect(kindChoices(["NEWS", "FUTURE_KIND"], null)).toEqual([]);
  });
});

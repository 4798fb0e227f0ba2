// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { applyPreferences, parsePreferences } from "./preferences";

describe("parsePreferences", () => {
  it("reads stored flags", () => {
    expect(parsePreferences('{"largeText":true,"highContrast":false}')).toEqual({
      largeText: true,
      highContrast: false,
    });
  });

  it("falls back to defaults for missing, malformed or odd values", () => {
    const defaults = { largeText: false, highContrast: false };
    expect(parsePreferences(null)).toEqual(defaults);
    expect(parsePreferences("{oops")).toEqual(defaults);
    expect(parsePreferences("null")).toEqual(defaults);
    expect(parsePreferences('{"largeText":"yes"}')).toEqual(defaults);
  });
});

describe("applyPreferences", () => {
  it("sets and clears the data attributes tokens.css keys on", () => {
    const root = document.createElement("html");
    applyPreferences({ largeText: true, highContrast: true }, root);
    expect(root.getAttribute("data-text-size")).toBe("large");
    expect(root.getAttribute("data-contrast")).toBe("high");
    applyPreferences({ largeText: false, highContrast: false }, root);
    expect(root.hasAttribute("data-text-size")).toBe(false);
    expect(root.hasAttribute("data-contrast")).toBe(false);
  });
});

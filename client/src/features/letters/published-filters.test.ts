import { describe, expect, it } from "vitest";
import { hasFilters, parsePublishedFilters, recentMonths, toSearchParams } from "./published-filters";

describe("parsePublishedFilters", () => {
  it("reads the filters from the URL", () => {
    expect(parsePublishedFilters({ type: "COMPLAINT", month: "2026-03", q: " 噪音 " })).toEqual({
      type: "COMPLAINT",
      month: "2026-03",
      q: "噪音",
    });
  });

  it("ignores what the server would refuse", () => {
    expect(parsePublishedFilters({ type: "DISCLOSURE_REQUEST", month: "2026-13", q: "" })).toEqual({
      type: null,
      month: null,
      q: "",
    });
    expect(parsePublishedFilters({ q: "字".repeat(80) }).q).toHaveLength(50);
  });

  it("leaves empty filters out of the URL", () => {
    expect(toSearchParams({ type: null, month: null, q: "" })).toEqual({
      type: undefined,
      month: undefined,
      q: undefined,
    });
    expect(hasFilters({ type: null, month: null, q: "" })).toBe(false);
    expect(hasFilters({ type: null, month: "2026-01", q: "" })).toBe(true);
  });
});

describe("recentMonths", () => {
  it("counts back from this month in Beijing time, across the new year", () => {
    // 2026-01-31 17:00 UTC is already 1 February in Beijing.
    const months = recentMonths(new Date("2026-01-31T17:00:00Z"), 3);
    expect(months.map((m) => m.value)).toEqual(["2026-02", "2026-01", "2025-12"]);
  });
});

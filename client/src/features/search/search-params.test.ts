import { describe, expect, it } from "vitest";
import { activeFilterCount, parseSearchParams, searchHref, searchVariables, toSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it("reads the query and filters from the URL", () => {
    expect(
      parseSearchParams({
        q: "  五象新区 ",
        kind: "PUBLICITY",
        column: "publicity",
        from: "2026-01-01",
        to: "2026-02-01",
      }),
    ).toEqual({ q: "五象新区", kind: "PUBLICITY", column: "publicity", from: "2026-01-01", to: "2026-02-01" });
  });

  it("drops what is not valid instead of failing", () => {
    expect(parseSearchParams({ kind: "nonsense", from: "2026-02-30", to: "yesterday", column: " " })).toEqual({
      q: "",
      kind: null,
      column: null,
      from: null,
      to: null,
    });
  });

  it("uses the first of repeated parameters", () => {
    expect(parseSearchParams({ q: ["规划", "地铁"] }).q).toBe("规划");
  });

  it("swaps a reversed date range", () => {
    const state = parseSearchParams({ from: "2026-03-01", to: "2026-01-01" });
    expect([state.from, state.to]).toEqual(["2026-01-01", "2026-03-01"]);
  });
});

describe("toSearchParams / searchHref", () => {
  it("round-trips through the URL and leaves out empty values", () => {
    const state = parseSearchParams({ q: "水城", kind: "NEWS" });
    expect(toSearchParams(state)).toEqual({
      q: "水城",
      kind: "NEWS",
      column: undefined,
      from: undefined,
      to: undefined,
    });
    expect(searchHref(state)).toBe("/search?q=%E6%B0%B4%E5%9F%8E&kind=NEWS");
    expect(parseSearchParams(Object.fromEntries(new URL(`http://x${searchHref(state)}`).searchParams))).toEqual(state);
    expect(searchHref(parseSearchParams({}))).toBe("/search");
  });
});

describe("searchVariables", () => {
  it("turns Nanning calendar days into UTC instants covering whole days", () => {
    const variables = searchVariables(parseSearchParams({ q: "规划", from: "2026-01-01", to: "2026-01-31" }));
    expect(variables).toEqual({
      query: "规划",
      kind: null,
      column: null,
      from: "2025-12-31T16:00:00.000Z",
      to: "2026-01-31T15:59:59.999Z",
    });
  });
});

describe("activeFilterCount", () => {
  it("counts filters but not the words", () => {
    expect(activeFilterCount(parseSearchParams({ q: "规划" }))).toBe(0);
    expect(activeFilterCount(parseSearchParams({ q: "规划", kind: "NEWS", from: "2026-01-01" }))).toBe(2);
  });
});

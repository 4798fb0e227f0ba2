import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  clearFilters,
  EMPTY_FILTERS,
  filterFixes,
  filtersKey,
  keyOfVariables,
  paramOfField,
  parseProjectFilters,
  projectsHref,
  projectsVariables,
  toFilterParams,
  withoutParam,
} from "./project-filters";

describe("parseProjectFilters", () => {
  it("reads the words and every filter from the URL", () => {
    expect(
      parseProjectFilters({
        q: "  五象新区 ",
        district: "良庆区",
        stage: "WORKS_PERMIT",
        landUse: "07",
        key: "1",
        hotArea: "wuxiang",
        from: "2026-01-01",
        to: "2026-03-31",
      }),
    ).toEqual({
      filters: {
        q: "五象新区",
        district: "良庆区",
        stage: "WORKS_PERMIT",
        landUse: "07",
        keyProject: true,
        hotArea: "wuxiang",
        from: "2026-01-01",
        to: "2026-03-31",
      },
      invalidKey: null,
    });
  });

  it("treats an empty URL as no lookup at all", () => {
    expect(parseProjectFilters({})).toEqual({ filters: EMPTY_FILTERS, invalidKey: null });
  });

  it("uses the first of repeated parameters and ignores blank ones", () => {
    const { filters } = parseProjectFilters({ q: ["地铁", "规划"], district: "  ", hotArea: "" });
    expect(filters.q).toBe("地铁");
    expect(filters.district).toBeNull();
    expect(filters.hotArea).toBeNull();
  });

  it("passes values only the server can judge through as typed, for its error to name them", () => {
    const { filters, invalidKey } = parseProjectFilters({
      district: "火星区",
      stage: "BUILDING",
      landUse: "99",
      from: "2026-02-30",
      to: "昨天",
    });
    expect(invalidKey).toBeNull();
    expect(projectsVariables(filters)).toEqual({
      query: null,
      district: "火星区",
      stage: "BUILDING",
      landUseClass: "99",
      keyProject: null,
      hotArea: null,
      issuedFrom: "2026-02-30",
      issuedTo: "昨天",
    });
  });

  it("reports a key switch that is neither on nor off", () => {
    expect(parseProjectFilters({ key: "yes" })).toEqual({ filters: EMPTY_FILTERS, invalidKey: "yes" });
    expect(parseProjectFilters({ key: "true" }).filters.keyProject).toBe(true);
    expect(parseProjectFilters({ key: "0" })).toEqual({ filters: EMPTY_FILTERS, invalidKey: null });
  });
});

describe("toFilterParams / projectsHref", () => {
  it("round-trips through the URL and leaves out empty values", () => {
    const { filters } = parseProjectFilters({ q: "邕江", district: "青秀区", key: "true", from: "2025-06-01" });
    expect(toFilterParams(filters)).toEqual({
      q: "邕江",
      district: "青秀区",
      stage: undefined,
      landUse: undefined,
      key: "1",
      hotArea: undefined,
      from: "2025-06-01",
      to: undefined,
    });
    const href = projectsHref(filters);
    const again = parseProjectFilters(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(again.filters).toEqual(filters);
  });

  it("links to the bare lookup when nothing is asked, and encodes Chinese", () => {
    expect(projectsHref(EMPTY_FILTERS)).toBe("/query/projects");
    expect(projectsHref({ ...EMPTY_FILTERS, district: "西乡塘区" })).toBe(
      `/query/projects?district=${encodeURIComponent("西乡塘区")}`,
    );
    expect(projectsHref({ ...EMPTY_FILTERS, stage: "COMPLETED" }, "/query/key-projects")).toBe(
      "/query/key-projects?stage=COMPLETED",
    );
  });
});

describe("projectsVariables", () => {
  it("asks for key projects only when the switch is on, never for 'not key projects'", () => {
    expect(projectsVariables({ ...EMPTY_FILTERS, keyProject: true }).keyProject).toBe(true);
    expect(projectsVariables(EMPTY_FILTERS).keyProject).toBeNull();
  });

  it("sends no words as null, and gives different lookups different keys", () => {
    expect(projectsVariables(EMPTY_FILTERS).query).toBeNull();
    expect(filtersKey({ ...EMPTY_FILTERS, district: "青秀区" })).not.toBe(filtersKey(EMPTY_FILTERS));
    expect(filtersKey({ ...EMPTY_FILTERS, q: "a" })).toBe(filtersKey({ ...EMPTY_FILTERS, q: "a" }));
  });
});

describe("paramOfField / withoutParam", () => {
  it("maps the argument a server error names to the URL parameter", () => {
    expect(paramOfField("district")).toBe("district");
    expect(paramOfField("landUseClass")).toBe("landUse");
    expect(paramOfField("issuedTo")).toBe("to");
    expect(paramOfField("bbox.east")).toBeNull();
    expect(paramOfField(undefined)).toBeNull();
  });

  it("drops exactly that filter, and both ends of a date range", () => {
    const { filters } = parseProjectFilters({
      q: "学校",
      district: "火星区",
      stage: "COMPLETED",
      from: "2026-03-01",
      to: "2026-01-01",
    });
    expect(withoutParam(filters, "district")).toEqual({ ...filters, district: null });
    expect(withoutParam(filters, "to")).toEqual({ ...filters, from: null, to: null });
    expect(withoutParam({ ...filters, keyProject: true }, "key").keyProject).toBe(false);
    expect(withoutParam(filters, "q").q).toBe("");
  });
});

describe("activeFilterCount / clearFilters", () => {
  it("counts filters but not the words, and clearing keeps the words", () => {
    const { filters } = parseProjectFilters({ q: "学校", district: "江南区", key: "1", to: "2026-01-01" });
    expect(activeFilterCount(filters)).toBe(3);
    expect(clearFilters(filters)).toEqual({ ...EMPTY_FILTERS, q: "学校" });
    expect(activeFilterCount(clearFilters(filters))).toBe(0);
  });
});

describe("keyOfVariables", () => {
  it("gives the key of the lookup that asked for these variables", () => {
    const { filters } = parseProjectFilters({
      q: "学校",
      district: "江南区",
      key: "1",
      landUse: "08",
      from: "2026-01-01",
    });
    expect(keyOfVariables({ ...projectsVariables(filters), first: 20, after: "abc" })).toBe(filtersKey(filters));
    expect(keyOfVariables(undefined)).toBe(filtersKey(EMPTY_FILTERS));
  });
});

describe("filterFixes", () => {
  it("offers to drop the named condition, then every filter when others remain", () => {
    const { filters } = parseProjectFilters({ q: "学校", district: "火星区", stage: "COMPLETED" });
    expect(filterFixes(filters, "district")).toEqual([
      { drop: "district", next: { ...filters, district: null } },
      { drop: "all", next: { ...EMPTY_FILTERS, q: "学校" } },
    ]);
  });

  it("offers only the one fix when it was the only filter", () => {
    const { filters } = parseProjectFilters({ from: "2026-03-01", to: "2026-01-01" });
    expect(filterFixes(filters, "to")).toEqual([{ drop: "to", next: EMPTY_FILTERS }]);
  });

  it("offers to drop every filter when the server named none", () => {
    const { filters } = parseProjectFilters({ district: "青秀区" });
    expect(filterFixes(filters, null)).toEqual([{ drop: "all", next: EMPTY_FILTERS }]);
    expect(filterFixes(EMPTY_FILTERS, null)).toEqual([]);
  });
});

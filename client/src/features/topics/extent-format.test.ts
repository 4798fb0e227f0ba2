import { describe, expect, it } from "vitest";
import { extentText, validExtent } from "./extent-format";

describe("extentText", () => {
  it("writes the extent as longitude and latitude ranges", () => {
    expect(extentText({ west: 108.28, south: 22.7312, east: 108.4617, north: 22.84 })).toBe(
      "东经 108.28°～108.4617°，北纬 22.7312°～22.84°",
    );
  });

  it("says nothing for a missing, partial, inverted or out-of-range extent", () => {
    expect(extentText(null)).toBeNull();
    expect(extentText({ west: 108.2, east: 108.4, south: 22.7 })).toBeNull();
    expect(extentText({ west: 108.4, south: 22.7, east: 108.2, north: 22.8 })).toBeNull();
    expect(validExtent({ west: 108.2, south: 95, east: 108.4, north: 96 })).toBeNull();
  });
});

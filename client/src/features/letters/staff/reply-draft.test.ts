import { describe, expect, it } from "vitest";
import { unfilledPlaceholders } from "./reply-draft";

describe("unfilledPlaceholders", () => {
  it("lists the 【…】 parts a template left to write", () => {
    expect(unfilledPlaceholders("建议您向【主管部门】咨询，联系方式：【联系方式】。")).toEqual([
      "【主管部门】",
      "【联系方式】",
    ]);
  });

  it("is empty for a finished reply", () => {
    expect(unfilledPlaceholders("经核实，该地块规划为公园绿地。")).toEqual([]);
  });
});

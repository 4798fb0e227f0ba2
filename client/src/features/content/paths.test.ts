import { describe, expect, it } from "vitest";
import { catalogPath, columnPath, itemPath } from "./paths";

describe("paths", () => {
  it("links an item by slug, falling back to its id", () => {
    expect(itemPath({ id: "c1", slug: "wuxiang-plan" })).toBe("/news/item/wuxiang-plan");
    expect(itemPath({ id: "c1", slug: null })).toBe("/news/item/id/c1");
    expect(itemPath({ id: "c1", slug: "" })).toBe("/news/item/id/c1");
  });

  it("encodes what it puts in a path segment", () => {
    expect(itemPath({ id: "a/b", slug: undefined })).toBe("/news/item/id/a%2Fb");
    expect(columnPath("水城")).toBe("/news/%E6%B0%B4%E5%9F%8E");
    expect(catalogPath("t01")).toBe("/news/disclosure/t01");
  });
});

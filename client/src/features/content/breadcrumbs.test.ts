import { describe, expect, it } from "vitest";
import { buildBreadcrumbs, catalogCrumbs, columnCrumbs, findTreePath } from "./breadcrumbs";

interface Node {
  slug: string;
  name: string;
  children?: Node[];
}

const tree: Node[] = [
  { slug: "news", name: "新闻动态", children: [] },
  {
    slug: "topics",
    name: "专题专栏",
    children: [
      { slug: "water-city", name: "水城专题" },
      { slug: "wuxiang", name: "五象新区", children: [{ slug: "wuxiang-roads", name: "路网" }] },
    ],
  },
];

describe("findTreePath", () => {
  it("returns the path from the root to the match", () => {
    expect(findTreePath(tree, (n) => n.slug === "wuxiang-roads")?.map((n) => n.slug)).toEqual([
      "topics",
      "wuxiang",
      "wuxiang-roads",
    ]);
    expect(findTreePath(tree, (n) => n.slug === "news")?.map((n) => n.slug)).toEqual(["news"]);
  });

  it("returns null when nothing matches", () => {
    expect(findTreePath(tree, (n) => n.slug === "nope")).toBeNull();
    expect(findTreePath([], () => true)).toBeNull();
  });
});

describe("buildBreadcrumbs", () => {
  const path = [
    { slug: "topics", name: "专题专栏" },
    { slug: "water-city", name: "水城专题" },
  ];

  it("ends a column page's trail with the column itself, unlinked", () => {
    expect(buildBreadcrumbs(columnCrumbs(path))).toEqual([
      { label: "资讯", href: "/news" },
      { label: "专题专栏", href: "/news/topics" },
      { label: "水城专题" },
    ]);
  });

  it("links every column on an item page and ends with the item", () => {
    expect(buildBreadcrumbs(columnCrumbs(path), "南宁水城规划公示")).toEqual([
      { label: "资讯", href: "/news" },
      { label: "专题专栏", href: "/news/topics" },
      { label: "水城专题", href: "/news/water-city" },
      { label: "南宁水城规划公示" },
    ]);
  });

  it("puts disclosure catalogs under 政务信息公开", () => {
    expect(buildBreadcrumbs(catalogCrumbs([{ code: "t10", name: "城乡规划" }]))).toEqual([
      { label: "资讯", href: "/news" },
      { label: "政务信息公开", href: "/news/disclosure" },
      { label: "城乡规划" },
    ]);
  });

  it("leaves just the root, unlinked, when there is nothing below it", () => {
    expect(buildBreadcrumbs(columnCrumbs([]))).toEqual([{ label: "资讯" }]);
  });
});

import { describe, expect, it } from "vitest";
import { filterOptionsOf, hotAreaTitle } from "./filter-options";

type Data = NonNullable<Parameters<typeof filterOptionsOf>[0]>;

/** Counts as the server gives them, and the published hot-area pages. */
const data = (topics: Data["topics"]): Data => ({
  projectFacets: {
    districts: [{ name: "良庆区", count: 7 }],
    stages: [{ stage: "WORKS_PERMIT", count: 3 }],
    landUseClasses: [{ code: "0902", name: "商务金融用地", count: 2 }],
    hotAreas: [
      { slug: "wuxiang-core", count: 4 },
      { slug: "yongjiang-banks", count: 5 },
    ],
  },
  topics,
});

const CORE = { id: "1", slug: "wuxiang-core", title: "热点区域：五象新区核心区" };
const BANKS = { id: "2", slug: "yongjiang-banks", title: "热点区域：邕江两岸" };

describe("the hot-area filter choices", () => {
  it("name each hot area by its page's title, without the 热点区域 heading", () => {
    expect(filterOptionsOf(data([CORE, BANKS])).hotAreas).toEqual([
      { value: "wuxiang-core", label: "五象新区核心区", count: 4 },
      { value: "yongjiang-banks", label: "邕江两岸", count: 5 },
    ]);
  });

  it("leave out a hot area whose page is offline; its projects still name it by slug", () => {
    const offline = data([CORE]);
    expect(filterOptionsOf(offline).hotAreas.map((h) => h.value)).toEqual(["wuxiang-core"]);
    expect(hotAreaTitle(offline, "yongjiang-banks")).toBe("yongjiang-banks");
    expect(hotAreaTitle(offline, "wuxiang-core")).toBe("五象新区核心区");
    expect(hotAreaTitle(undefined, "wuxiang-core")).toBe("wuxiang-core");
  });
});

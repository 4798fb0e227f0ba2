import { describe, expect, it } from "vitest";
import { groupByCategory } from "./guide-groups";

const order = [{ name: "规划核实" }, { name: "规划许可" }];

describe("groupByCategory", () => {
  it("groups guides under categories in the server's category order, keeping the guides' order", () => {
    const guides = [
      { slug: "gongcheng", category: "规划许可" },
      { slug: "heshi", category: "规划核实" },
      { slug: "xuanzhi", category: "规划许可" },
    ];
    expect(groupByCategory(guides, order).map((group) => [group.name, group.guides.map((g) => g.slug)])).toEqual([
      ["规划核实", ["heshi"]],
      ["规划许可", ["gongcheng", "xuanzhi"]],
    ]);
  });

  it("puts unknown categories after the known ones and guides without a category last", () => {
    const guides = [
      { slug: "other", category: null },
      { slug: "xiangcun", category: "乡村建设" },
      { slug: "xuanzhi", category: "规划许可" },
      { slug: "blank", category: "  " },
    ];
    expect(groupByCategory(guides, order).map((group) => [group.name, group.guides.length])).toEqual([
      ["规划许可", 1],
      ["乡村建设", 1],
      [null, 2],
    ]);
  });

  it("is empty for no guides", () => {
    expect(groupByCategory([], order)).toEqual([]);
  });
});

import { encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { missingForReview, parseDetails } from "../content/item-details.js";

const topic = () => ({
  slug: "water-city",
  type: "TOPIC",
  extent: [108.15, 22.7, 108.55, 22.92],
  layers: ["water-system", "riverside-greenway"],
  relatedProjectCodes: ["2026-450100-47-01-000001"],
  relatedItemIds: [encodeGlobalID("ContentItem", "c123")],
  relatedGuideSlugs: ["construction-works-permit"],
});

const parse = (details: unknown) => parseDetails("TOPIC_PAGE", details);

describe("topic details on save", () => {
  it("accepts a complete topic page", () => {
    expect(parse(topic())).toEqual({ ok: true, details: topic() });
  });

  it.each([
    [{ extent: [108.55, 22.7, 108.15, 22.92] }, "details.extent", "地图范围的西边界应小于东边界"],
    [{ extent: [108.15, 22.92, 108.55, 22.7] }, "details.extent", "地图范围的南边界应小于北边界"],
    [{ extent: [190, 22.7, 200, 22.92] }, "details.extent", "地图范围的经度应在 -180 到 180 之间"],
    [{ extent: [108, -95, 109, 22] }, "details.extent", "地图范围的纬度应在 -90 到 90 之间"],
    [{ extent: [108.15, 22.7, 108.55] }, "details.extent", "地图范围应为 [西, 南, 东, 北] 四个经纬度数值"],
    [{ extent: [108.15, 22.7, "108.55", 22.92] }, "details.extent.2", "地图范围应为四个经纬度数值"],
    [{ type: "PARK" }, "details.type", "专题类型应为专题（TOPIC）或热点区域（HOT_AREA）"],
    [{ layers: ["Water System"] }, "details.layers.0", "图层编号只能由小写字母、数字、点、下划线和连字符组成"],
    [{ layers: ["water-system", "water-system"] }, "details.layers.1", "图层“water-system”重复"],
    [{ relatedItemIds: ["not-an-id"] }, "details.relatedItemIds.0", "相关信息的编号无效，请从信息列表中选择"],
    [
      { relatedItemIds: [encodeGlobalID("User", "u1")] },
      "details.relatedItemIds.0",
      "相关信息的编号无效，请从信息列表中选择",
    ],
    [{ relatedGuideSlugs: ["建设"] }, "details.relatedGuideSlugs.0", null],
  ])("refuses %j at %s", (patch, field, message) => {
    const result = parse({ ...topic(), ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    if (message) expect(result.message).toBe(message);
  });
});

describe("topic completeness for review", () => {
  it("lets a topic page without details through (pages written before details existed)", () => {
    expect(missingForReview("TOPIC_PAGE", null)).toBeNull();
    expect(missingForReview("TOPIC_PAGE", undefined)).toBeNull();
  });

  it("requires type and extent once a page has details", () => {
    expect(missingForReview("TOPIC_PAGE", topic())).toBeNull();
    expect(missingForReview("TOPIC_PAGE", { layers: ["water-system"] })).toBe(
      "还缺少以下要素，补齐后才能送审：专题类型（专题或热点区域）、地图范围",
    );
    expect(missingForReview("TOPIC_PAGE", { ...topic(), extent: null })).toBe(
      "还缺少以下要素，补齐后才能送审：地图范围",
    );
  });
});

import { describe, expect, it } from "vitest";
import { bboxOf, centerOf, locationSchema, locationToGcj02, toGcj02 } from "./geo.js";

describe("GCJ-02", () => {
  it("shifts Nanning points the way Chinese basemaps draw them (public algorithm, reference values)", () => {
    // 南宁市人民政府 (WGS-84 108.3669, 22.8167): the published GCJ-02 algorithm gives these values.
    const [lng, lat] = toGcj02([108.3669, 22.8167]);
    expect(lng).toBeCloseTo(108.37097, 4);
    expect(lat).toBeCloseTo(22.814014, 4);
    // Beijing, Tiananmen (WGS-84 116.391349, 39.907375) → GCJ-02 116.397590, 39.908776 (±1 m).
    const [bLng, bLat] = toGcj02([116.391349, 39.907375]);
    expect(bLng).toBeCloseTo(116.39759, 4);
    expect(bLat).toBeCloseTo(39.90878, 4);
  });

  it("converts every vertex of a polygon and leaves the input untouched", () => {
    const polygon = {
      type: "Polygon" as const,
      coordinates: [
        [
          [108.3, 22.8],
          [108.31, 22.8],
          [108.31, 22.81],
          [108.3, 22.8],
        ] as Array<[number, number]>,
      ],
    };
    const converted = locationToGcj02(polygon);
    expect(polygon.coordinates[0]?.[0]).toEqual([108.3, 22.8]);
    expect(converted.type).toBe("Polygon");
    const first = converted.type === "Polygon" ? converted.coordinates[0]?.[0] : undefined;
    expect(first?.[0]).toBeGreaterThan(108.3);
  });
});

describe("location", () => {
  it("accepts points and closed polygons in China and computes the box and centre", () => {
    const polygon = {
      type: "Polygon",
      coordinates: [
        [
          [108.3, 22.8],
          [108.32, 22.8],
          [108.32, 22.82],
          [108.3, 22.8],
        ],
      ],
    };
    const parsed = locationSchema.parse(polygon);
    expect(bboxOf(parsed)).toEqual({ west: 108.3, south: 22.8, east: 108.32, north: 22.82 });
    expect(centerOf(parsed)[0]).toBeCloseTo(108.31, 6);
    expect(locationSchema.safeParse({ type: "Point", coordinates: [108.3, 22.8] }).success).toBe(true);
  });

  it("explains open rings, swapped coordinates and other geometries", () => {
    const open = locationSchema.safeParse({
      type: "Polygon",
      coordinates: [
        [
          [108.3, 22.8],
          [108.32, 22.8],
          [108.32, 22.82],
          [108.31, 22.83],
        ],
      ],
    });
    expect(open.error?.issues[0]?.message).toContain("未闭合");
    const swapped = locationSchema.safeParse({ type: "Point", coordinates: [22.8, 108.3] });
    expect(swapped.error?.issues[0]?.message).toContain("经纬度是否填反");
    const line = locationSchema.safeParse({ type: "LineString", coordinates: [] });
    expect(line.error?.issues[0]?.message).toContain("Point");
  });
});

// A project's location: a GeoJSON Point or Polygon in WGS-84 (what surveys and the approval system
// record), its bounding box for map filtering, and the GCJ-02 variant Chinese basemaps need.
//
// GCJ-02 ("Mars coordinates") is the obfuscated datum that every map licensed in China (AutoNavi,
// Tencent, Tianditu's commercial mirrors…) is drawn in: WGS-84 points land 100–700 m off on them.
// The conversion is the public algorithm, here through `gcoord` (small, dependency-free, widely
// used); it is not invertible exactly, so the WGS-84 geometry stays the one stored and searched,
// and GCJ-02 is computed on the way out for clients that draw on such a basemap.
import gcoord from "gcoord";
import { z } from "zod";

export type Position = [number, number];
export type ProjectLocation = { type: "Point"; coordinates: Position } | { type: "Polygon"; coordinates: Position[][] };

/**
 * A generous box around China's territory (incl. the South China Sea islands): a point outside it
 * is a typo or swapped coordinates (lat, lng), which this catches.
 */
export const CHINA_BBOX = { west: 73, south: 3, east: 136, north: 54 } as const;

const MAX_POSITIONS = 2_000;

const position = z
  .tuple([z.number({ error: "坐标须为数字" }), z.number({ error: "坐标须为数字" })], {
    error: "坐标须为 [经度, 纬度]",
  })
  .refine(
    ([lng, lat]) =>
      lng >= CHINA_BBOX.west && lng <= CHINA_BBOX.east && lat >= CHINA_BBOX.south && lat <= CHINA_BBOX.north,
    "坐标不在中国境内，请检查经纬度是否填反（应为 [经度, 纬度]，WGS-84）",
  );

const ring = z
  .array(position)
  .min(4, "用地范围的每个环至少需要 4 个点（首尾相同）")
  .refine((points) => {
    const first = points[0];
    const last = points.at(-1);
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, "用地范围的环未闭合：最后一个点须与第一个点相同");

export const locationSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("Point"), coordinates: position }),
    z.object({
      type: z.literal("Polygon"),
      coordinates: z
        .array(ring)
        .min(1, "用地范围至少需要一个外环")
        .refine((rings) => rings.flat().length <= MAX_POSITIONS, `用地范围的点不能超过 ${MAX_POSITIONS} 个`),
    }),
  ],
  { error: "位置须为 GeoJSON 的 Point（点）或 Polygon（用地范围）" },
) satisfies z.ZodType<ProjectLocation>;

export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

function positionsOf(location: ProjectLocation): Position[] {
  return location.type === "Point" ? [location.coordinates] : location.coordinates.flat();
}

export function bboxOf(location: ProjectLocation): BBox {
  const points = positionsOf(location);
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return { west: Math.min(...lngs), south: Math.min(...lats), east: Math.max(...lngs), north: Math.max(...lats) };
}

/** A point to put a marker on: the point itself, or the middle of the polygon's bounding box. */
export function centerOf(location: ProjectLocation): Position {
  if (location.type === "Point") return location.coordinates;
  const box = bboxOf(location);
  return [(box.west + box.east) / 2, (box.south + box.north) / 2];
}

/** The position on GCJ-02 basemaps, to 7 decimals (~1 cm): what a client draws there. */
export function toGcj02(position: Position): Position {
  const [lng, lat] = gcoord.transform([position[0], position[1]], gcoord.WGS84, gcoord.GCJ02);
  return [round7(lng), round7(lat)];
}

/** The whole geometry in GCJ-02; a new object (the input is left as it was). */
export function locationToGcj02(location: ProjectLocation): ProjectLocation {
  if (location.type === "Point") return { type: "Point", coordinates: toGcj02(location.coordinates) };
  return { type: "Polygon", coordinates: location.coordinates.map((r) => r.map(toGcj02)) };
}

const round7 = (n: number) => Math.round(n * 1e7) / 1e7;

import { topicStrings } from "./strings";

/**
 * A topic's map extent as words, until the map issue draws it: "东经 108.28°～108.46°，北纬
 * 22.73°～22.84°" (WGS-84 degrees). Pure and tested (extent-format.test.ts).
 */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

function inRange(value: unknown, limit: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= limit;
}

/** A usable extent or null: all four edges present, in range, and not inverted. */
export function validExtent(extent: Partial<Extent> | null | undefined): Extent | null {
  if (!extent) return null;
  const { west, south, east, north } = extent;
  if (!inRange(west, 180) || !inRange(east, 180) || !inRange(south, 90) || !inRange(north, 90)) return null;
  if (west > east || south > north) return null;
  return { west, south, east, north };
}

const degrees = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** "108.28°". The city lies east and north of 0°, so the words 东经/北纬 fit; the sign stays honest if not. */
function degree(value: number): string {
  return `${degrees.format(value)}°`;
}

export function extentText(extent: Partial<Extent> | null | undefined): string | null {
  const valid = validExtent(extent);
  if (!valid) return null;
  return topicStrings.topic.extentText(
    degree(valid.west),
    degree(valid.east),
    degree(valid.south),
    degree(valid.north),
  );
}

// The buildings of a demo project as simple boxes (体块), on a site in metres around its centre:
// east is +x, north is +y. The site plan, the aerial sketch and the 3D model all draw these same
// boxes, so the three agree. Derived from the project's details (land area, density, height limit,
// land use) with a generator seeded by its key: the same project always gets the same buildings.
import type { ProjectDetails } from "../../modules/projects/project-details.js";
import { createRng, type Rng } from "../rng.js";

/** One building: its footprint's south-west corner, size and height, in metres. */
export interface Box {
  x: number;
  y: number;
  w: number;
  d: number;
  h: number;
  floors: number;
}

export type SiteUse = "towers" | "housing" | "campus" | "school" | "sheds" | "park";

export interface Massing {
  use: SiteUse;
  /** The site boundary, metres around the centre (the parcel's polygon, or a square for a point). */
  boundary: Array<[number, number]>;
  /** Half the width and depth of the rectangle the buildings stand in. */
  halfW: number;
  halfD: number;
  boxes: Box[];
  /** 运动场 of a school: a running track, x/y of its south-west corner, w/d. */
  track?: { x: number; y: number; w: number; d: number };
  /** 水面 of a park: an ellipse. */
  lake?: { cx: number; cy: number; rx: number; ry: number };
}

const METRES_PER_DEGREE = 111_320;

/** What the land-use class (用地用海分类) builds. */
export function siteUseOf(landUseClass: string): SiteUse {
  const c = landUseClass;
  if (c.startsWith("0902") || c.startsWith("0901")) return "towers";
  if (c.startsWith("07")) return "housing";
  if (c.startsWith("0804")) return "school";
  if (c.startsWith("10") || c.startsWith("11")) return "sheds";
  if (c.startsWith("14") || c === "1312" || c.startsWith("15") || c.startsWith("0904")) return "park";
  return "campus";
}

/** The site in metres: the parcel polygon around its centre, or a square of the land area. */
function boundaryOf(d: ProjectDetails): Array<[number, number]> {
  const location = d.location;
  if (location?.type === "Polygon") {
    const ring = (location.coordinates[0] ?? []).slice(0, -1);
    const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    return ring.map(([x, y]) => [Math.round((x - lng) * kx), Math.round((y - lat) * METRES_PER_DEGREE)]);
  }
  const half = Math.round(Math.sqrt(d.landAreaM2 ?? 10_000) / 2);
  return [
    [-half, -half],
    [half, -half],
    [half, half],
    [-half, half],
  ];
}

const FLOOR_HEIGHT: Record<SiteUse, number> = {
  towers: 4.2,
  housing: 3,
  campus: 4.2,
  school: 3.9,
  sheds: 9,
  park: 4.5,
};

const box = (x: number, y: number, w: number, d: number, h: number, floorHeight: number): Box => {
  const floors = Math.max(1, Math.round(h / floorHeight));
  return { x: Math.round(x), y: Math.round(y), w: Math.round(w), d: Math.round(d), h: floors * floorHeight, floors };
};

export function massingOf(key: string, d: ProjectDetails): Massing {
  const r = createRng(`project-massing:${key}`);
  const use = siteUseOf(d.landUseClass ?? "");
  const boundary = boundaryOf(d);
  // The rectangle inside the (slightly skewed) parcel, less a setback from the red line.
  const xs = boundary.map((p) => Math.abs(p[0]));
  const ys = boundary.map((p) => Math.abs(p[1]));
  const setback = 8;
  const halfW = Math.max(20, Math.min(...xs) - setback);
  const halfD = Math.max(20, Math.min(...ys) - setback);
  const limit = Math.max(12, d.heightLimitM ?? 24);
  const massing: Massing = { use, boundary, halfW, halfD, boxes: [] };
  const fh = FLOOR_HEIGHT[use];
  LAYOUTS[use](massing, r, limit, fh);
  return massing;
}

type Layout = (m: Massing, r: Rng, limit: number, floorHeight: number) => void;

const LAYOUTS: Record<SiteUse, Layout> = {
  // A podium along the main road with one or two towers.
  towers(m, r, limit, fh) {
    const { halfW: W, halfD: D } = m;
    const podiumD = Math.min(2 * D * 0.55, 70);
    m.boxes.push(box(-W * 0.85, -D, 2 * W * 0.85, podiumD, 4 * fh, fh));
    const towers = W > 70 ? 2 : 1;
    const side = Math.min(44, W * 0.7, D * 0.8);
    for (let i = 0; i < towers; i++) {
      const x = towers === 1 ? -side / 2 : i === 0 ? -W * 0.7 : W * 0.7 - side;
      const h = limit * (i === 0 ? 0.95 : 0.7 + r.next() * 0.15);
      m.boxes.push(box(x, -D + podiumD * 0.2 + r.int(0, 8), side, side, h, fh));
    }
  },
  // Rows of slab blocks facing south, spaced for sunlight.
  housing(m, r, limit, fh) {
    const { halfW: W, halfD: D } = m;
    const floors = Math.min(Math.floor(limit / fh), r.pick([11, 18, 26, 33]));
    const h = floors * fh;
    const depth = 14;
    const pitch = Math.max(depth + 24, Math.min(h * 0.9, 70));
    const rows = Math.max(1, Math.floor((2 * D - depth) / pitch) + 1);
    const slab = Math.min(64, 2 * W);
    const cols = Math.max(1, Math.floor((2 * W + 16) / (slab + 16)));
    const used = cols * slab + (cols - 1) * 16;
    for (let row = 0; row < Math.min(rows, 6); row++) {
      for (let col = 0; col < Math.min(cols, 4); col++) {
        const x = -used / 2 + col * (slab + 16);
        m.boxes.push(box(x, -D + row * pitch, slab, depth, h - (row % 2) * 2 * fh, fh));
      }
    }
  },
  // Teaching blocks on the north, a running track on the south.
  school(m, _r, limit, fh) {
    const { halfW: W, halfD: D } = m;
    const h = Math.min(limit, 5 * fh);
    const trackD = Math.min(2 * D * 0.45, 100);
    m.track = { x: -Math.min(W, 90), y: -D, w: 2 * Math.min(W, 90), d: trackD };
    const top = -D + trackD + 12;
    const blockW = Math.min(2 * W * 0.8, 90);
    m.boxes.push(box(-blockW / 2, top, blockW, 18, h, fh));
    m.boxes.push(box(-blockW / 2, Math.min(D - 18, top + 40), blockW, 18, h, fh));
    m.boxes.push(box(-blockW / 2, top + 18, 14, 22, h - fh, fh));
  },
  // A main hall with wings (hospitals, libraries, museums, stations…).
  campus(m, r, limit, fh) {
    const { halfW: W, halfD: D } = m;
    const h = Math.min(limit, r.pick([4, 5, 6]) * fh);
    const mainW = Math.min(2 * W * 0.7, 180);
    const mainD = Math.min(2 * D * 0.4, 90);
    m.boxes.push(box(-mainW / 2, -mainD / 2, mainW, mainD, h, fh));
    const wing = Math.min(2 * D * 0.25, 60);
    m.boxes.push(box(-mainW / 2, mainD / 2 + 10, mainW * 0.4, wing, Math.max(fh, h - 2 * fh), fh));
    m.boxes.push(box(mainW * 0.1, mainD / 2 + 10, mainW * 0.4, wing, Math.min(limit, h + 4 * fh), fh));
  },
  // Large low sheds in a row, with yards between.
  sheds(m, r, limit, fh) {
    const { halfW: W, halfD: D } = m;
    const n = W > 120 ? 3 : 2;
    const w = (2 * W - (n - 1) * 30) / n;
    for (let i = 0; i < n; i++) {
      const d = 2 * D * (0.45 + r.next() * 0.2);
      m.boxes.push(box(-W + i * (w + 30), -d / 2, w, d, Math.min(limit, fh * r.int(1, 2) + 3), fh));
    }
  },
  // A lake and a few pavilions.
  park(m, r, _limit, fh) {
    const { halfW: W, halfD: D } = m;
    m.lake = { cx: W * 0.15, cy: D * 0.1, rx: W * 0.45, ry: D * 0.35 };
    for (const [x, y] of [
      [-W * 0.8, -D * 0.8],
      [W * 0.55, -D * 0.75],
      [-W * 0.75, D * 0.55],
    ] as const) {
      m.boxes.push(box(x, y, r.int(14, 24), r.int(10, 16), fh * r.int(1, 2), fh));
    }
  },
};

// The pictures on the demo cover images: flat SVG shapes suggesting each theme (a skyline and a
// river, a rail viaduct, a road running to the horizon …), drawn on a 1280 × 720 canvas above a
// caption band that starts at y = 600. Positions come from the seeded PRNG, so each variant differs.
import type { Rng } from "../rng.js";

export const WIDTH = 1280;
export const HEIGHT = 720;
/** Where the caption band starts: motifs draw their ground down to here. */
export const GROUND = 600;

export interface Palette {
  skyTop: string;
  skyBottom: string;
  sun: string;
  /** Buildings and the theme's main shapes. */
  main: string;
  /** A lighter companion of main (windows, far layers). */
  light: string;
  water: string;
  green: string;
  ground: string;
}

export type Motif = (r: Rng, p: Palette) => string;

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = "") =>
  `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="${fill}"${extra}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" fill="${fill}"${extra}/>`;
const path = (d: string, fill: string, extra = "") => `<path d="${d}" fill="${fill}"${extra}/>`;
const round = (n: number) => Math.round(n * 10) / 10;

const tree = (x: number, base: number, size: number, p: Palette) =>
  rect(x - size * 0.08, base - size * 0.5, size * 0.16, size * 0.5, "#6b4f3a") +
  circle(x, base - size * 0.75, size * 0.45, p.green);

const trees = (r: Rng, p: Palette, count: number, from: number, to: number, base: number, size: [number, number]) =>
  Array.from({ length: count }, (_, i) =>
    tree(from + ((to - from) * (i + r.next() * 0.6)) / count, base, r.int(size[0], size[1]), p),
  ).join("");

/** Towers of random heights side by side, with a lit window band on some. */
function skyline(r: Rng, p: Palette, base: number, heights: [number, number], fill = p.main) {
  let x = r.int(-40, 10);
  let out = "";
  while (x < WIDTH) {
    const w = r.int(50, 110);
    const h = r.int(heights[0], heights[1]);
    out += rect(x, base - h, w, h, fill);
    if (r.chance(0.6)) {
      for (let y = base - h + 18; y < base - 24; y += 34) out += rect(x + 10, y, w - 20, 8, p.light, ' opacity="0.55"');
    }
    x += w + r.int(6, 26);
  }
  return out;
}

/** A river across the picture, its banks gently curving. */
function river(r: Rng, p: Palette, top: number, depth: number) {
  const a = top + r.int(-20, 20);
  const b = top + r.int(-20, 20);
  return path(
    `M0 ${a} C ${WIDTH * 0.3} ${b - 40}, ${WIDTH * 0.6} ${a + 40}, ${WIDTH} ${b} L${WIDTH} ${top + depth} L0 ${top + depth} Z`,
    p.water,
  );
}

const ground = (p: Palette, top: number) => rect(0, top, WIDTH, GROUND - top, p.ground);

const hills = (r: Rng, base: number, fill: string) =>
  Array.from({ length: 4 }, (_, i) => {
    const cx = (WIDTH / 3) * i + r.int(-80, 80);
    const h = r.int(90, 170);
    return path(`M${cx - 340} ${base} Q ${cx} ${base - h * 2} ${cx + 340} ${base} Z`, fill);
  }).join("");

const house = (x: number, base: number, w: number, h: number, wall: string, roof: string) =>
  rect(x, base - h, w, h, wall) +
  path(`M${x - 10} ${base - h} L${x + w / 2} ${base - h - w * 0.45} L${x + w + 10} ${base - h} Z`, roof);

export const MOTIFS = {
  /** Towers of the new district on the south bank, the river in front. */
  skylineOverRiver: (r, p) =>
    skyline(r, p, 520, [120, 180], p.light) + skyline(r, p, 540, [180, 380]) + river(r, p, 520, 80),

  /** The water city: a wide river, an arch bridge, trees on the banks. */
  riverAndBridge: (r, p) => {
    const span = r.int(520, 760);
    const left = r.int(120, WIDTH - span - 120);
    return (
      skyline(r, p, 430, [60, 150], p.light) +
      ground(p, 420) +
      river(r, p, 450, 150) +
      path(
        `M${left} 470 Q ${left + span / 2} ${300} ${left + span} 470 L${left + span} 490 Q ${left + span / 2} 330 ${left} 490 Z`,
        p.main,
      ) +
      rect(left - 40, 462, span + 80, 12, p.main) +
      trees(r, p, 7, 0, WIDTH, 455, [50, 80])
    );
  },

  /** An elevated metro line with a train, the city behind it. */
  railViaduct: (r, p) => {
    const deck = r.int(360, 420);
    const trainX = r.int(80, 560);
    let out = skyline(r, p, 560, [120, 300], p.light) + ground(p, 560);
    for (let x = 60; x < WIDTH; x += 200) out += rect(x, deck + 24, 34, GROUND - deck - 24, p.main);
    out += rect(0, deck, WIDTH, 28, p.main);
    out += rect(trainX, deck - 64, 560, 60, "#f4f6f8", ' rx="26"');
    for (let x = trainX + 40; x < trainX + 520; x += 70) out += rect(x, deck - 52, 44, 22, "#2b3a4a", ' rx="4"');
    out += rect(trainX, deck - 26, 560, 8, p.sun);
    return out;
  },

  /** A land-use map seen from above: zones, a road grid and a river. */
  planMap: (r, p) => {
    const zones = ["#f6d98b", "#f2a38f", "#a8d5a0", "#9fc3e8", "#d9c2e6", "#f7f0d8"];
    let out = rect(0, 0, WIDTH, GROUND, "#eef1ea");
    const cols = 8;
    const rows = 5;
    const cw = WIDTH / cols;
    const rh = GROUND / rows;
    for (let i = 0; i < cols; i++) {
      for (let j = 0; j < rows; j++) out += rect(i * cw + 8, j * rh + 8, cw - 16, rh - 16, r.pick(zones));
    }
    const y = r.int(1, rows - 1) * rh;
    out += path(
      `M0 ${y - 30} C 400 ${y - 90}, 800 ${y + 60}, ${WIDTH} ${y - 10} L${WIDTH} ${y + 30} C 800 ${y + 100}, 400 ${y - 50}, 0 ${y + 10} Z`,
      p.water,
    );
    out += rect(r.int(2, cols - 2) * cw - 6, 0, 12, GROUND, "#ffffff");
    return out;
  },

  /** A boulevard running to the horizon, trees on both sides. */
  roadToHorizon: (r, p) => {
    const vanish = WIDTH / 2 + r.int(-160, 160);
    const horizon = 330;
    let out = skyline(r, p, horizon, [40, 140], p.light) + ground(p, horizon);
    out += path(
      `M${vanish - 12} ${horizon} L${vanish + 12} ${horizon} L${WIDTH - 120} ${GROUND} L120 ${GROUND} Z`,
      "#5d6470",
    );
    for (let t = 0.08; t < 1; t += 0.16) {
      const y = horizon + (GROUND - horizon) * t;
      const x = vanish + (WIDTH / 2 - vanish) * t;
      out += rect(x - 3 - 6 * t, y, 6 + 12 * t, 22 * t + 4, "#f5f5f0");
    }
    for (let t = 0.15; t < 1.05; t += 0.18) {
      const size = 40 + 140 * t;
      const y = horizon + (GROUND - horizon) * t;
      out +=
        tree(vanish - (vanish - 60) * t - 40 * t, y, size, p) +
        tree(vanish + (WIDTH - 60 - vanish) * t + 40 * t, y, size, p);
    }
    return out;
  },

  /** A school building with a flag, a running track in front. */
  schoolAndTrack: (r, p) => {
    const x = r.int(140, 420);
    let out = ground(p, 420) + rect(x, 220, 640, 210, p.main);
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 9; col++) out += rect(x + 30 + col * 68, 245 + row * 62, 40, 36, p.light);
    }
    out += rect(x + 680, 150, 6, 280, "#777") + rect(x + 686, 150, 80, 50, "#d7261e");
    out += `<ellipse cx="${WIDTH / 2}" cy="520" rx="520" ry="62" fill="none" stroke="#c8553d" stroke-width="26"/>`;
    out += `<ellipse cx="${WIDTH / 2}" cy="520" rx="470" ry="38" fill="${p.green}"/>`;
    return out + trees(r, p, 3, 0, x - 20, 430, [60, 90]);
  },

  /** Green hills, a lake and many trees. */
  parkAndLake: (r, p) =>
    hills(r, 440, p.light) +
    ground(p, 430) +
    `<ellipse cx="${r.int(420, 860)}" cy="515" rx="${r.int(260, 380)}" ry="55" fill="${p.water}"/>` +
    trees(r, p, 9, 0, WIDTH, 470, [60, 120]) +
    path(`M0 590 C 300 540, 700 600, ${WIDTH} 560`, "none", ` stroke="#e9dcc0" stroke-width="18"`),

  /** Old arcade houses (骑楼) along a street, renewed. */
  arcadeStreet: (r, p) => {
    let out = ground(p, 520) + skyline(r, p, 330, [40, 120], p.light);
    let x = r.int(-30, 0);
    while (x < WIDTH) {
      const w = r.int(150, 200);
      const h = r.int(210, 290);
      out += rect(x, 520 - h, w, h, p.main) + rect(x, 520 - h - 18, w, 18, p.light);
      for (let ax = x + 14; ax + 44 < x + w; ax += 58) {
        out += path(`M${ax} 520 L${ax} 470 A 22 22 0 0 1 ${ax + 44} 470 L${ax + 44} 520 Z`, "#3b2f2a");
        out += rect(ax + 6, 520 - h + 30, 32, 44, p.light);
      }
      x += w + 4;
    }
    return out;
  },

  /** Hills, terraced fields and village houses. */
  villageFields: (r, p) => {
    let out = hills(r, 380, p.light) + ground(p, 370);
    for (let i = 0; i < 5; i++) {
      const y = 400 + i * 42;
      out += path(
        `M0 ${y} Q ${WIDTH / 2} ${y - 36 + r.int(-10, 10)} ${WIDTH} ${y} L${WIDTH} ${y + 22} Q ${WIDTH / 2} ${y - 14} 0 ${y + 22} Z`,
        i % 2 ? p.green : "#c9d98a",
      );
    }
    for (let i = 0; i < 5; i++)
      out += house(r.int(40, WIDTH - 180), 400 - r.int(0, 20), r.int(90, 130), r.int(60, 80), "#f3ede2", p.main);
    return out;
  },

  /** An exhibition hall: framed boards on the wall, a city model on a table. */
  exhibitionHall: (r, p) => {
    let out = rect(0, 0, WIDTH, 440, p.skyBottom) + rect(0, 440, WIDTH, GROUND - 440, "#d9d2c5");
    for (let i = 0; i < 4; i++) {
      const x = 80 + i * 290;
      out += rect(x, 120, 240, 170, "#ffffff", ` stroke="${p.main}" stroke-width="8"`);
      out +=
        rect(x + 24, 150, r.int(80, 190), 16, p.light) +
        rect(x + 24, 182, r.int(60, 190), 60, p.green, ' opacity="0.7"');
    }
    for (let x = 330; x < 950; x += 44) {
      const h = r.int(20, 90);
      out += rect(x, 400 - h, 32, h, p.light);
    }
    return out + rect(300, 400, 680, 60, p.main);
  },

  /** A meeting room: a screen with a bar chart, the table in front. */
  meetingRoom: (r, p) => {
    let out = rect(0, 0, WIDTH, 430, p.skyBottom) + rect(0, 430, WIDTH, GROUND - 430, "#cfc6b8");
    out += rect(330, 90, 620, 300, "#ffffff", ` stroke="${p.main}" stroke-width="10"`);
    for (let i = 0; i < 6; i++) {
      const h = r.int(50, 220);
      out += rect(380 + i * 95, 360 - h, 60, h, i % 2 ? p.main : p.green);
    }
    out += path(`M180 600 L380 450 L900 450 L1100 600 Z`, "#8a5a3c");
    for (let i = 0; i < 5; i++) out += circle(440 + i * 100, 440, 22, p.main);
    return out;
  },

  /** An interview: a microphone and speech bubbles. */
  microphone: (r, p) => {
    const x = r.int(380, 560);
    let out = rect(x + 44, 330, 22, 230, "#555") + rect(x - 20, 540, 150, 20, "#555", ' rx="10"');
    out +=
      rect(x, 150, 110, 200, p.main, ' rx="55"') +
      rect(x + 14, 180, 82, 8, p.light) +
      rect(x + 14, 200, 82, 8, p.light);
    for (let i = 0; i < 3; i++) {
      const bx = x + 220 + i * 150;
      const by = 110 + i * 110 + r.int(-20, 20);
      out += rect(bx, by, 260, 84, "#ffffff", ' rx="24" opacity="0.92"');
      out += rect(bx + 26, by + 26, r.int(120, 200), 12, p.light) + rect(bx + 26, by + 48, r.int(80, 170), 12, p.light);
    }
    return out;
  },
} satisfies Record<string, Motif>;

// Pictures of a demo project, as SVG for sharp to rasterise: the 总平面图 (site plan: red line,
// roads named from the address, buildings with their floors, north arrow, scale bar, title block
// with the indicators) and a 鸟瞰示意图 (the same buildings seen from the south-west). Both draw the
// boxes of massing.ts. Deterministic: the same project gives the same picture.
import type { ProjectDetails } from "../../modules/projects/project-details.js";
import { STAGE_LABELS } from "../../modules/projects/project-details.js";
import type { Box, Massing } from "./massing.js";

export const PLAN_WIDTH = 1200;
export const PLAN_HEIGHT = 900;

/** The client's Chinese system fonts (as the covers use); without any, librsvg falls back. */
const FONTS =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";

const COLOURS = {
  paper: "#f6f3ea",
  road: "#d4d0c8",
  roadEdge: "#a9a49a",
  redLine: "#d22b2b",
  green: "#d5e8c4",
  greenDark: "#9cc48a",
  building: "#f2d6a2",
  buildingEdge: "#8a6d3b",
  water: "#9fcbe8",
  track: "#d9805e",
  ink: "#2b2b2b",
  grey: "#6b6b6b",
};

const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const n = (v: number) => Math.round(v * 10) / 10;

/** Road names in an address: 民族大道与凤岭路交叉口西南侧 → 民族大道, 凤岭路. */
export function roadsOf(address: string): string[] {
  const bare = address.replace(/^.*?(区|县|市)/, "");
  return bare
    .split(/[与、，,至]/)
    .flatMap((part) => /([\u4e00-\u9fa5]{1,6}?(?:大道|路|街))/.exec(part)?.[1] ?? [])
    .slice(0, 2);
}

type Side = "south" | "west" | "north" | "east";

/** Which sides of the site the roads run along, from where the site lies (东北侧 → south and west). */
function roadSides(address: string): Side[] {
  const at = /(东北|西北|东南|西南|东|西|南|北)侧/.exec(address)?.[1];
  const opposite: Record<string, Side[]> = {
    东北: ["south", "west"],
    西北: ["south", "east"],
    东南: ["north", "west"],
    西南: ["north", "east"],
    北: ["south"],
    南: ["north"],
    东: ["west"],
    西: ["east"],
  };
  return (at && opposite[at]) || ["south", "west"];
}

interface Frame {
  /** Plan metres to picture pixels. */
  x(m: number): number;
  y(m: number): number;
  scale: number;
}

const MAP = { left: 40, top: 40, width: 840, height: 690 };

function frameOf(m: Massing): Frame {
  const extentX = Math.max(...m.boundary.map((p) => Math.abs(p[0])), m.halfW) + 60;
  const extentY = Math.max(...m.boundary.map((p) => Math.abs(p[1])), m.halfD) + 60;
  const scale = Math.min(MAP.width / (2 * extentX), MAP.height / (2 * extentY));
  const cx = MAP.left + MAP.width / 2;
  const cy = MAP.top + MAP.height / 2;
  return { x: (v) => n(cx + v * scale), y: (v) => n(cy - v * scale), scale };
}

function roadsSvg(m: Massing, f: Frame, address: string): string {
  const names = roadsOf(address);
  const sides = roadSides(address);
  const width = 30 * f.scale;
  const out: string[] = [];
  sides.slice(0, Math.max(1, names.length)).forEach((side, i) => {
    const name = names[i] ?? "规划道路";
    const horizontal = side === "south" || side === "north";
    const edge = horizontal
      ? side === "south"
        ? Math.min(...m.boundary.map((p) => p[1])) - 6
        : Math.max(...m.boundary.map((p) => p[1])) + 6
      : side === "west"
        ? Math.min(...m.boundary.map((p) => p[0])) - 6
        : Math.max(...m.boundary.map((p) => p[0])) + 6;
    if (horizontal) {
      const y = side === "south" ? f.y(edge) : f.y(edge) - width;
      out.push(
        `<rect x="${MAP.left}" y="${n(y)}" width="${MAP.width}" height="${n(width)}" fill="${COLOURS.road}" stroke="${COLOURS.roadEdge}"/>`,
        `<line x1="${MAP.left}" y1="${n(y + width / 2)}" x2="${MAP.left + MAP.width}" y2="${n(y + width / 2)}" stroke="#ffffff" stroke-width="2" stroke-dasharray="18 12"/>`,
        `<text x="${MAP.left + 24}" y="${n(y + width / 2 + 8)}" font-family="${FONTS}" font-size="22" fill="${COLOURS.ink}">${esc(name)}</text>`,
      );
    } else {
      const x = side === "west" ? f.x(edge) - width : f.x(edge);
      const cx = n(x + width / 2);
      out.push(
        `<rect x="${n(x)}" y="${MAP.top}" width="${n(width)}" height="${MAP.height}" fill="${COLOURS.road}" stroke="${COLOURS.roadEdge}"/>`,
        `<line x1="${cx}" y1="${MAP.top}" x2="${cx}" y2="${MAP.top + MAP.height}" stroke="#ffffff" stroke-width="2" stroke-dasharray="18 12"/>`,
        `<text transform="translate(${n(cx + 8)} ${MAP.top + 30}) rotate(90)" font-family="${FONTS}" font-size="22" fill="${COLOURS.ink}">${esc(name)}</text>`,
      );
    }
  });
  return out.join("");
}

function buildingsSvg(m: Massing, f: Frame): string {
  return m.boxes
    .map((b: Box) => {
      const x = f.x(b.x);
      const y = f.y(b.y + b.d);
      const w = n(b.w * f.scale);
      const h = n(b.d * f.scale);
      const label =
        w > 34 && h > 20
          ? `<text x="${n(x + w / 2)}" y="${n(y + h / 2 + 7)}" text-anchor="middle" font-family="${FONTS}" font-size="18" fill="${COLOURS.ink}">${b.floors}F</text>`
          : "";
      return `<rect x="${x}" y="${n(y)}" width="${w}" height="${h}" fill="${COLOURS.building}" stroke="${COLOURS.buildingEdge}" stroke-width="2"/>${label}`;
    })
    .join("");
}

/** 1 cm on paper: a round number of metres about 120 px long. */
function scaleBar(f: Frame): string {
  const metres = [10, 20, 25, 50, 100, 200].find((m) => m * f.scale >= 90) ?? 200;
  const px = n(metres * f.scale);
  const x = MAP.left + MAP.width - px - 90;
  const y = MAP.top + MAP.height - 24;
  return [
    `<rect x="${x - 10}" y="${y - 34}" width="${px + 80}" height="48" fill="#ffffff" opacity="0.85"/>`,
    `<rect x="${x}" y="${y - 6}" width="${n(px / 2)}" height="8" fill="${COLOURS.ink}"/>`,
    `<rect x="${n(x + px / 2)}" y="${y - 6}" width="${n(px / 2)}" height="8" fill="#ffffff" stroke="${COLOURS.ink}"/>`,
    `<text x="${x}" y="${y - 12}" font-family="${FONTS}" font-size="16" fill="${COLOURS.ink}">0</text>`,
    `<text x="${n(x + px)}" y="${y - 12}" font-family="${FONTS}" font-size="16" fill="${COLOURS.ink}">${metres} 米</text>`,
  ].join("");
}

function northArrow(): string {
  const x = MAP.left + MAP.width - 50;
  const y = MAP.top + 40;
  return [
    `<circle cx="${x}" cy="${y + 20}" r="30" fill="#ffffff" stroke="${COLOURS.ink}" stroke-width="2"/>`,
    `<path d="M ${x} ${y - 4} L ${x + 12} ${y + 36} L ${x} ${y + 28} L ${x - 12} ${y + 36} Z" fill="${COLOURS.ink}"/>`,
    `<text x="${x}" y="${y - 14}" text-anchor="middle" font-family="${FONTS}" font-size="20" font-weight="bold" fill="${COLOURS.ink}">北</text>`,
  ].join("");
}

const fmt = (v: number | undefined, unit: string) => (v === undefined ? "—" : `${v.toLocaleString("zh-CN")}${unit}`);

/** The right-hand column: title, indicators, legend, issuer. */
function titleBlock(d: ProjectDetails, title: string): string {
  const x = MAP.left + MAP.width + 30;
  const width = PLAN_WIDTH - x - 30;
  const lines: Array<[string, string]> = [
    ["项目代码", d.code ?? "—"],
    ["建设单位", d.applicant ?? "—"],
    ["项目阶段", d.stage ? STAGE_LABELS[d.stage] : "—"],
    ["用地面积", fmt(d.landAreaM2, " ㎡")],
    ["总建筑面积", fmt(d.totalFloorAreaM2, " ㎡")],
    ["容积率", fmt(d.floorAreaRatio, "")],
    ["建筑密度", fmt(d.buildingDensityPercent, "%")],
    ["绿地率", fmt(d.greenRatioPercent, "%")],
    ["建筑限高", fmt(d.heightLimitM, " 米")],
  ];
  const out = [
    `<rect x="${x - 14}" y="${MAP.top}" width="${width + 14}" height="${PLAN_HEIGHT - 2 * MAP.top}" fill="#ffffff" stroke="${COLOURS.ink}" stroke-width="2"/>`,
    `<text x="${x}" y="${MAP.top + 40}" font-family="${FONTS}" font-size="28" font-weight="bold" fill="${COLOURS.ink}">${esc(title)}</text>`,
  ];
  // The project's name, wrapped at 11 characters.
  const name = d.name ?? "";
  for (let i = 0; i * 11 < name.length && i < 3; i++) {
    out.push(
      `<text x="${x}" y="${MAP.top + 80 + i * 28}" font-family="${FONTS}" font-size="20" fill="${COLOURS.ink}">${esc(name.slice(i * 11, i * 11 + 11))}</text>`,
    );
  }
  let y = MAP.top + 190;
  for (const [label, value] of lines) {
    out.push(
      `<text x="${x}" y="${y}" font-family="${FONTS}" font-size="16" fill="${COLOURS.grey}">${label}</text>`,
      `<text x="${x}" y="${y + 22}" font-family="${FONTS}" font-size="${value.length > 14 ? 13 : 17}" fill="${COLOURS.ink}">${esc(value)}</text>`,
    );
    y += 50;
  }
  y += 6;
  const legend: Array<[string, string]> = [
    [
      `<rect x="${x}" y="${y - 14}" width="30" height="16" fill="none" stroke="${COLOURS.redLine}" stroke-width="3" stroke-dasharray="8 4"/>`,
      "用地红线",
    ],
    [
      `<rect x="${x}" y="${y + 16}" width="30" height="16" fill="${COLOURS.building}" stroke="${COLOURS.buildingEdge}"/>`,
      "建筑（层数）",
    ],
    [
      `<rect x="${x}" y="${y + 46}" width="30" height="16" fill="${COLOURS.green}" stroke="${COLOURS.greenDark}"/>`,
      "绿地",
    ],
    [
      `<rect x="${x}" y="${y + 76}" width="30" height="16" fill="${COLOURS.road}" stroke="${COLOURS.roadEdge}"/>`,
      "道路",
    ],
  ];
  legend.forEach(([swatch, label], i) => {
    out.push(
      swatch,
      `<text x="${x + 42}" y="${y + i * 30}" font-family="${FONTS}" font-size="16" fill="${COLOURS.ink}">${label}</text>`,
    );
  });
  out.push(
    `<text x="${x}" y="${PLAN_HEIGHT - MAP.top - 44}" font-family="${FONTS}" font-size="16" fill="${COLOURS.ink}">南宁市规划管理局</text>`,
    `<text x="${x}" y="${PLAN_HEIGHT - MAP.top - 18}" font-family="${FONTS}" font-size="13" fill="${COLOURS.grey}">演示数据 · 示意图，不作为审批依据</text>`,
  );
  return out.join("");
}

/** 总平面图: the site as seen from above, north up. */
export function sitePlanSvg(d: ProjectDetails, m: Massing): string {
  const f = frameOf(m);
  const ring = m.boundary.map(([x, y]) => `${f.x(x)},${f.y(y)}`).join(" ");
  const track = m.track
    ? `<rect x="${f.x(m.track.x)}" y="${f.y(m.track.y + m.track.d)}" width="${n(m.track.w * f.scale)}" height="${n(m.track.d * f.scale)}" rx="${n((m.track.d * f.scale) / 2)}" fill="${COLOURS.track}"/><rect x="${n(f.x(m.track.x) + 14)}" y="${n(f.y(m.track.y + m.track.d) + 14)}" width="${n(m.track.w * f.scale - 28)}" height="${n(m.track.d * f.scale - 28)}" rx="${n((m.track.d * f.scale - 28) / 2)}" fill="${COLOURS.greenDark}"/>`
    : "";
  const lake = m.lake
    ? `<ellipse cx="${f.x(m.lake.cx)}" cy="${f.y(m.lake.cy)}" rx="${n(m.lake.rx * f.scale)}" ry="${n(m.lake.ry * f.scale)}" fill="${COLOURS.water}" stroke="#6aa6cf" stroke-width="2"/>`
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PLAN_WIDTH}" height="${PLAN_HEIGHT}" viewBox="0 0 ${PLAN_WIDTH} ${PLAN_HEIGHT}">`,
    `<rect width="${PLAN_WIDTH}" height="${PLAN_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect x="${MAP.left}" y="${MAP.top}" width="${MAP.width}" height="${MAP.height}" fill="#ebe7da" stroke="${COLOURS.ink}" stroke-width="2"/>`,
    roadsSvg(m, f, d.address ?? ""),
    `<polygon points="${ring}" fill="${COLOURS.green}"/>`,
    lake,
    track,
    buildingsSvg(m, f),
    `<polygon points="${ring}" fill="none" stroke="${COLOURS.redLine}" stroke-width="4" stroke-dasharray="16 8"/>`,
    northArrow(),
    scaleBar(f),
    titleBlock(d, "总平面图（示意）"),
    "</svg>",
  ].join("");
}

/** 鸟瞰示意图: the site and buildings in an isometric view from the south-west, under a sky. */
export function aerialSvg(d: ProjectDetails, m: Massing): string {
  const width = PLAN_WIDTH;
  const height = PLAN_HEIGHT;
  const extent = Math.max(m.halfW, m.halfD) + 40;
  const tallest = Math.max(0, ...m.boxes.map((b) => b.h));
  const k = Math.min((width * 0.8) / (2 * extent * 1.73), (height * 0.62) / (2 * extent + tallest));
  const cx = width / 2;
  const cy = height * 0.58 + tallest * k * 0.35;
  const p = (x: number, y: number, z: number) => `${n(cx + (x - y) * 0.866 * k)},${n(cy - (x + y) * 0.5 * k - z * k)}`;
  const ground = m.boundary.map(([x, y]) => p(x, y, 0)).join(" ");
  // Far boxes first (painter's order): the viewer is to the south-west.
  const boxes = [...m.boxes].sort((a, b) => b.x + b.w + b.y + b.d - (a.x + a.w + a.y + a.d));
  const faces = boxes
    .map((b) => {
      const [x0, x1, y0, y1, h] = [b.x, b.x + b.w, b.y, b.y + b.d, b.h];
      const west = [p(x0, y1, 0), p(x0, y0, 0), p(x0, y0, h), p(x0, y1, h)].join(" ");
      const south = [p(x0, y0, 0), p(x1, y0, 0), p(x1, y0, h), p(x0, y0, h)].join(" ");
      const top = [p(x0, y0, h), p(x1, y0, h), p(x1, y1, h), p(x0, y1, h)].join(" ");
      return [
        `<polygon points="${west}" fill="#c9ced6" stroke="#7d8590"/>`,
        `<polygon points="${south}" fill="#e3e6ea" stroke="#7d8590"/>`,
        `<polygon points="${top}" fill="#f7f8fa" stroke="#7d8590"/>`,
      ].join("");
    })
    .join("");
  const track = m.track
    ? `<polygon points="${[
        p(m.track.x, m.track.y, 0),
        p(m.track.x + m.track.w, m.track.y, 0),
        p(m.track.x + m.track.w, m.track.y + m.track.d, 0),
        p(m.track.x, m.track.y + m.track.d, 0),
      ].join(" ")}" fill="${COLOURS.track}"/>`
    : "";
  const water = m.lake
    ? `<polygon points="${Array.from({ length: 24 }, (_, i) => {
        const a = (i / 24) * 2 * Math.PI;
        const lake = m.lake as NonNullable<Massing["lake"]>;
        return p(lake.cx + lake.rx * Math.cos(a), lake.cy + lake.ry * Math.sin(a), 0);
      }).join(" ")}" fill="${COLOURS.water}"/>`
    : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a9cbe6"/><stop offset="1" stop-color="#eef3f6"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
    `<rect y="${n(height * 0.45)}" width="${width}" height="${n(height * 0.55)}" fill="#dfe4d6"/>`,
    `<polygon points="${ground}" fill="${COLOURS.green}" stroke="${COLOURS.redLine}" stroke-width="3" stroke-dasharray="12 6"/>`,
    water,
    track,
    faces,
    `<rect x="0" y="${height - 90}" width="${width}" height="90" fill="#2f4a5f"/>`,
    `<text x="40" y="${height - 38}" font-family="${FONTS}" font-size="34" font-weight="bold" fill="#ffffff">${esc(d.name ?? "")} 鸟瞰示意图</text>`,
    `<text x="${width - 40}" y="${height - 38}" text-anchor="end" font-family="${FONTS}" font-size="18" fill="#ffffff" opacity="0.85">体块示意 · 演示数据</text>`,
    "</svg>",
  ].join("");
}

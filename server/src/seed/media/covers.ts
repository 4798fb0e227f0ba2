// The demo seed's cover images: one SVG per theme and variant (sky, a motif for the theme, a caption
// band with the theme's name). demo-media.ts rasterises them and stores them like any upload.
// Deterministic: the same theme and variant give the same picture.
import { createRng } from "../rng.js";
import { GROUND, HEIGHT, MOTIFS, type Motif, type Palette, WIDTH } from "./cover-motifs.js";

interface Theme {
  /** The caption, in Chinese. */
  label: string;
  motif: Motif;
  /** How many different pictures the theme has. */
  variants: number;
  /** Colour of buildings and the theme's main shapes, and a lighter companion. */
  main: string;
  light: string;
}

/** Cover themes by key; items name one (and a number that picks the variant). */
export const COVER_THEMES = {
  wuxiang: { label: "五象新区", motif: MOTIFS.skylineOverRiver, variants: 3, main: "#35627d", light: "#8fb3c9" },
  "water-city": { label: "中国水城", motif: MOTIFS.riverAndBridge, variants: 3, main: "#3f6f73", light: "#9ec7c2" },
  rail: { label: "轨道交通", motif: MOTIFS.railViaduct, variants: 3, main: "#5b6678", light: "#b2bccb" },
  "master-plan": { label: "城市总体规划", motif: MOTIFS.planMap, variants: 2, main: "#4d6a54", light: "#a9c4ae" },
  road: { label: "道路交通", motif: MOTIFS.roadToHorizon, variants: 3, main: "#6d6a75", light: "#bcb8c6" },
  school: { label: "学校规划", motif: MOTIFS.schoolAndTrack, variants: 2, main: "#b5653d", light: "#f3d9c2" },
  park: { label: "公园绿地", motif: MOTIFS.parkAndLake, variants: 3, main: "#3f7a4a", light: "#9fcf8f" },
  renewal: { label: "城市更新", motif: MOTIFS.arcadeStreet, variants: 2, main: "#a86f4c", light: "#ead3b8" },
  village: { label: "乡村振兴", motif: MOTIFS.villageFields, variants: 2, main: "#8a4b32", light: "#a7c98a" },
  exhibition: { label: "规划展示", motif: MOTIFS.exhibitionHall, variants: 3, main: "#49507a", light: "#b9bde0" },
  meeting: { label: "工作动态", motif: MOTIFS.meetingRoom, variants: 3, main: "#2f5d8a", light: "#a9c6e2" },
  interview: { label: "在线访谈", motif: MOTIFS.microphone, variants: 2, main: "#7a3b5e", light: "#e4c1d4" },
} satisfies Record<string, Theme>;

export type CoverTheme = keyof typeof COVER_THEMES;

/** One cover picture: a theme and which of its variants. */
export interface DemoCover {
  theme: CoverTheme;
  /** 0 … variants − 1 */
  variant: number;
}

/** Morning, midday and evening skies, so a theme's variants differ at a glance. */
const SKIES = [
  { skyTop: "#9cc9e8", skyBottom: "#f6efdc", sun: "#fff3c4" },
  { skyTop: "#5a9bd4", skyBottom: "#d7ebf7", sun: "#ffffff" },
  { skyTop: "#f0a27a", skyBottom: "#f9dcc4", sun: "#ffe08a" },
] as const;

/**
 * The caption's font: the Chinese system fonts the client also asks for. Without any of them the
 * picture still renders (librsvg falls back to whatever font fontconfig offers).
 */
const CAPTION_FONTS =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export function coverSvg({ theme, variant }: DemoCover): string {
  const t: Theme = COVER_THEMES[theme];
  const sky = SKIES[variant % SKIES.length] ?? SKIES[0];
  const r = createRng(`planport-demo-cover:${theme}:${variant}`);
  const palette: Palette = {
    ...sky,
    main: t.main,
    light: t.light,
    water: "#4f9bd1",
    green: "#5f9e5a",
    ground: "#cfd8b8",
  };
  const sunX = r.int(160, WIDTH - 160);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky.skyTop}"/><stop offset="1" stop-color="${sky.skyBottom}"/></linearGradient></defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>`,
    `<circle cx="${sunX}" cy="${r.int(90, 150)}" r="${r.int(44, 70)}" fill="${sky.sun}" opacity="0.9"/>`,
    t.motif(r, palette),
    `<rect x="0" y="${GROUND}" width="${WIDTH}" height="${HEIGHT - GROUND}" fill="${t.main}"/>`,
    `<text x="64" y="${GROUND + 76}" font-family="${CAPTION_FONTS}" font-size="54" font-weight="bold" fill="#ffffff">${t.label}</text>`,
    `<text x="${WIDTH - 64}" y="${GROUND + 72}" text-anchor="end" font-family="${CAPTION_FONTS}" font-size="26" fill="#ffffff" opacity="0.85">南宁市规划管理局</text>`,
    "</svg>",
  ].join("");
}

/** Every cover the themes offer. */
export const allCovers = (): DemoCover[] =>
  (Object.keys(COVER_THEMES) as CoverTheme[]).flatMap((theme) =>
    Array.from({ length: COVER_THEMES[theme].variants }, (_, variant) => ({ theme, variant })),
  );

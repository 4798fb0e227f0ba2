/**
 * The receipt as a PNG, drawn on a canvas (no library): what the writer keeps in the photo album.
 * Large, high-contrast type; the codes in a monospaced face, wrapped at group boundaries.
 */
export interface ReceiptImageText {
  title: string;
  lines: readonly { label: string; value: string; code?: boolean }[];
  warning: string;
  footer: string;
}

const WIDTH = 720;
const PADDING = 48;
const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const MONO = '"SFMono-Regular", Menlo, Consolas, "Noto Sans Mono", monospace';

/** Splits a code like ABCD-EFGH-… into lines that fit, breaking only at a dash. */
export function wrapCode(code: string, fits: (line: string) => boolean): string[] {
  const groups = code.split("-");
  const lines: string[] = [];
  let line = "";
  for (const group of groups) {
    const next = line ? `${line}-${group}` : group;
    if (line && !fits(next)) {
      lines.push(line);
      line = group;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps prose (Chinese breaks anywhere) to the width. */
function wrapText(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const character of Array.from(text)) {
    if (context.measureText(line + character).width > width && line) {
      lines.push(line);
      line = character;
    } else {
      line += character;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderReceiptImage(text: ReceiptImageText): Promise<Blob> {
  const scale = 2;
  const canvas = document.createElement("canvas");
  const measure = canvas.getContext("2d");
  if (!measure) throw new Error("canvas 2d context unavailable");
  const inner = WIDTH - PADDING * 2;

  // Lay out first, to know the height.
  type Row = { text: string; font: string; color: string; gap: number };
  const rows: Row[] = [];
  rows.push({ text: text.title, font: `600 34px ${FONT}`, color: "#0b5cab", gap: 56 });
  for (const line of text.lines) {
    rows.push({ text: line.label, font: `400 24px ${FONT}`, color: "#4b5563", gap: 44 });
    const font = line.code ? `700 36px ${MONO}` : `400 28px ${FONT}`;
    measure.font = font;
    const parts = line.code
      ? wrapCode(line.value, (candidate) => measure.measureText(candidate).width <= inner)
      : wrapText(measure, line.value, inner);
    for (const part of parts) rows.push({ text: part, font, color: "#1a1f26", gap: line.code ? 48 : 40 });
  }
  measure.font = `600 24px ${FONT}`;
  for (const part of wrapText(measure, text.warning, inner)) {
    rows.push({ text: part, font: `600 24px ${FONT}`, color: "#b3261e", gap: 38 });
  }
  rows.push({ text: text.footer, font: `400 20px ${FONT}`, color: "#4b5563", gap: 48 });
  const height = PADDING + rows.reduce((sum, row) => sum + row.gap, 0) + PADDING;

  canvas.width = WIDTH * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("canvas 2d context unavailable");
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, WIDTH, height);
  context.strokeStyle = "#0b5cab";
  context.lineWidth = 4;
  context.strokeRect(12, 12, WIDTH - 24, height - 24);
  context.textBaseline = "alphabetic";
  let y = PADDING;
  for (const row of rows) {
    y += row.gap;
    context.font = row.font;
    context.fillStyle = row.color;
    context.fillText(row.text, PADDING, y - 12);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("canvas.toBlob failed"))), "image/png"),
  );
}

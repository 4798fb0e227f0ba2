// The demo seed's attachments: small real PDFs, written with pdf-lib, in Chinese.
//
// Chinese text in a PDF needs a CJK font. Embedding one would make every file megabytes (or need
// a subsetter) and depend on the fonts of the machine that seeds. Instead the text is set in
// STSong-Light through the predefined CMap UniGB-UCS2-H: one of the standard Chinese fonts that
// PDF readers (PDFium in Chrome, pdf.js, Acrobat, Preview, Poppler) supply themselves, so the file
// names the font and carries no glyphs (ISO 32000-1 §9.7.5.2). The bytes depend on nothing but the
// text: the same document is the same file, and so the same media asset, on every machine.
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  type PDFRef,
  PDFString,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  showText,
} from "pdf-lib";
import { hashString } from "../rng.js";

export interface DemoDocument {
  /** The download name, e.g. "总平面图.pdf". */
  name: string;
  /** Who issued it (the page heading). */
  organ: string;
  /** The item it is attached to. */
  itemTitle: string;
  /** Plain-text paragraphs of the document. */
  paragraphs: string[];
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 72;
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const BODY_SIZE = 12;
const LINE_HEIGHT = 21;
const FONT = "F1";
const RED = { r: 0.78, g: 0.08, b: 0.08 };
const GREY = { r: 0.4, g: 0.4, b: 0.4 };
const BLACK = { r: 0.1, g: 0.1, b: 0.1 };
export const DEMO_NOTICE = "本文件为 PlanPort 演示数据，由演示种子自动生成，不具有任何效力。";

/** A PDF of one or more A4 pages: the organ's heading, the document's title, its text, page numbers. */
export async function demoDocumentPdf(doc: DemoDocument): Promise<Uint8Array> {
  // No creation date or producer stamped in: the same document must give the same bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(doc.name.replace(/\.pdf$/i, ""));
  pdf.setAuthor(doc.organ);
  pdf.setCreator("PlanPort demo seed");
  pdf.setLanguage("zh-CN");
  const font = chineseFont(pdf);

  const pages: PDFPage[] = [];
  let page = newPage(pdf, font, pages);
  let y = A4.height - MARGIN;
  const write = (text: string, size: number, colour = BLACK, x = MARGIN) =>
    page.pushOperators(
      beginText(),
      setFillingRgbColor(colour.r, colour.g, colour.b),
      setFontAndSize(FONT, size),
      moveText(x, y),
      showText(PDFHexString.of(ucs2(text))),
      endText(),
    );
  const centred = (text: string, size: number, colour = BLACK) =>
    write(text, size, colour, (A4.width - textWidth(text, size)) / 2);

  centred(doc.organ, 24, RED);
  y -= 16;
  page.drawLine({
    start: { x: MARGIN, y },
    end: { x: A4.width - MARGIN, y },
    thickness: 1.5,
    color: rgb(RED.r, RED.g, RED.b),
  });
  y -= 44;
  const title = doc.name.replace(/\.pdf$/i, "");
  for (const line of wrap(title, 18, TEXT_WIDTH)) {
    centred(line, 18);
    y -= 30;
  }
  for (const line of wrap(`（${doc.itemTitle} 附件）`, 10.5, TEXT_WIDTH)) {
    centred(line, 10.5, GREY);
    y -= 18;
  }
  y -= 18;
  if (/图/.test(title)) y = drawSchematic(page, y, hashString(doc.name));

  for (const paragraph of doc.paragraphs) {
    // First lines indented by two characters, as Chinese documents are.
    const lines = wrap(`\u3000\u3000${paragraph}`, BODY_SIZE, TEXT_WIDTH);
    for (const line of lines) {
      if (y < MARGIN + 20) {
        page = newPage(pdf, font, pages);
        y = A4.height - MARGIN;
      }
      write(line, BODY_SIZE);
      y -= LINE_HEIGHT;
    }
    y -= 6;
  }

  pages.forEach((p, i) => {
    page = p;
    y = MARGIN - 30;
    centred(`第 ${i + 1} 页 共 ${pages.length} 页`, 9, GREY);
    y = MARGIN - 44;
    centred(DEMO_NOTICE, 8, GREY);
  });
  return pdf.save();
}

function newPage(pdf: PDFDocument, font: PDFRef, pages: PDFPage[]): PDFPage {
  const page = pdf.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of(FONT), font);
  pages.push(page);
  return page;
}

/** STSong-Light with Unicode (UCS-2) codes; the reader supplies the glyphs. */
export function chineseFont(pdf: PDFDocument): PDFRef {
  const { context } = pdf;
  const descriptor = context.register(
    context.obj({
      Type: "FontDescriptor",
      FontName: "STSong-Light",
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 880,
      StemV: 93,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: "Font",
      Subtype: "CIDFontType0",
      BaseFont: "STSong-Light",
      CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("GB1"), Supplement: 2 },
      FontDescriptor: descriptor,
      // Chinese characters are 1000 units wide; UniGB-UCS2-H maps ASCII to CIDs 1–95, set half-width.
      DW: 1000,
      W: [1, 95, 500],
    }),
  );
  return context.register(
    context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "STSong-Light",
      Encoding: "UniGB-UCS2-H",
      DescendantFonts: [cidFont],
    }),
  );
}

/** Two bytes per character; the few characters outside the BMP become a full-width space. */
export function ucs2(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0) ?? 0x3000;
    return (code > 0xffff ? 0x3000 : code).toString(16).padStart(4, "0");
  }).join("");
}

const charWidth = (c: string, size: number) => ((c.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1) * size;
export const textWidth = (text: string, size: number) => Array.from(text).reduce((w, c) => w + charWidth(c, size), 0);

/** Punctuation that may not begin a line (it stays at the end of the previous one). */
const NO_LINE_START = new Set(Array.from("，。、；：？！）》」』”’%,.;:?!)"));

export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const c of text) {
    const w = charWidth(c, size);
    if (lineWidth + w > width && line && !NO_LINE_START.has(c)) {
      lines.push(line);
      line = "";
      lineWidth = 0;
    }
    line += c;
    lineWidth += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** A plan drawing's stand-in: a framed map of blocks and roads, different for each document. */
function drawSchematic(page: PDFPage, top: number, seed: number): number {
  const height = 220;
  const bottom = top - height;
  const frame = { x: MARGIN, y: bottom, width: TEXT_WIDTH, height };
  page.drawRectangle({ ...frame, color: rgb(0.96, 0.97, 0.95), borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 1 });
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return (state >>> 8) / 16_777_216;
  };
  const zones = [rgb(0.98, 0.86, 0.55), rgb(0.96, 0.66, 0.6), rgb(0.62, 0.82, 0.58), rgb(0.62, 0.75, 0.9)];
  const cols = 5;
  const rows = 3;
  const cellW = TEXT_WIDTH / cols;
  const cellH = height / rows;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      page.drawRectangle({
        x: frame.x + i * cellW + 8,
        y: bottom + j * cellH + 8,
        width: cellW - 16,
        height: cellH - 16,
        color: zones[Math.floor(next() * zones.length)] ?? zones[0],
      });
    }
  }
  const road = rgb(1, 1, 1);
  const riverY = bottom + cellH * (1 + Math.floor(next() * (rows - 1)));
  page.drawLine({
    start: { x: frame.x, y: riverY },
    end: { x: frame.x + TEXT_WIDTH, y: riverY },
    thickness: 6,
    color: rgb(0.45, 0.68, 0.88),
  });
  for (let i = 1; i < cols; i++) {
    const x = frame.x + i * cellW;
    page.drawLine({ start: { x, y: bottom }, end: { x, y: top }, thickness: 4, color: road });
  }
  return bottom - 24;
}

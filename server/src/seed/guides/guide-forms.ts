// The downloadable forms of the demo guides: a blank form (空白表格) and a filled sample (填写样例)
// of each, as real PDFs drawn with pdf-lib in the same reader-supplied Chinese font as the demo
// attachments (seed/media/documents.ts). The same form gives the same bytes on every machine.
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  showText,
} from "pdf-lib";
import { chineseFont, DEMO_NOTICE, textWidth, ucs2, wrap } from "../media/documents.js";

export interface GuideForm {
  /** Unique among the seed's forms: what guides name it by. */
  file: string;
  /** 建设工程规划许可证申请表 */
  title: string;
  /** The form's rows, with what the sample writes in them. */
  fields: Array<{ label: string; sample: string }>;
  /** 填表说明. */
  notes: string[];
}

export const FORM_ORGAN = "南宁市规划管理局";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const WIDTH = A4.width - 2 * MARGIN;
const LABEL_WIDTH = 150;
const CELL_PADDING = 8;
const SIZE = 11;
const LINE = 17;
const FONT = "F1";
const BLACK = { r: 0.1, g: 0.1, b: 0.1 };
const GREY = { r: 0.4, g: 0.4, b: 0.4 };
const RED = { r: 0.78, g: 0.08, b: 0.08 };
/** Handwriting-blue for what the sample fills in. */
const BLUE = { r: 0.05, g: 0.25, b: 0.65 };

/** The form as a PDF: blank, or filled with its sample values and marked 填写样例. */
export async function guideFormPdf(form: GuideForm, filled: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const title = filled ? `${form.title}（填写样例）` : form.title;
  pdf.setTitle(title);
  pdf.setAuthor(FORM_ORGAN);
  pdf.setCreator("PlanPort demo seed");
  pdf.setLanguage("zh-CN");
  const font = chineseFont(pdf);
  const page: PDFPage = pdf.addPage([A4.width, A4.height]);
  page.node.setFontDictionary(PDFName.of(FONT), font);

  const write = (text: string, x: number, y: number, size: number, colour = BLACK) =>
    page.pushOperators(
      beginText(),
      setFillingRgbColor(colour.r, colour.g, colour.b),
      setFontAndSize(FONT, size),
      moveText(x, y),
      showText(PDFHexString.of(ucs2(text))),
      endText(),
    );
  const centred = (text: string, y: number, size: number, colour = BLACK) =>
    write(text, (A4.width - textWidth(text, size)) / 2, y, size, colour);

  let y = A4.height - MARGIN - 10;
  if (filled) write("填写样例", A4.width - MARGIN - textWidth("填写样例", 14), y + 8, 14, RED);
  centred(form.title, y - 14, 18);
  y -= 36;
  centred(`${FORM_ORGAN} 制`, y - 6, 10, GREY);
  y -= 26;

  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.8, color: rgb(0.2, 0.2, 0.2) });
  const top = y;
  const valueWidth = WIDTH - LABEL_WIDTH - 2 * CELL_PADDING;
  for (const field of form.fields) {
    const labelLines = wrap(field.label, SIZE, LABEL_WIDTH - 2 * CELL_PADDING);
    const valueLines = filled ? wrap(field.sample, SIZE, valueWidth) : [];
    const rows = Math.max(labelLines.length, valueLines.length, 1);
    const height = Math.max(30, rows * LINE + 12);
    labelLines.forEach((text, i) => {
      write(text, MARGIN + CELL_PADDING, y - 19 - i * LINE, SIZE);
    });
    valueLines.forEach((text, i) => {
      write(text, MARGIN + LABEL_WIDTH + CELL_PADDING, y - 19 - i * LINE, SIZE, BLUE);
    });
    y -= height;
    line(MARGIN, y, MARGIN + WIDTH, y);
  }
  // The frame and the column rule, drawn once the rows' heights are known.
  line(MARGIN, top, MARGIN + WIDTH, top);
  line(MARGIN, top, MARGIN, y);
  line(MARGIN + WIDTH, top, MARGIN + WIDTH, y);
  line(MARGIN + LABEL_WIDTH, top, MARGIN + LABEL_WIDTH, y);

  y -= 28;
  write("填表说明：", MARGIN, y, SIZE);
  y -= LINE + 4;
  form.notes.forEach((note, i) => {
    for (const text of wrap(`${i + 1}. ${note}`, 10, WIDTH)) {
      write(text, MARGIN, y, 10, GREY);
      y -= 15;
    }
  });
  if (filled) {
    y -= 8;
    for (const text of wrap("本样例所填内容均为示例，仅供参考，请按实际情况填写。", 10, WIDTH)) {
      write(text, MARGIN, y, 10, RED);
      y -= 15;
    }
  }
  centred(DEMO_NOTICE, MARGIN - 30, 8, GREY);
  return pdf.save();
}

import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { type DemoDocument, demoDocumentPdf } from "./documents.js";

const doc: DemoDocument = {
  name: "总平面图.pdf",
  organ: "南宁市规划管理局",
  itemTitle: "兴宁区三塘片区社区卫生服务中心建设工程设计方案批前公示",
  paragraphs: ["主要技术指标：用地面积0.9公顷，容积率1.6，建筑密度30%，绿地率35%。"],
};

/** The UCS-2 hex a text is shown with (what UniGB-UCS2-H reads). */
const ucs2 = (text: string) => Array.from(text, (c) => (c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")).join("");

/** Every page's content streams, inflated and joined. */
async function pageContents(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    return streams
      .map((stream) => {
        if (!(stream instanceof PDFRawStream)) throw new Error("expected a content stream");
        const deflated = stream.dict.get(PDFName.of("Filter")) === PDFName.of("FlateDecode");
        return Buffer.from(deflated ? inflateSync(stream.contents) : stream.contents).toString("latin1");
      })
      .join("\n");
  });
}

describe("demo attachment PDFs", () => {
  it("are the same bytes for the same document, and different for another", async () => {
    const bytes = await demoDocumentPdf(doc);
    expect(Buffer.from(await demoDocumentPdf(doc)).equals(Buffer.from(bytes))).toBe(true);
    const other = await demoDocumentPdf({ ...doc, itemTitle: "另一则公示" });
    expect(Buffer.from(other).equals(Buffer.from(bytes))).toBe(false);
  });

  it("are A4 documents titled with their name, with the text in Chinese (STSong-Light, UniGB-UCS2-H)", async () => {
    const bytes = await demoDocumentPdf(doc);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe("总平面图");
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const fonts = pdf.getPage(0).node.normalizedEntries().Font;
    const font = pdf.context.lookup(fonts.get(PDFName.of("F1")));
    expect(String(font)).toContain("/BaseFont /STSong-Light");
    expect(String(font)).toContain("/Encoding /UniGB-UCS2-H");
    const [content] = await pageContents(bytes);
    for (const text of ["南宁市规划管理局", "总平面图", "容积率1.6"]) expect(content).toContain(ucs2(text));
  });

  it("flow long text onto further pages, each numbered", async () => {
    const long = await demoDocumentPdf({
      ...doc,
      paragraphs: Array.from({ length: 40 }, () => doc.paragraphs[0] ?? ""),
    });
    const pages = await pageContents(long);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const [i, content] of pages.entries()) expect(content).toContain(ucs2(`第 ${i + 1} 页 共 ${pages.length} 页`));
  });
});

import { describe, expect, it } from "vitest";
import { fileTypeLabel, parseAttachments } from "./attachments";

describe("attachments", () => {
  it("reads a revision's attachments and skips malformed entries", () => {
    const json = JSON.stringify([
      { name: "规划图.pdf", url: "/media/a.pdf", size: 1024, mimeType: "application/pdf" },
      { name: 3 },
      null,
    ]);
    expect(parseAttachments(json)).toEqual([
      { name: "规划图.pdf", url: "/media/a.pdf", size: 1024, mimeType: "application/pdf" },
    ]);
    expect(parseAttachments("{oops")).toEqual([]);
    expect(parseAttachments(null)).toEqual([]);
  });

  it("labels file types", () => {
    expect(fileTypeLabel({ name: "公示.docx", mimeType: "" })).toBe("DOCX");
    expect(fileTypeLabel({ name: "无扩展名", mimeType: "application/pdf" })).toBe("PDF");
  });
});

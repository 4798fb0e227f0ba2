import { describe, expect, it } from "vitest";
import { fileTypeLabel, formatFileSize } from "./file-format";

describe("formatFileSize", () => {
  it("uses bytes below 1 KB and one decimal above", () => {
    expect(formatFileSize(0)).toBe("0 B");
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(1023)).toBe("1,023 B");
    expect(formatFileSize(1024)).toBe("1 KB");
    expect(formatFileSize(1536)).toBe("1.5 KB");
    expect(formatFileSize(5 * 1024 * 1024 + 300 * 1024)).toBe("5.3 MB");
    expect(formatFileSize(3 * 1024 ** 3)).toBe("3 GB");
  });

  it("stops at GB", () => {
    expect(formatFileSize(2048 * 1024 ** 3)).toBe("2,048 GB");
  });

  it("returns an empty string for unknown sizes", () => {
    expect(formatFileSize(null)).toBe("");
    expect(formatFileSize(undefined)).toBe("");
    expect(formatFileSize(-1)).toBe("");
    expect(formatFileSize(Number.NaN)).toBe("");
  });
});

describe("fileTypeLabel", () => {
  it("names common office and image types from the MIME type", () => {
    expect(fileTypeLabel("application/pdf", "x")).toBe("PDF");
    expect(fileTypeLabel("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "方案.docx")).toBe(
      "Word 文档",
    );
    expect(fileTypeLabel("application/vnd.ms-excel", "x")).toBe("Excel 表格");
    expect(fileTypeLabel("image/jpeg", "x")).toBe("图片");
    expect(fileTypeLabel("application/zip", "x")).toBe("压缩包");
  });

  it("falls back to the extension, then to 文件", () => {
    expect(fileTypeLabel(null, "总平面图.PDF")).toBe("PDF");
    expect(fileTypeLabel("application/octet-stream", "规划图.dwg")).toBe("DWG");
    expect(fileTypeLabel(undefined, "说明")).toBe("文件");
  });
});

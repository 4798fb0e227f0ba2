import { describe, expect, it } from "vitest";
import { formatFromFileName } from "./import-format";

describe("formatFromFileName", () => {
  it("reads the extension, whatever its case", () => {
    expect(formatFromFileName("政民互动平台导出.csv")).toBe("CSV");
    expect(formatFromFileName("export.JSON")).toBe("JSON");
    expect(formatFromFileName(" letters.2026-03.json ")).toBe("JSON");
  });

  it("says nothing for other or missing extensions", () => {
    expect(formatFromFileName("export.xlsx")).toBeNull();
    expect(formatFromFileName("csv")).toBeNull();
  });
});

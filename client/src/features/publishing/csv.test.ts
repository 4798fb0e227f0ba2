import { describe, expect, it } from "vitest";
import { csvCell, safeFileName, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends rows with CRLF", () => {
    const csv = toCsv([
      ["步骤", "人员"],
      ["信息发布审核", "李核查"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe("\uFEFF步骤,人员\r\n信息发布审核,李核查\r\n");
    // The BOM is three bytes in UTF-8, as Excel expects.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell('意见："表述准确"，同意')).toBe('"意见：""表述准确""，同意"');
    expect(csvCell("第一段,第二段")).toBe('"第一段,第二段"');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell(" 前后空格 ")).toBe('" 前后空格 "');
  });

  it("keeps Chinese punctuation unquoted and writes empty cells for missing values", () => {
    expect(csvCell("同意，按程序发布。")).toBe("同意，按程序发布。");
    expect(toCsv([["a", null, undefined, 3]])).toBe("\uFEFFa,,,3\r\n");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
});

describe("safeFileName", () => {
  it("replaces characters file systems refuse and keeps Chinese", () => {
    expect(safeFileName('信息发布审核登记表-关于"五象新区"规划/调整')).toBe(
      "信息发布审核登记表-关于_五象新区_规划_调整",
    );
    expect(safeFileName("   ")).toBe("export");
  });
});

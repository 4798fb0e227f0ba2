import { describe, expect, it } from "vitest";
import {
  copiesText,
  feeLine,
  isFree,
  legalBasisText,
  phoneLinks,
  safeHttpUrl,
  textLines,
  workingDays,
} from "./guide-format";

describe("workingDays", () => {
  it("says how many working days, 即办 for none, a dash for a missing limit", () => {
    expect(workingDays(20)).toBe("20 个工作日");
    expect(workingDays(0)).toBe("即办");
    expect(workingDays(null)).toBe("—");
    expect(workingDays(-1)).toBe("—");
  });
});

describe("copiesText", () => {
  it("reads a positive whole count as 份 and says nothing otherwise", () => {
    expect(copiesText(2)).toBe("2 份");
    expect(copiesText(0)).toBe("");
    expect(copiesText(1.5)).toBe("");
    expect(copiesText(null)).toBe("");
  });
});

describe("fees", () => {
  it("is 不收费 with no fee lines", () => {
    expect(isFree([])).toBe(true);
    expect(isFree(null)).toBe(true);
    expect(isFree([{ name: "工本费", amount: "10 元/证" }])).toBe(false);
  });

  it("writes a fee as its name and amount as the basis states it", () => {
    expect(feeLine({ name: "工本费", amount: "10 元/证" })).toBe("工本费：10 元/证");
    expect(feeLine({ name: " 城市基础设施配套费 ", amount: "" })).toBe("城市基础设施配套费");
  });
});

describe("legalBasisText", () => {
  it("cites the law in book-title marks with its article", () => {
    expect(legalBasisText({ law: "中华人民共和国城乡规划法", article: "第四十条" })).toBe(
      "《中华人民共和国城乡规划法》第四十条",
    );
    expect(legalBasisText({ law: "《中华人民共和国土地管理法》", article: null })).toBe("《中华人民共和国土地管理法》");
  });

  it("turns a title inside the title into 〈〉 and keeps a document number outside", () => {
    expect(legalBasisText({ law: "广西壮族自治区实施《中华人民共和国城乡规划法》办法", article: "第二十条" })).toBe(
      "《广西壮族自治区实施〈中华人民共和国城乡规划法〉办法》第二十条",
    );
    expect(legalBasisText({ law: "关于推进改革的通知（自然资规〔2019〕2号）" })).toBe(
      "《关于推进改革的通知》（自然资规〔2019〕2号）",
    );
    // A parenthesis that is part of the title stays inside.
    expect(legalBasisText({ law: "南宁市城市规划管理技术规定（试行）" })).toBe(
      "《南宁市城市规划管理技术规定（试行）》",
    );
  });
});

describe("phoneLinks", () => {
  it("links every number in the field, with extensions as a pause", () => {
    expect(phoneLinks("0771-5551234、0771-5554321转801")).toEqual([
      { label: "0771-5551234", href: "tel:07715551234" },
      { label: "0771-5554321转801", href: "tel:07715554321,801" },
    ]);
    expect(phoneLinks("（0771）555 1234")).toEqual([{ label: "（0771）555 1234", href: "tel:07715551234" }]);
    expect(phoneLinks("+86 771 5551234")).toEqual([{ label: "+86 771 5551234", href: "tel:+867715551234" }]);
  });

  it("drops notes without a number and copes with nothing", () => {
    expect(phoneLinks("0771-12345 / 工作日接听")).toEqual([{ label: "0771-12345", href: "tel:077112345" }]);
    expect(phoneLinks(null)).toEqual([]);
    expect(phoneLinks("")).toEqual([]);
  });
});

describe("safeHttpUrl", () => {
  it("keeps http(s) and same-site links and refuses script URLs", () => {
    expect(safeHttpUrl("https://zwfw.example.gov.cn/apply")).toBe("https://zwfw.example.gov.cn/apply");
    expect(safeHttpUrl("/media/guides/form.docx")).toBe("/media/guides/form.docx");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,hi")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe("textLines", () => {
  it("splits on line breaks and drops blank lines", () => {
    expect(textLines("一、申请人具有合法身份；\r\n\n 二、项目已批准立项。 ")).toEqual([
      "一、申请人具有合法身份；",
      "二、项目已批准立项。",
    ]);
    expect(textLines(null)).toEqual([]);
  });
});

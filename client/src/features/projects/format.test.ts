import { describe, expect, it } from "vitest";
import {
  formatArea,
  formatCount,
  formatDay,
  formatHeight,
  formatPercent,
  formatQuarter,
  formatRatio,
  isPublicity,
  locationText,
  permitStatusLabel,
  permitTypeLabel,
} from "./format";

describe("planning indicators", () => {
  it("shows areas in square metres, with hectares from one hectare up", () => {
    expect(formatArea(8650)).toBe("8,650 平方米");
    expect(formatArea(52300.5)).toBe("52,300.5 平方米（约 5.23 公顷）");
  });

  it("shows the floor-area ratio as a plain ratio", () => {
    expect(formatRatio(2.5)).toBe("2.5");
    expect(formatRatio(3.456)).toBe("3.46");
  });

  it("shows green ratio and density as percentages", () => {
    expect(formatPercent(35)).toBe("35%");
    expect(formatPercent(30.5)).toBe("30.5%");
    expect(formatPercent(0.5)).toBe("0.5%");
  });

  it("shows the height limit in metres", () => {
    expect(formatHeight(80)).toBe("80 米");
  });

  it("returns an empty string for missing figures so the table shows its placeholder", () => {
    for (const format of [formatArea, formatRatio, formatPercent, formatHeight]) {
      expect(format(null)).toBe("");
      expect(format(undefined)).toBe("");
      expect(format(Number.NaN)).toBe("");
    }
  });

  it("formats counts with separators", () => {
    expect(formatCount(1234)).toBe("1,234");
  });
});

describe("formatDay", () => {
  it("reads a permit's day as written, whatever the phone's time zone", () => {
    expect(formatDay("2026-03-01")).toBe("2026年3月1日");
    expect(formatDay("2025-12-31")).toBe("2025年12月31日");
  });

  it("shows an empty string for nothing and anything else as given", () => {
    expect(formatDay(null)).toBe("");
    expect(formatDay("2026年")).toBe("2026年");
  });
});

describe("formatQuarter", () => {
  it("names quarters in Chinese", () => {
    expect(formatQuarter({ year: 2026, quarter: 1 })).toBe("2026年第一季度");
    expect(formatQuarter("2025Q4")).toBe("2025年第四季度");
    expect(formatQuarter("2025-q2")).toBe("2025年第二季度");
  });

  it("shows anything else as given", () => {
    expect(formatQuarter("2025年上半年")).toBe("2025年上半年");
  });
});

describe("permit labels", () => {
  it("names permit types and statuses", () => {
    expect(permitTypeLabel("WORKS_PERMIT")).toBe("建设工程规划许可证");
    expect(permitStatusLabel("VALID")).toBe("有效");
    expect(permitStatusLabel("CHANGED")).toBe("变更");
    expect(permitStatusLabel("REVOKED")).toBe("注销");
  });

  it("falls back to the code for values this build does not know", () => {
    expect(permitTypeLabel("NEW_KIND")).toBe("NEW_KIND");
    expect(permitStatusLabel("SUSPENDED")).toBe("SUSPENDED");
  });
});

describe("locationText", () => {
  it("gives the position in words to four decimals", () => {
    expect(locationText({ lng: 108.38214, lat: 22.8162 })).toBe("东经 108.3821°，北纬 22.8162°");
  });

  it("is empty without a position", () => {
    expect(locationText(null)).toBe("");
    expect(locationText({ lng: Number.NaN, lat: 22 })).toBe("");
  });
});

describe("isPublicity", () => {
  it("puts publicity under 相关公示 and everything else under 相关新闻", () => {
    expect(isPublicity("PUBLICITY")).toBe(true);
    expect(isPublicity("NEWS")).toBe(false);
    expect(isPublicity("NOTICE")).toBe(false);
  });
});

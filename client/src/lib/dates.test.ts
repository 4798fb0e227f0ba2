import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("formatDate", () => {
  it("formats in Asia/Shanghai, not UTC", () => {
    // 16:30 UTC on New Year's Eve is already 1 January in Nanning.
    expect(formatDate("2024-12-31T16:30:00.000Z")).toBe("2025年1月1日");
    expect(formatDate("2024-12-31T15:59:59.000Z")).toBe("2024年12月31日");
  });

  it("returns an empty string for missing or invalid input", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("not a date")).toBe("");
  });
});

describe("formatDateTime", () => {
  it("uses a 24-hour clock in Asia/Shanghai", () => {
    expect(formatDateTime("2025-03-05T06:07:00Z")).toBe("2025年3月5日 14:07");
    expect(formatDateTime("2024-12-31T16:00:00Z")).toBe("2025年1月1日 00:00");
  });

  it("returns an empty string for missing input", () => {
    expect(formatDateTime(null)).toBe("");
  });
});

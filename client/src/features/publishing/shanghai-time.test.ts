import { afterEach, describe, expect, it } from "vitest";
import { isoToShanghaiInput, shanghaiDate, shanghaiInputMin, shanghaiInputToIso } from "./shanghai-time";

describe("datetime-local ↔ ISO in Asia/Shanghai", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("reads the input as Beijing time", () => {
    expect(shanghaiInputToIso("2026-03-02T09:00")).toBe("2026-03-02T01:00:00.000Z");
    expect(shanghaiInputToIso("2026-03-02T07:30")).toBe("2026-03-01T23:30:00.000Z");
    expect(shanghaiInputToIso("2026-03-02T09:00:15")).toBe("2026-03-02T01:00:15.000Z");
  });

  it("treats a date alone as Beijing midnight", () => {
    expect(shanghaiInputToIso("2026-12-31")).toBe("2026-12-30T16:00:00.000Z");
  });

  it("refuses empty, malformed and impossible values", () => {
    expect(shanghaiInputToIso("")).toBeNull();
    expect(shanghaiInputToIso("2026-3-2 9:00")).toBeNull();
    expect(shanghaiInputToIso("2026-02-30T10:00")).toBeNull();
    expect(shanghaiInputToIso("2026-01-01T24:00")).toBeNull();
  });

  it("writes ISO instants back as Beijing wall-clock time", () => {
    expect(isoToShanghaiInput("2026-03-01T23:30:00.000Z")).toBe("2026-03-02T07:30");
    expect(isoToShanghaiInput("2026-12-31T16:00:00Z")).toBe("2027-01-01T00:00");
    expect(isoToShanghaiInput(null)).toBe("");
    expect(isoToShanghaiInput("not a date")).toBe("");
  });

  it("round-trips", () => {
    for (const value of ["2026-01-01T00:00", "2026-06-15T12:34", "2028-02-29T23:59"]) {
      expect(isoToShanghaiInput(shanghaiInputToIso(value))).toBe(value);
    }
  });

  it("ignores the device's own zone", () => {
    process.env.TZ = "America/New_York";
    expect(shanghaiInputToIso("2026-07-01T09:00")).toBe("2026-07-01T01:00:00.000Z");
    expect(isoToShanghaiInput("2026-07-01T01:00:00.000Z")).toBe("2026-07-01T09:00");
  });

  it("gives today's Beijing date and the next minute as input minimums", () => {
    const now = new Date("2026-03-01T16:30:20.000Z"); // 00:30:20 on 2 March in Beijing
    expect(shanghaiDate(now)).toBe("2026-03-02");
    expect(shanghaiInputMin(now)).toBe("2026-03-02T00:31");
  });
});

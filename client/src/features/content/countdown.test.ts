import { describe, expect, it } from "vitest";
import { formatTimeLeft, formatWindowEnd, nextTickIn, windowPhase } from "./countdown";

const now = Date.parse("2026-03-01T04:00:00Z"); // 12:00 in Nanning

describe("windowPhase", () => {
  const window = { opensAt: "2026-02-20T00:00:00Z", closesAt: "2026-03-10T16:00:00Z", isOpen: false };

  it("is open between the dates whatever the server said at fetch time", () => {
    expect(windowPhase(window, now)).toBe("open");
  });

  it("is upcoming before it opens and closed from the closing instant", () => {
    expect(windowPhase(window, Date.parse("2026-02-19T23:59:59Z"))).toBe("upcoming");
    expect(windowPhase(window, Date.parse("2026-03-10T16:00:00Z"))).toBe("closed");
  });

  it("has no window when the publicity takes no comments", () => {
    expect(windowPhase({ opensAt: "2026-02-20T00:00:00Z", closesAt: null, isOpen: false }, now)).toBe("none");
    expect(windowPhase({ isOpen: false }, now)).toBe("none");
  });

  it("trusts the server when it is open with no closing date", () => {
    expect(windowPhase({ opensAt: "2026-02-20T00:00:00Z", isOpen: true }, now)).toBe("open");
  });

  it("closes on time with no opening date", () => {
    expect(windowPhase({ closesAt: "2026-03-01T03:59:59Z", isOpen: true }, now)).toBe("closed");
    expect(windowPhase({ closesAt: "2026-03-01T04:00:01Z", isOpen: false }, now)).toBe("open");
  });
});

describe("formatTimeLeft", () => {
  it("shows days and hours", () => {
    expect(formatTimeLeft("2026-03-04T09:30:00Z", now)).toBe("剩余 3 天 5 小时");
  });

  it("drops zero hours and zero days", () => {
    expect(formatTimeLeft("2026-03-03T04:00:00Z", now)).toBe("剩余 2 天");
    expect(formatTimeLeft("2026-03-01T09:59:00Z", now)).toBe("剩余 5 小时");
  });

  it("says under an hour in the last hour", () => {
    expect(formatTimeLeft("2026-03-01T04:59:59Z", now)).toBe("剩余不到 1 小时");
  });

  it("is empty without a deadline or after it", () => {
    expect(formatTimeLeft(null, now)).toBe("");
    expect(formatTimeLeft("2026-03-01T04:00:00Z", now)).toBe("");
    expect(formatTimeLeft("garbage", now)).toBe("");
  });
});

describe("nextTickIn", () => {
  it("ticks once a minute, sooner when the window is about to change", () => {
    const window = { closesAt: "2026-03-01T04:00:20Z", isOpen: true };
    expect(nextTickIn(window, now)).toBe(20_000);
    expect(nextTickIn({ closesAt: "2026-03-09T00:00:00Z", isOpen: true }, now)).toBe(60_000);
    expect(nextTickIn({ isOpen: true }, now)).toBe(60_000);
  });

  it("never ticks faster than once a second", () => {
    expect(nextTickIn({ closesAt: "2026-03-01T04:00:00.200Z", isOpen: true }, now)).toBe(1000);
  });
});

describe("formatWindowEnd", () => {
  it("shows a midnight deadline as the end of the day before, in Nanning", () => {
    expect(formatWindowEnd("2026-12-04T16:00:00.000Z")).toBe("2026年12月4日");
  });

  it("shows any other deadline with its time", () => {
    expect(formatWindowEnd("2026-12-05T07:30:00.000Z")).toBe("2026年12月5日 15:30");
  });

  it("is empty without a deadline", () => {
    expect(formatWindowEnd(null)).toBe("");
  });
});

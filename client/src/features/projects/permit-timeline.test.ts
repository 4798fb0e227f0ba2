import { describe, expect, it } from "vitest";
import { latestPermit, orderChanges, orderPermits } from "./permit-timeline";

const permit = (number: string, type: string, issuedOn: string | null) => ({ number, type, issuedOn });

describe("orderPermits", () => {
  it("puts permits oldest first", () => {
    const permits = [
      permit("建字第3", "WORKS_PERMIT", "2025-09-01"),
      permit("选字第1", "SITE_SELECTION_OPINION", "2024-03-01"),
      permit("地字第2", "LAND_USE_PERMIT", "2024-11-20"),
    ];
    expect(orderPermits(permits).map((p) => p.number)).toEqual(["选字第1", "地字第2", "建字第3"]);
  });

  it("orders permits of the same day by their statutory order, then by number", () => {
    const day = "2025-05-06";
    const permits = [
      permit("建字第9", "WORKS_PERMIT", day),
      permit("建字第8", "WORKS_PERMIT", day),
      permit("地字第7", "LAND_USE_PERMIT", day),
    ];
    expect(orderPermits(permits).map((p) => p.number)).toEqual(["地字第7", "建字第8", "建字第9"]);
  });

  it("puts undated permits last and leaves the input alone", () => {
    const permits = [
      permit("核字第5", "VERIFICATION_CERTIFICATE", null),
      permit("建字第4", "WORKS_PERMIT", "2025-01-01"),
    ];
    const ordered = orderPermits(permits);
    expect(ordered.map((p) => p.number)).toEqual(["建字第4", "核字第5"]);
    expect(permits[0]?.number).toBe("核字第5");
  });
});

describe("orderChanges", () => {
  it("lists a permit's changes as they happened", () => {
    const changes = [
      { on: "2026-02-01", note: "注销" },
      { on: null, note: "补录" },
      { on: "2025-08-01", note: "变更建设规模" },
    ];
    expect(orderChanges(changes).map((c) => c.note)).toEqual(["变更建设规模", "注销", "补录"]);
  });
});

describe("latestPermit", () => {
  it("is the most recently issued permit", () => {
    const permits = [
      permit("建字第3", "WORKS_PERMIT", "2025-09-01"),
      permit("核字第4", "VERIFICATION_CERTIFICATE", null),
      permit("地字第2", "LAND_USE_PERMIT", "2024-11-20"),
    ];
    expect(latestPermit(permits)?.number).toBe("建字第3");
  });

  it("is undefined without permits", () => {
    expect(latestPermit([])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { decodeParam } from "./route-params";

describe("decodeParam", () => {
  it("decodes what the URL encoded", () => {
    expect(decodeParam("Q29udGVudA%3D%3D")).toBe("Q29udGVudA==");
    expect(decodeParam("%E6%B0%B4%E5%9F%8E")).toBe("水城");
    expect(decodeParam("t02")).toBe("t02");
  });

  it("keeps a malformed escape and maps missing to empty", () => {
    expect(decodeParam("100%")).toBe("100%");
    expect(decodeParam(undefined)).toBe("");
  });
});

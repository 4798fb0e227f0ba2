import { describe, expect, it } from "vitest";
import { canLoadCalendar } from "./paths";

describe("canLoadCalendar", () => {
  it("is for admins only", () => {
    expect(canLoadCalendar(["ADMIN"])).toBe(true);
    expect(canLoadCalendar(["MAINTAINER", "LEADER"])).toBe(false);
  });
});

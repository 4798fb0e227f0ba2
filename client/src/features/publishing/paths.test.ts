import { describe, expect, it } from "vitest";
import { commentsPath, editPath, idToParam, itemPath, paramToId } from "./paths";

describe("item ids in paths", () => {
  it("round-trips global ids with every base64 character", () => {
    for (const id of ["Q29udGVudEl0ZW06YWJj", "Q29udGVudEl0ZW06YQ==", "Q29udGVudEl0ZW06+/8=", "YQ"]) {
      const param = idToParam(id);
      expect(param).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(paramToId(param)).toBe(id.replace(/=+$/, "") + "=".repeat((4 - (id.replace(/=+$/, "").length % 4)) % 4));
    }
  });

  it("accepts a param the router left percent-encoded", () => {
    expect(paramToId("Q29udGVudEl0ZW06YQ%3D%3D")).toBe("Q29udGVudEl0ZW06YQ==");
  });

  it("builds the staff paths", () => {
    expect(itemPath("Q29u+/A=")).toBe("/staff/items/Q29u-_A");
    expect(editPath("Q29u")).toBe("/staff/items/Q29u/edit");
    expect(commentsPath("Q29u+/A=")).toBe("/staff/items/Q29u-_A/comments");
  });
});

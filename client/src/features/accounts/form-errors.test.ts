import { describe, expect, it } from "vitest";
import { isErrorForField } from "./form-errors";

describe("isErrorForField", () => {
  it("matches a plain or nested field name", () => {
    expect(isErrorForField({ message: "x", field: "password" }, "password")).toBe(true);
    expect(isErrorForField({ message: "x", field: "input.newPassword" }, "newPassword")).toBe(true);
  });

  it("does not match other fields, form-level errors or no error", () => {
    expect(isErrorForField({ message: "x", field: "username" }, "password")).toBe(false);
    expect(isErrorForField({ message: "x", field: "input.currentPassword" }, "password")).toBe(false);
    expect(isErrorForField({ message: "x" }, "password")).toBe(false);
    expect(isErrorForField(null, "password")).toBe(false);
  });
});

import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { errorCode, errorMessage } from "./errors";
import { commonStrings } from "./strings";

function coded(code: string, message = "server text") {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code } }] });
}

describe("errorCode", () => {
  it("reads extensions.code of the first coded error", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: "uncoded" }, { message: "nope", extensions: { code: "FORBIDDEN" } }],
    });
    expect(errorCode(error)).toBe("FORBIDDEN");
  });

  it("classifies a failed fetch as NETWORK", () => {
    const error = new CombinedError({ networkError: new TypeError("Failed to fetch") });
    expect(errorCode(error)).toBe("NETWORK");
  });

  it("treats unknown codes and masked errors as UNKNOWN", () => {
    expect(errorCode(coded("INTERNAL_SERVER_ERROR"))).toBe("UNKNOWN");
    expect(errorCode(new CombinedError({ graphQLErrors: [{ message: "Unexpected error." }] }))).toBe("UNKNOWN");
  });
});

describe("errorMessage", () => {
  it("shows the server message for BAD_USER_INPUT and RATE_LIMITED", () => {
    expect(errorMessage(coded("BAD_USER_INPUT", "用户名或密码错误"))).toBe("用户名或密码错误");
    expect(errorMessage(coded("RATE_LIMITED", "登录尝试过多，请 15 分钟后再试"))).toBe(
      "登录尝试过多，请 15 分钟后再试",
    );
  });

  it("falls back to a fixed message when the server message is blank", () => {
    expect(errorMessage(coded("RATE_LIMITED", "  "))).toBe(commonStrings.errors.rateLimited);
  });

  it("never shows server text for other codes", () => {
    expect(errorMessage(coded("FORBIDDEN", "Not authorized"))).toBe(commonStrings.errors.forbidden);
    expect(errorMessage(coded("UNAUTHENTICATED", "no session"))).toBe(commonStrings.errors.unauthenticated);
    expect(errorMessage(coded("NOT_FOUND", "gone"))).toBe(commonStrings.errors.notFound);
    expect(errorMessage(coded("GONE", "removed"))).toBe(commonStrings.errors.gone);
    expect(errorMessage(new CombinedError({ graphQLErrors: [{ message: "Unexpected error." }] }))).toBe(
      commonStrings.errors.unknown,
    );
  });

  it("explains network failures in Chinese", () => {
    const error = new CombinedError({ networkError: new TypeError("Failed to fetch") });
    expect(errorMessage(error)).toBe(commonStrings.errors.network);
  });
});

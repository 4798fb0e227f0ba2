import { CombinedError } from "@urql/core";
import { describe, expect, it } from "vitest";
import { requestFailure } from "./letters-api";

describe("requestFailure", () => {
  it("carries the wait a rate limit asks for", () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: "操作过于频繁，请 15 分钟后再试", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 900 } },
      ],
    });
    expect(requestFailure(error)).toEqual({
      kind: "rate-limited",
      message: "操作过于频繁，请 15 分钟后再试",
      retryAfterSeconds: 900,
    });
  });

  it("waits a minute when the server gave no time", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: "操作过于频繁", extensions: { code: "RATE_LIMITED" } }],
    });
    expect(requestFailure(error)).toMatchObject({ kind: "rate-limited", retryAfterSeconds: 60 });
  });

  it("tells a network failure from a server error", () => {
    expect(requestFailure(new CombinedError({ networkError: new TypeError("Failed to fetch") }))).toEqual({
      kind: "network",
      message: "无法连接服务器，请检查网络后重试。",
    });
    expect(requestFailure(new CombinedError({ graphQLErrors: [{ message: "Unexpected error." }] }))).toMatchObject({
      kind: "failed",
    });
  });
});

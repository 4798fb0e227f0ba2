import { describe, expect, it } from "vitest";
import { stepError } from "./step-errors";

describe("stepError", () => {
  it("passes the workflow's refusal through with its field", () => {
    expect(stepError({}, { error: { message: "退回时请填写审核意见", field: "opinion" } })).toEqual({
      message: "退回时请填写审核意见",
      field: "opinion",
    });
  });

  it("shows validation and role messages from coded errors", () => {
    const forbidden = { graphQLErrors: [{ message: "需要以下角色之一：信息核查", extensions: { code: "FORBIDDEN" } }] };
    expect(stepError({ error: forbidden }, null)?.message).toBe("需要以下角色之一：信息核查");
    const invalid = {
      graphQLErrors: [{ message: "标题至少 2 个字", extensions: { code: "BAD_USER_INPUT", field: "title" } }],
    };
    expect(stepError({ error: invalid }, null)).toEqual({ message: "标题至少 2 个字", field: "title" });
  });

  it("replaces masked and network errors with the shared wording", () => {
    expect(stepError({ error: { graphQLErrors: [{ message: "Unexpected error." }] } }, null)?.message).toBe(
      "服务器出了点问题，请稍后重试。",
    );
    expect(stepError({ error: { networkError: new Error("x"), graphQLErrors: [] } }, null)?.message).toContain("网络");
  });

  it("is null when the step happened", () => {
    expect(stepError({}, { error: null })).toBeNull();
  });
});

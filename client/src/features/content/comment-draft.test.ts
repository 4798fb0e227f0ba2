import { describe, expect, it } from "vitest";
import { COMMENT_BODY_MAX, commentReducer, newDraft, parseSavedDraft, validateComment } from "./comment-draft";

const filled = { name: "张三", phone: "13800138000", body: "建议增加绿地。" };

describe("commentReducer", () => {
  it("keeps the idempotency key through a failed submission and a retry", () => {
    let draft = newDraft("key-1", filled);
    draft = commentReducer(draft, { type: "submit" });
    expect(draft.status).toBe("submitting");
    draft = commentReducer(draft, { type: "rejected", message: "无法连接服务器，请检查网络后重试。" });
    expect(draft.formError).toBe("无法连接服务器，请检查网络后重试。");
    expect(draft.status).toBe("editing");
    draft = commentReducer(draft, { type: "submit" });
    expect(draft.idempotencyKey).toBe("key-1");
    expect(draft.formError).toBeNull();
  });

  it("starts a new draft with a new key after success", () => {
    const draft = commentReducer(commentReducer(newDraft("key-1", filled), { type: "submit" }), {
      type: "succeeded",
      nextKey: "key-2",
    });
    expect(draft).toMatchObject({
      status: "submitted",
      idempotencyKey: "key-2",
      values: { name: "", phone: "", body: "" },
    });
    expect(commentReducer(draft, { type: "startAnother" }).status).toBe("editing");
  });

  it("puts a server InputError on its field, whatever the path", () => {
    const draft = commentReducer(newDraft("k", filled), {
      type: "rejected",
      message: "联系电话格式不正确",
      field: "input.phone",
    });
    expect(draft.fieldErrors).toEqual({ phone: "联系电话格式不正确" });
    expect(draft.formError).toBeNull();
  });

  it("shows an error for an unknown field on the form", () => {
    const draft = commentReducer(newDraft("k", filled), { type: "rejected", message: "公示期已结束", field: "itemId" });
    expect(draft.formError).toBe("公示期已结束");
    expect(draft.fieldErrors).toEqual({});
  });

  it("clears a field's error when the field is edited", () => {
    let draft = commentReducer(newDraft("k"), { type: "invalid", fieldErrors: { name: "请填写姓名", phone: "x" } });
    draft = commentReducer(draft, { type: "edit", field: "name", value: "李四" });
    expect(draft.fieldErrors).toEqual({ phone: "x" });
    expect(draft.values.name).toBe("李四");
  });
});

describe("validateComment", () => {
  it("accepts a complete comment with a mobile or landline number", () => {
    expect(validateComment(filled)).toEqual({});
    expect(validateComment({ ...filled, phone: "0771-1234567" })).toEqual({});
    expect(validateComment({ ...filled, phone: "+86 138 0013 8000" })).toEqual({});
  });

  it("names each missing field in Chinese", () => {
    expect(validateComment({ name: " ", phone: "", body: "" })).toEqual({
      name: "请填写姓名",
      phone: "请填写联系电话",
      body: "请填写意见内容",
    });
  });

  it("applies the server's length limits", () => {
    expect(validateComment({ ...filled, body: "太短了" }).body).toBe("意见内容至少 5 个字");
    expect(validateComment({ ...filled, name: "名".repeat(41) }).name).toBe("姓名不能超过 40 个字");
    expect(validateComment({ ...filled, name: "名".repeat(40) })).toEqual({});
  });

  it("rejects malformed phone numbers and overlong comments", () => {
    expect(validateComment({ ...filled, phone: "12345" }).phone).toBe("请填写正确的手机号或固定电话");
    expect(validateComment({ ...filled, body: "字".repeat(COMMENT_BODY_MAX + 1) }).body).toBe(
      `意见内容不能超过 ${COMMENT_BODY_MAX} 字`,
    );
  });
});

describe("parseSavedDraft", () => {
  it("reads back a saved draft", () => {
    expect(parseSavedDraft(JSON.stringify({ idempotencyKey: "k", values: filled }))).toEqual({
      idempotencyKey: "k",
      values: filled,
    });
  });

  it("ignores anything malformed", () => {
    expect(parseSavedDraft(null)).toBeNull();
    expect(parseSavedDraft("{oops")).toBeNull();
    expect(parseSavedDraft(JSON.stringify({ values: filled }))).toBeNull();
    expect(parseSavedDraft(JSON.stringify({ idempotencyKey: "k" }))).toBeNull();
    expect(parseSavedDraft(JSON.stringify({ idempotencyKey: "k", values: { name: 3 } }))?.values).toEqual({
      name: "",
      phone: "",
      body: "",
    });
  });
});

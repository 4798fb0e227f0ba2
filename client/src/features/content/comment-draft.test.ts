import { describe, expect, it } from "vitest";
import { COMMENT_LIMITS, commentInput, commentSubject, emptyComment, validateComment } from "./comment-draft";

const filled = {
  ...emptyComment("Q29udGVudEl0ZW06cDE=", "五象新区核心区控制性详细规划草案公示"),
  name: " 张三 ",
  phone: "0771-5551234",
  body: " 建议增加社区公园。 ",
};

describe("validateComment", () => {
  it("accepts a complete comment", () => {
    expect(validateComment(filled)).toEqual({});
  });

  it("asks for each missing field with the server's words", () => {
    expect(validateComment(emptyComment("i", "t"))).toEqual({
      body: "请填写意见内容",
      name: "请填写姓名",
      phone: "请填写联系电话",
    });
  });

  it("checks lengths as a person counts characters, and the phone number", () => {
    expect(validateComment({ ...filled, body: "好好" }).body).toBe(`意见内容至少 ${COMMENT_LIMITS.bodyMin} 个字`);
    expect(validateComment({ ...filled, body: "意".repeat(COMMENT_LIMITS.bodyMax + 1) }).body).toBe(
      `意见内容不能超过 ${COMMENT_LIMITS.bodyMax} 个字`,
    );
    // Five characters, one of them outside the basic plane: still five.
    expect(validateComment({ ...filled, body: "好𠀀好好好" }).body).toBeUndefined();
    expect(validateComment({ ...filled, name: "李".repeat(41) }).name).toBe("姓名不能超过 40 个字");
    expect(validateComment({ ...filled, phone: "12345" }).phone).toBe(
      "请填写正确的手机号码或固定电话（如 13812345678 或 0771-5551234）",
    );
    expect(validateComment({ ...filled, phone: "+86 138 0013 8000" }).phone).toBeUndefined();
  });
});

describe("commentInput", () => {
  it("is what submitPublicityComment takes: trimmed, with the item and the honeypot", () => {
    expect(commentInput({ ...filled, website: "" })).toEqual({
      itemId: "Q29udGVudEl0ZW06cDE=",
      name: "张三",
      phone: "0771-5551234",
      body: "建议增加社区公园。",
      website: "",
    });
  });

  it("names the letter after the publicity, as the server does", () => {
    expect(commentSubject(filled.itemTitle)).toBe("对《五象新区核心区控制性详细规划草案公示》的意见");
  });
});

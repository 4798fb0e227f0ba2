import { describe, expect, it } from "vitest";
import { maskEmail, maskJson, maskName, maskPersonalData, maskPhone } from "./personal-data.js";

describe("masking personal data", () => {
  it("keeps the family name, the phone's ends and the e-mail's first letter and domain", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("张")).toBe("张*");
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("0771-5551234")).toBe("077****1234");
    expect(maskPhone("12345")).toBe("***45");
    expect(maskEmail("zhang@example.com")).toBe("z***@example.com");
    expect(maskEmail("not-an-email")).toBe("n******");
  });

  it("masks every text in the disclosure form's details, keeping its shape", () => {
    expect(
      maskJson({ idType: "身份证", idNumber: "450102199001011234", copies: 2, post: true, items: ["南宁市青秀区"] }),
    ).toEqual({ idType: "身**", idNumber: "4******", copies: 2, post: true, items: ["南*****"] });
  });

  it("leaves erased fields empty", () => {
    expect(maskPersonalData({ name: null, phone: null, email: null, requestDetails: null })).toEqual({
      name: null,
      phone: null,
      email: null,
      requestDetails: null,
    });
  });
});

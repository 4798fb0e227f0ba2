import { describe, expect, it } from "vitest";
import {
  checkAttachment,
  DISCLOSURE_FIELD_ORDER,
  type DisclosureValues,
  disclosureInput,
  emptyDisclosure,
  emptyLetter,
  firstErrorField,
  formFieldOf,
  isResidentId,
  LETTER_FIELD_ORDER,
  type LetterValues,
  letterInput,
  textLength,
  validateDisclosure,
  validateLetter,
} from "./letter-form";

const letter: LetterValues = {
  ...emptyLetter(),
  type: "COMPLAINT",
  subject: "夜间施工噪音扰民",
  body: "五象大道某工地连续多晚施工到凌晨两点，严重影响周边居民休息。",
  name: "李四",
  phone: "138 0013 8000",
};

// A valid resident ID (check digit computed by GB 11643-1999).
const RESIDENT_ID = "11010519491231002X";

const request: DisclosureValues = {
  ...emptyDisclosure(),
  name: "王五",
  idType: "RESIDENT_ID",
  idNumber: RESIDENT_ID,
  phone: "0771-5551234",
  informationTitle: "五象新区控制性详细规划批复文件",
  description: "请提供五象新区核心区控制性详细规划的批复文件及附图。",
  format: "ELECTRONIC",
  delivery: "EMAIL",
  email: "wang@example.com",
};

describe("validateLetter", () => {
  it("accepts a complete letter; email is optional", () => {
    expect(validateLetter(letter)).toEqual({});
    expect(validateLetter({ ...letter, phone: "0771-5551234" })).toEqual({});
  });

  it("names every missing field in Chinese", () => {
    expect(validateLetter(emptyLetter())).toEqual({
      type: "请选择来信类型",
      subject: "请填写标题",
      body: "请填写来信内容",
      name: "请填写姓名",
      phone: "请填写联系电话",
    });
  });

  it("applies the server's limits, counting characters as people do", () => {
    expect(validateLetter({ ...letter, subject: "噪音" }).subject).toBe("标题至少 4 个字");
    expect(validateLetter({ ...letter, subject: "字".repeat(61) }).subject).toBe("标题不能超过 60 个字");
    expect(validateLetter({ ...letter, subject: "字".repeat(60) })).toEqual({});
    expect(validateLetter({ ...letter, body: "太短了" }).body).toBe("来信内容至少 10 个字");
    expect(validateLetter({ ...letter, body: "字".repeat(5001) }).body).toBe("来信内容不能超过 5000 个字");
    expect(textLength("𠀀𠀀  ")).toBe(2);
  });

  it("checks the phone number and the email's shape", () => {
    expect(validateLetter({ ...letter, phone: "12345" }).phone).toMatch(/正确的手机号码或固定电话/);
    expect(validateLetter({ ...letter, email: "not-an-email" }).email).toBe("请填写正确的电子邮箱，或留空");
    expect(validateLetter({ ...letter, email: "li@example.com" })).toEqual({});
  });
});

describe("validateDisclosure", () => {
  it("accepts a complete request from a citizen", () => {
    expect(validateDisclosure(request)).toEqual({});
  });

  it("checks the resident ID's check digit", () => {
    expect(isResidentId(RESIDENT_ID)).toBe(true);
    expect(isResidentId("110105194912310021")).toBe(false);
    expect(validateDisclosure({ ...request, idNumber: "110105194912310021" }).idNumber).toMatch(/校验位/);
    expect(validateDisclosure({ ...request, idType: "PASSPORT", idNumber: "E12345678" })).toEqual({});
  });

  it("asks organisations for their credit code instead of an ID", () => {
    const organisation = { ...request, applicantType: "ORGANISATION" as const, idNumber: "", name: "某某规划设计院" };
    expect(validateDisclosure(organisation).organisationCode).toBe("请填写统一社会信用代码");
    expect(validateDisclosure({ ...organisation, organisationCode: "91450100MA5KOOOO1Y" }).organisationCode).toMatch(
      /18 位/,
    );
    expect(validateDisclosure({ ...organisation, organisationCode: "91450100MA5K12345Y" })).toEqual({});
  });

  it("ties the contact details to the delivery chosen", () => {
    expect(validateDisclosure({ ...request, email: "" }).email).toBe("选择电子邮件获取时，请填写电子邮箱");
    expect(validateDisclosure({ ...request, format: "PAPER" }).delivery).toMatch(/纸质信息不能通过电子邮件获取/);
    expect(validateDisclosure({ ...request, delivery: "POST" }).address).toBe("选择邮寄时，请填写通信地址");
    expect(validateDisclosure({ ...request, delivery: "POST", address: "南宁市青秀区民族大道 1 号" })).toEqual({});
    expect(validateDisclosure({ ...request, postcode: "5300" }).postcode).toBe("邮政编码应为 6 位数字");
  });

  it("requires the form and the delivery to be chosen", () => {
    const errors = validateDisclosure({ ...request, format: "", delivery: "" });
    expect(errors.format).toBe("请选择提供形式");
    expect(errors.delivery).toBe("请选择获取方式");
    expect(firstErrorField(errors, DISCLOSURE_FIELD_ORDER)).toBe("format");
  });
});

describe("inputs", () => {
  it("trims and leaves empty optional fields out", () => {
    expect(letterInput({ ...letter, subject: "  夜间施工噪音扰民 ", email: " " })).toEqual({
      type: "COMPLAINT",
      subject: "夜间施工噪音扰民",
      body: letter.body,
      name: "李四",
      phone: "138 0013 8000",
      email: null,
      mayPublish: false,
      website: "",
    });
  });

  it("sends only the applicant fields of the applicant type chosen", () => {
    const citizen = disclosureInput({ ...request, organisationCode: "91450100MA5K12345Y", contactName: "赵六" });
    expect(citizen).toMatchObject({
      idType: "RESIDENT_ID",
      idNumber: RESIDENT_ID,
      organisationCode: null,
      contactName: null,
    });
    const organisation = disclosureInput({
      ...request,
      applicantType: "ORGANISATION",
      organisationCode: "91450100MA5K12345Y",
      contactName: "赵六",
    });
    expect(organisation).toMatchObject({ idType: null, idNumber: null, organisationCode: "91450100MA5K12345Y" });
  });

  it("passes the honeypot's value on as it is", () => {
    expect(letterInput({ ...letter, website: "http://spam.example" }).website).toBe("http://spam.example");
  });
});

describe("server fields", () => {
  it("maps the server's field names onto the form", () => {
    expect(formFieldOf("input.phone", LETTER_FIELD_ORDER)).toBe("phone");
    expect(formFieldOf("attachmentIds", LETTER_FIELD_ORDER)).toBe("attachments");
    expect(formFieldOf("altcha", LETTER_FIELD_ORDER)).toBeNull();
    expect(formFieldOf(null, LETTER_FIELD_ORDER)).toBeNull();
    expect(formFieldOf("idNumber", DISCLOSURE_FIELD_ORDER)).toBe("idNumber");
  });
});

describe("checkAttachment", () => {
  const MB = 1024 * 1024;
  it("takes images and PDF up to 10 MB", () => {
    expect(checkAttachment({ name: "现场.jpg", type: "image/jpeg", size: 3 * MB })).toBeNull();
    expect(checkAttachment({ name: "材料.pdf", type: "application/pdf", size: 10 * MB })).toBeNull();
    // Some phones give no MIME type: the extension decides.
    expect(checkAttachment({ name: "IMG_0001.JPG", type: "", size: MB })).toBeNull();
  });

  it("says why a file cannot be attached", () => {
    expect(checkAttachment({ name: "说明.docx", type: "application/msword", size: MB })).toMatch(/不是图片或 PDF/);
    expect(checkAttachment({ name: "大图.png", type: "image/png", size: 10 * MB + 1 })).toMatch(/超过 10 MB/);
    expect(checkAttachment({ name: "空.pdf", type: "application/pdf", size: 0 })).toMatch(/空文件/);
  });
});

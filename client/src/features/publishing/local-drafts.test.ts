import { describe, expect, it } from "vitest";
import { type DraftFields, draftKey, fieldsSignature, shouldOfferRestore } from "./local-drafts";

const fields: DraftFields = {
  kind: "NEWS",
  columnSlug: "news",
  title: "邕江南岸滨水公园规划方案出炉",
  summary: "",
  body: "<p>正文</p>",
  tags: "",
  important: false,
  catalogCode: "",
  documentNumber: "",
  issuingOrgan: "",
  publicityType: "",
  major: false,
  changeNote: "",
  coverImageUrl: "",
  attachments: [],
};

describe("local drafts", () => {
  it("keys drafts by user and item", () => {
    expect(draftKey("u1", null)).toBe("u1:new");
    expect(draftKey("u1", "Q29u")).toBe("u1:Q29u");
  });

  it("compares fields whatever their order", () => {
    const reordered = Object.fromEntries(Object.entries(fields).reverse()) as unknown as DraftFields;
    expect(fieldsSignature(reordered)).toBe(fieldsSignature(fields));
  });

  it("offers the device's copy only when it differs from the server's", () => {
    const local = {
      fields: { ...fields, body: "<p>正文，离线时补充的一段</p>" },
      savedAt: "2026-03-02T01:00:00Z",
      baseRevisionId: "r1",
    };
    expect(shouldOfferRestore(local, fields)).toBe(true);
    expect(shouldOfferRestore({ ...local, fields }, fields)).toBe(false);
    expect(shouldOfferRestore(null, fields)).toBe(false);
  });
});

// The canonical form is what the live-page check hashes: it must not depend on key order, and
// revisions without details must keep the hash they were written with.
import { describe, expect, it } from "vitest";
import { canonicalRevisionHash, canonicalRevisionJson } from "./revision.js";

const base = { title: "邕江南岸滨水公园", body: "<p>正文</p>", tags: ["滨水"] };

describe("canonical revision content", () => {
  it("leaves revisions without details exactly as before", () => {
    expect(canonicalRevisionJson({ ...base, details: null })).toBe(
      '{"title":"邕江南岸滨水公园","summary":null,"body":"<p>正文</p>","coverImageUrl":null,"videoUrl":null,"attachments":[],"tags":["滨水"]}',
    );
    expect(canonicalRevisionHash({ ...base, details: undefined })).toBe(canonicalRevisionHash(base));
  });

  it("hashes details whatever order their keys were stored in, and changes with them", () => {
    const a = { code: "2026-0001", permits: [{ number: "建字第1号", issuedOn: "2026-03-02" }] };
    const b = { permits: [{ issuedOn: "2026-03-02", number: "建字第1号" }], code: "2026-0001" };
    expect(canonicalRevisionHash({ ...base, details: a })).toBe(canonicalRevisionHash({ ...base, details: b }));
    expect(canonicalRevisionHash({ ...base, details: a })).not.toBe(canonicalRevisionHash(base));
    expect(canonicalRevisionHash({ ...base, details: { ...a, code: "2026-0002" } })).not.toBe(
      canonicalRevisionHash({ ...base, details: a }),
    );
  });
});

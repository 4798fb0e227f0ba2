import { describe, expect, it } from "vitest";
import { rfc5987 } from "./media.http.js";
import { downloadName, limitFor } from "./media.service.js";
import { type MediaType, streamingKindOf } from "./media-types.js";

const PDF: MediaType = { kind: "DOCUMENT", ext: "pdf", mime: "application/pdf", names: ["pdf"] };
const JPEG: MediaType = { kind: "IMAGE", ext: "jpg", mime: "image/jpeg", names: ["jpg", "jpeg"] };
const MB = 1024 * 1024;

describe("downloadName", () => {
  it("keeps a Chinese name and drops folders and control characters", () => {
    expect(downloadName("C:\\Users\\王工\\规划公示.pdf", PDF)).toBe("规划公示.pdf");
    expect(downloadName("../../etc/通知\u0000\r\n.pdf", PDF)).toBe("通知.pdf");
  });

  it("makes a document's name end in what it really is; images keep theirs", () => {
    expect(downloadName("会议纪要.doc", PDF)).toBe("会议纪要.doc.pdf");
    expect(downloadName("会议纪要.PDF", PDF)).toBe("会议纪要.PDF");
    expect(downloadName("", PDF)).toBe("文件.pdf");
    expect(downloadName("照片.png", JPEG)).toBe("照片.png");
  });

  it("shortens long names by whole characters, keeping the extension", () => {
    const name = downloadName(`${"规".repeat(300)}.pdf`, PDF);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith("规.pdf")).toBe(true);
    expect(downloadName(`${"😀".repeat(300)}.pdf`, PDF)).not.toMatch(/\uFFFD/);
  });
});

describe("limits", () => {
  it("applies the per-kind limit under the instance-wide cap", () => {
    expect(limitFor("IMAGE", 200 * MB)).toBe(20 * MB);
    expect(limitFor("DOCUMENT", 200 * MB)).toBe(50 * MB);
    expect(limitFor("VIDEO", 200 * MB)).toBe(200 * MB);
    expect(limitFor("VIDEO", 100 * MB)).toBe(100 * MB);
  });

  it("guesses the kind from the first bytes while streaming", () => {
    expect(streamingKindOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe("IMAGE");
    expect(streamingKindOf(Buffer.from("\x89PNG\r\n\x1a\n0000", "latin1"))).toBe("IMAGE");
    expect(streamingKindOf(Buffer.from("RIFF0000WEBP", "latin1"))).toBe("IMAGE");
    expect(streamingKindOf(Buffer.from("\0\0\0\x18ftypisom", "latin1"))).toBe("VIDEO");
    expect(streamingKindOf(Buffer.from("%PDF-1.7\n", "latin1"))).toBe("DOCUMENT");
    expect(streamingKindOf(Buffer.alloc(0))).toBe("DOCUMENT");
  });
});

describe("rfc5987", () => {
  it("percent-encodes everything but attr-chars", () => {
    expect(rfc5987("规划(2021)'s*.pdf")).toBe("%E8%A7%84%E5%88%92%282021%29%27s%2A.pdf");
  });
});

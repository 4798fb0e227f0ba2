import { describe, expect, it } from "vitest";
import { parseAttachmentResponse } from "./attachment-upload";

const json = (value: unknown) => JSON.stringify(value);

describe("parseAttachmentResponse", () => {
  it("takes the id of a stored upload", () => {
    expect(
      parseAttachmentResponse(201, json({ id: "ABC123", name: "a.webp", size: 10, mimeType: "image/webp" })),
    ).toEqual({
      ok: true,
      id: "ABC123",
    });
  });

  it("returns a refused file to the writer with the server's message", () => {
    expect(
      parseAttachmentResponse(
        415,
        json({ error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "只能上传图片（JPEG、PNG、WebP、GIF）或 PDF 文件" } }),
      ),
    ).toEqual({
      ok: false,
      retryable: false,
      message: "只能上传图片（JPEG、PNG、WebP、GIF）或 PDF 文件",
    });
    expect(parseAttachmentResponse(413, "")).toEqual({
      ok: false,
      retryable: false,
      message: "附件过大：每个文件最大 10 MB",
    });
  });

  it("tries again later after a network failure, a server error or a rate limit", () => {
    expect(parseAttachmentResponse(0, "")).toMatchObject({ ok: false, retryable: true });
    expect(parseAttachmentResponse(502, "<html>")).toMatchObject({ ok: false, retryable: true });
    expect(parseAttachmentResponse(429, json({ error: { message: "上传过于频繁，请 5 分钟后再试" } }), "300")).toEqual({
      ok: false,
      retryable: true,
      message: "上传过于频繁，请 5 分钟后再试",
      retryAfterSeconds: 300,
    });
  });

  it("does not take an HTML page for an upload", () => {
    expect(parseAttachmentResponse(200, "<!doctype html>")).toMatchObject({ ok: false, retryable: true });
  });
});

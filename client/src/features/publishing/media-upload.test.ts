import { describe, expect, it } from "vitest";
import { formatFileSize } from "./attachments";
import { isSupportedImage, parseUploadResponse } from "./media-upload";

const JSON_TYPE = "application/json; charset=utf-8";

describe("parseUploadResponse", () => {
  it("reads the uploaded file", () => {
    const body = {
      id: "m1",
      url: "/media/m1.webp",
      mimeType: "image/webp",
      size: 2048,
      width: 800,
      height: 600,
      name: "图.png",
    };
    expect(parseUploadResponse(201, JSON_TYPE, JSON.stringify(body))).toEqual({ ok: true, media: body });
  });

  it("keeps missing image dimensions as null (attachments have none)", () => {
    const body = { id: "m2", url: "/media/a.pdf", mimeType: "application/pdf", size: 10, name: "a.pdf" };
    const result = parseUploadResponse(201, JSON_TYPE, JSON.stringify(body));
    expect(result.ok && result.media.width).toBeNull();
  });

  it("shows the server's Chinese message", () => {
    expect(parseUploadResponse(400, JSON_TYPE, JSON.stringify({ message: "不支持的文件类型" }))).toEqual({
      ok: false,
      message: "不支持的文件类型",
    });
    expect(parseUploadResponse(400, JSON_TYPE, JSON.stringify({ error: { message: "文件已损坏" } }))).toEqual({
      ok: false,
      message: "文件已损坏",
    });
  });

  it("explains a missing endpoint, including the SPA fallback's HTML", () => {
    expect(parseUploadResponse(404, "text/plain", "Not Found")).toMatchObject({
      ok: false,
      message: expect.stringContaining("暂不可用"),
    });
    expect(parseUploadResponse(200, "text/html", "<!doctype html>")).toMatchObject({
      ok: false,
      message: expect.stringContaining("暂不可用"),
    });
  });

  it("explains size limits, expired sessions and network failures", () => {
    expect(parseUploadResponse(413, null, "")).toMatchObject({ message: "文件过大，无法上传。" });
    expect(parseUploadResponse(401, JSON_TYPE, "{}")).toMatchObject({ message: expect.stringContaining("登录") });
    expect(parseUploadResponse(0, null, "")).toMatchObject({ message: expect.stringContaining("网络") });
    expect(parseUploadResponse(500, JSON_TYPE, "not json")).toMatchObject({ message: "上传失败，请重试。" });
  });
});

describe("file helpers", () => {
  it("accepts raster images only", () => {
    expect(isSupportedImage({ type: "image/png" })).toBe(true);
    expect(isSupportedImage({ type: "image/svg+xml" })).toBe(false);
  });

  it("formats sizes", () => {
    expect(formatFileSize(800)).toBe("800 B");
    expect(formatFileSize(350 * 1024)).toBe("350 KB");
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe("1.3 MB");
  });
});

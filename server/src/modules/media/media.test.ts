import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestRole } from "../../../test/helpers.js";
import { createHttpServer } from "../../http.js";
import { createSession, SESSION_COOKIE } from "../accounts/session.service.js";
import { createMediaHandler } from "./media.http.js";
import { MediaStore } from "./media.store.js";
import { compoundFile, docx, jpegWithGps, mp4, pdf, png, storedZip } from "./test-fixtures.js";

const MB = 1024 * 1024;
/** A small cap (MAX_UPLOAD_MB=2) so "too large" needs only a few megabytes. */
const MAX_UPLOAD_BYTES = 2 * MB;

let t: Awaited<ReturnType<typeof createTestApp>>;
let base = "";
let server: http.Server;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-media-"));
const cookies = new Map<TestRole, Promise<string>>();

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  const store = await MediaStore.open(mediaDir);
  const media = createMediaHandler({ services: t.services, store, maxUploadBytes: MAX_UPLOAD_BYTES });
  server = createHttpServer({ app: t.app, db: t.db, clientDist: mediaDir, log: t.services.log, media });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(mediaDir, { recursive: true, force: true });
  await t.close();
});

/** A signed-in staff member with one role (a session made directly: sign-in is tested elsewhere). */
function cookieOf(role: TestRole): Promise<string> {
  let cookie = cookies.get(role);
  if (!cookie) {
    cookie = (async () => {
      const user = await t.prisma.user.create({
        data: { username: `media-${role.toLowerCase()}`, displayName: `测试${role}`, passwordHash: "-", roles: [role] },
      });
      const { token } = await createSession(t.prisma, t.clock, user.id, { ip: null, userAgent: null });
      return `${SESSION_COOKIE}=${token}`;
    })();
    cookies.set(role, cookie);
  }
  return cookie;
}

interface UploadAnswer {
  status: number;
  body: {
    id: string;
    url: string;
    kind: string;
    mimeType: string;
    size: number;
    width: number | null;
    height: number | null;
    name: string;
    error?: { code: string; message: string };
  };
}

async function upload(
  bytes: Uint8Array,
  name: string,
  options: { as?: TestRole | null; csrf?: boolean; headers?: Record<string, string> } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  // The client's claimed type is deliberately wrong: the server must not care.
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/png" }), name);
  const role = options.as === undefined ? "EDITOR" : options.as;
  const headers: Record<string, string> = { ...options.headers };
  if (role) headers.cookie = await cookieOf(role);
  if (options.csrf ?? true) headers["x-graphql-yoga-csrf"] = "1";
  const response = await fetch(`${base}/media`, { method: "POST", body: form, headers });
  return { status: response.status, body: await response.json() };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${url}`, { headers });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

const lastAudit = () => t.prisma.auditEntry.findFirst({ where: { action: "media.upload" }, orderBy: { at: "desc" } });

describe("POST /media: who may upload", () => {
  it("refuses anonymous uploads with 401 and audits the refusal", async () => {
    const { status, body } = await upload(await png(10, 10), "a.png", { as: null });
    expect(status).toBe(401);
    expect(body.error?.message).toBe("请先登录后再上传文件");
    expect(await lastAudit()).toMatchObject({
      outcome: "DENIED",
      actorId: null,
      detail: { reason: "UNAUTHENTICATED" },
    });
    // Announcing a huge body changes nothing: the answer comes without reading it.
    const huge = await rawRequest({
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(1e10),
      "x-graphql-yoga-csrf": "1",
    });
    expect(huge.status).toBe(401);
  });

  it("refuses a request without the CSRF header, or from another origin, with 403", async () => {
    const noHeader = await upload(await png(10, 10), "a.png", { csrf: false });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error?.code).toBe("CSRF");
    const crossSite = await upload(await png(10, 10), "a.png", { headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(await lastAudit()).toMatchObject({ outcome: "DENIED", actorName: expect.any(String) });
    const sameOrigin = await upload(await png(11, 10), "a.png", { headers: { origin: base } });
    expect(sameOrigin.status).toBe(201);
  });

  it("lets editors and the other publishing roles upload, but not letter handlers (yet)", async () => {
    expect((await upload(await png(12, 10), "a.png", { as: "HANDLER" })).status).toBe(403);
    for (const role of ["CHECKER", "DEPT_HEAD", "LEADER", "MAINTAINER", "ADMIN"] as const) {
      expect((await upload(await png(13, 10, "#333"), "a.png", { as: role })).status, role).toBeLessThan(300);
    }
  });
});

describe("POST /media: images", () => {
  it("re-encodes a PNG to WebP and serves it for ever under its content hash", async () => {
    const { status, body } = await upload(await png(300, 200), "总体规划图.png");
    expect(status).toBe(201);
    expect(body).toMatchObject({
      kind: "IMAGE",
      mimeType: "image/webp",
      width: 300,
      height: 200,
      name: "总体规划图.png",
    });
    expect(body.url).toMatch(/^\/media\/[a-f0-9]{64}\.webp$/);

    const { response, bytes } = await get(body.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(bytes.length).toBe(body.size);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: "webp", width: 300, height: 200 });

    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[a-f0-9]{64}"$/);
    expect((await get(body.url, { "if-none-match": etag })).response.status).toBe(304);

    expect(await lastAudit()).toMatchObject({
      outcome: "SUCCESS",
      targetType: "MediaAsset",
      targetId: body.id,
      detail: { name: "总体规划图.png", size: body.size, type: "image/webp" },
    });
  });

  it("strips EXIF (GPS, camera) from a JPEG and turns it upright", async () => {
    const jpeg = await jpegWithGps(60, 40);
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const { status, body } = await upload(jpeg, "现场照片.jpg");
    expect(status).toBe(201);
    // Orientation 6 (rotate 90°): the stored image is 40 × 60 and upright, so no orientation left.
    expect([body.width, body.height]).toEqual([40, 60]);
    const { bytes } = await get(body.url);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 40, height: 60 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(bytes.includes("PlanPortTestCam")).toBe(false);
    expect(bytes.includes("Secret-Serial")).toBe(false);
  });

  it("stores the same file once: a second upload answers with the same asset", async () => {
    const image = await png(50, 50, "#abcdef");
    const first = await upload(image, "一.png");
    const second = await upload(image, "二.png");
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.name).toBe("一.png");
    expect(await t.prisma.mediaAsset.count({ where: { sha256: first.body.url.slice(7, 71) } })).toBe(1);
    expect(await lastAudit()).toMatchObject({ targetId: first.body.id, detail: { deduplicated: true } });
  });

  it("writes the bytes again when a stored file has gone missing and is uploaded anew", async () => {
    const document = pdf(3000, "restore");
    const { body } = await upload(document, "恢复.pdf");
    const file = path.join(mediaDir, "originals", body.url.slice(7, 9), body.url.slice(7));
    fs.rmSync(file);
    expect((await get(body.url)).response.status).toBe(404);
    const again = await upload(document, "恢复.pdf");
    expect([again.status, again.body.id]).toEqual([200, body.id]);
    expect((await get(body.url)).bytes.equals(document)).toBe(true);
  });

  it("records one asset when the same new file arrives twice at once", async () => {
    const image = await png(64, 48, "#13579b");
    const [a, b] = await Promise.all([upload(image, "a.png"), upload(image, "b.png")]);
    expect(a.body.id).toBe(b.body.id);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
  });

  it("keeps animated GIFs animated", async () => {
    const gif = await sharp({
      // Noise, because the GIF encoder merges identical frames.
      create: {
        width: 40,
        height: 90,
        channels: 3,
        background: "#ff0000",
        noise: { type: "gaussian", sigma: 40 },
        pageHeight: 30,
      },
    })
      .gif()
      .toBuffer();
    const { status, body } = await upload(gif, "动图.gif");
    expect(status).toBe(201);
    expect([body.width, body.height]).toEqual([40, 30]);
    const { bytes } = await get(body.url);
    expect(await sharp(bytes, { animated: true }).metadata()).toMatchObject({ format: "webp", pages: 3 });
  });

  it("makes smaller WebP variants on request, from a fixed set of widths", async () => {
    const { body } = await upload(await png(1000, 500, "#224466"), "wide.png");
    const small = await get(`${body.url}?w=320`);
    expect(small.response.status).toBe(200);
    expect(small.response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(small.response.headers.get("etag")).toMatch(/-w320"$/);
    expect(await sharp(small.bytes).metadata()).toMatchObject({ format: "webp", width: 320, height: 160 });
    // Cached on disk after the first request; the second is the same bytes.
    expect((await get(`${body.url}?w=320`)).bytes.equals(small.bytes)).toBe(true);
    expect((await get(`${body.url}?w=500`)).response.status).toBe(400);
    // Never enlarged: wider than the image means the image itself.
    const large = await get(`${body.url}?w=1280`);
    expect(await sharp(large.bytes).metadata()).toMatchObject({ width: 1000 });
  });
});

describe("POST /media: what is refused", () => {
  it("refuses SVG (scripts) with 415", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const { status, body } = await upload(Buffer.from(svg), "logo.svg");
    expect(status).toBe(415);
    expect(body.error?.message).toContain("SVG");
    expect(await lastAudit()).toMatchObject({
      outcome: "FAILURE",
      detail: { name: "logo.svg", reason: "UNSUPPORTED_MEDIA_TYPE" },
    });
  });

  it("refuses HTML named .pdf with 415, naming the types it accepts", async () => {
    const html = "<!doctype html><html><body><script>document.cookie</script></body></html>";
    const { status, body } = await upload(Buffer.from(html), "通知.pdf");
    expect(status).toBe(415);
    expect(body.error?.message).toMatch(/JPEG.*PNG.*PDF.*MP4/);
  });

  it("refuses files over the limit with 413, while streaming and from Content-Length alike", async () => {
    // Just over the cap: Content-Length is within the multipart slack, so the stream is cut.
    const streamed = await upload(pdf(MAX_UPLOAD_BYTES + 1024), "big.pdf");
    expect(streamed.status).toBe(413);
    expect(streamed.body.error?.message).toBe("文件过大：文档最大 2 MB");
    expect(await lastAudit()).toMatchObject({ outcome: "FAILURE", detail: { reason: "PAYLOAD_TOO_LARGE" } });
    // Far over: refused from the headers, before any byte of the body is read.
    const answer = await rawRequest({
      "content-type": "multipart/form-data; boundary=x",
      "content-length": String(50 * MB),
      cookie: await cookieOf("EDITOR"),
      "x-graphql-yoga-csrf": "1",
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toBe("文件过大：最大 2 MB");
    expect(fs.readdirSync(path.join(mediaDir, "tmp"))).toEqual([]);
  });

  it("refuses macro-enabled and unknown compound files, and a request without a file", async () => {
    const docm = storedZip({
      "[Content_Types].xml":
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    });
    expect((await upload(docm, "宏.docm")).status).toBe(415);
    expect((await upload(compoundFile(["\u0005SummaryInformation"]), "setup.msi")).status).toBe(415);
    const response = await fetch(`${base}/media`, {
      method: "POST",
      body: new FormData(),
      headers: { cookie: await cookieOf("EDITOR"), "x-graphql-yoga-csrf": "1" },
    });
    expect(response.status).toBe(400);
  });
});

describe("documents and video", () => {
  it("serves documents as downloads under their Chinese name", async () => {
    const { status, body } = await upload(pdf(5000), "南宁市国土空间总体规划（2021—2035年）公示.pdf");
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: "DOCUMENT", mimeType: "application/pdf", size: 5000, width: null });
    expect(body.url).toMatch(/^\/media\/[a-f0-9]{64}\.pdf$/);
    const { response } = await get(body.url);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(disposition.split("''")[1] ?? "")).toBe("南宁市国土空间总体规划（2021—2035年）公示.pdf");
  });

  it("names a download after what the file really is", async () => {
    const word = await upload(docx(), "会议纪要.pdf");
    expect(word.body).toMatchObject({
      name: "会议纪要.pdf.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    expect(word.body.url).toMatch(/\.docx$/);
    const doc = await upload(compoundFile(["WordDocument", "1Table"]), "旧版公文.doc");
    expect(doc.body).toMatchObject({ name: "旧版公文.doc", mimeType: "application/msword" });
    const xls = await upload(compoundFile(["Workbook"]), "统计表");
    expect(xls.body).toMatchObject({ name: "统计表.xls", mimeType: "application/vnd.ms-excel" });
  });

  it("answers Range requests with 206 and exactly those bytes", async () => {
    const video = mp4(100_000);
    const { status, body } = await upload(video, "宣传片.mp4");
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: "VIDEO", mimeType: "video/mp4", size: video.length });

    const part = await get(body.url, { range: "bytes=1000-1999" });
    expect(part.response.status).toBe(206);
    expect(part.response.headers.get("content-range")).toBe(`bytes 1000-1999/${video.length}`);
    expect(part.response.headers.get("content-length")).toBe("1000");
    expect(part.bytes.equals(video.subarray(1000, 2000))).toBe(true);

    const tail = await get(body.url, { range: "bytes=-24" });
    expect(tail.bytes.equals(video.subarray(video.length - 24))).toBe(true);
    const open = await get(body.url, { range: `bytes=${video.length - 10}-` });
    expect(open.bytes.equals(video.subarray(video.length - 10))).toBe(true);

    const beyond = await get(body.url, { range: `bytes=${video.length}-` });
    expect(beyond.response.status).toBe(416);
    expect(beyond.response.headers.get("content-range")).toBe(`bytes */${video.length}`);
    // A stale If-Range gets the whole (current) file instead of a range of something else.
    const stale = await get(body.url, { range: "bytes=0-9", "if-range": '"old"' });
    expect([stale.response.status, stale.bytes.length]).toEqual([200, video.length]);
  });
});

describe("GET /media: only stored names", () => {
  it("answers 404 for unknown names and anything that is not a content hash", async () => {
    const unknown = `/media/${"0".repeat(64)}.webp`;
    for (const url of [unknown, "/media/abc.webp", "/media/..%2F..%2Fpackage.json", "/media/tmp", "/media/"]) {
      expect((await get(url)).response.status, url).toBe(404);
    }
    // Encoded slashes survive URL parsing (plain "../" is resolved before routing, out of /media).
    const raw = await rawRequest({}, "GET", "/media/%2e%2e%2f%2e%2e%2fpackage.json");
    expect(raw.status).toBe(404);
  });
});

/** An HTTP request as sent, without fetch's normalisation or body. */
function rawRequest(headers: Record<string, string>, method = "POST", pathname = "/media") {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(`${base}${pathname}`, { method, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    // For the oversized request: headers only. The server answers without waiting for the body.
    if (method === "POST") request.flushHeaders();
    else request.end();
  });
}

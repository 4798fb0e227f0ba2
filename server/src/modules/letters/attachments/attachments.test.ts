import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../../test/helpers.js";
import { DAY } from "../../../clock.js";
import type { Role } from "../../../generated/prisma/enums.js";
import { createHttpServer } from "../../../http.js";
import { createSession, SESSION_COOKIE } from "../../accounts/session.service.js";
import { createMediaHandler } from "../../media/media.http.js";
import { MediaStore } from "../../media/media.store.js";
import { jpegWithGps, pdf, png } from "../../media/test-fixtures.js";
import { LIMITS } from "../abuse/rate-limit.js";
import { purgeCitizenLeftovers } from "../citizen/citizen.jobs.js";
import { letterFields, newKey, SUBMIT_LETTER, type SubmitData, solvedChallenge } from "../citizen/test-fixtures.js";
import { createLetterAttachmentHandler } from "./attachments.http.js";

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: http.Server;
let base = "";
let store: MediaStore;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-letter-files-"));

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  store = await MediaStore.open(path.join(dir, "private-letters"));
  const media = createMediaHandler({
    services: t.services,
    store: await MediaStore.open(dir),
    maxUploadBytes: 50 * 1024 * 1024,
  });
  const letterAttachments = createLetterAttachmentHandler({ services: t.services, store });
  server = createHttpServer({ app: t.app, db: t.db, clientDist: dir, log: t.services.log, media, letterAttachments });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

let nextIp = 1;
const freshIp = () => `192.0.2.${nextIp++}`;

interface Uploaded {
  status: number;
  body: { id: string; name: string; size: number; mimeType: string; error?: { code: string; message: string } };
}

async function upload(bytes: Uint8Array, name: string, headers: Record<string, string> = {}): Promise<Uploaded> {
  const form = new FormData();
  // The browser's claimed type is a lie on purpose: only the bytes count.
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), name);
  const response = await fetch(`${base}/letters/attachments`, {
    method: "POST",
    body: form,
    headers: { "x-graphql-yoga-csrf": "1", "x-forwarded-for": freshIp(), ...headers },
  });
  return { status: response.status, body: await response.json() };
}

/** A Windows executable's first bytes ("MZ", the PE header offset, "PE\0\0"). */
function exe(): Buffer {
  const bytes = Buffer.alloc(1024);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
}

async function staffCookie(roles: Role[], departmentId: string | null = null) {
  const user = await t.prisma.user.create({
    data: {
      username: `att-${Math.random().toString(36).slice(2)}`,
      displayName: "测试",
      passwordHash: "-",
      roles,
      departmentId,
    },
  });
  const { token } = await createSession(t.prisma, t.clock, user.id, { ip: null, userAgent: null });
  return { cookie: `${SESSION_COOKIE}=${token}`, userId: user.id };
}

async function submitWith(attachmentIds: string[]) {
  return t.request<SubmitData>(
    SUBMIT_LETTER,
    { input: letterFields({ attachmentIds, altcha: await solvedChallenge(t) }), key: newKey() },
    { "x-forwarded-for": freshIp() },
  );
}

describe("POST /letters/attachments", () => {
  it("re-encodes a photo to WebP without its EXIF and GPS position, and keeps it out of /media", async () => {
    const { status, body } = await upload(await jpegWithGps(640, 480), "现场照片.jpg");
    expect(status).toBe(201);
    expect(body).toMatchObject({ name: "现场照片.jpg", mimeType: "image/webp" });
    expect(body.id).toMatch(/^[0-9A-Z]{32}$/);

    const row = await t.prisma.letterAttachment.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.letterId).toBeNull();
    const stored = fs.readFileSync(store.originalPath(row.storedName));
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from("PlanPortTestCam"))).toBe(false);
    expect(stored.includes(Buffer.from("Secret-Serial-12345"))).toBe(false);
    // Upright: the EXIF orientation (rotate 90°) was applied before it was dropped.
    expect([meta.width, meta.height]).toEqual([480, 640]);

    // Not reachable through the public media route under any name.
    for (const name of [row.storedName, `${row.sha256}.webp`]) {
      expect((await fetch(`${base}/media/${name}`)).status).toBe(404);
    }
  });

  it("accepts a PDF as it is", async () => {
    const { status, body } = await upload(pdf(2048), "户口本复印件.pdf");
    expect(status).toBe(201);
    expect(body).toMatchObject({ mimeType: "application/pdf", size: 2048, name: "户口本复印件.pdf" });
  });

  it("refuses anything but images and PDF by its bytes: an .exe named .jpg, a Word file, text", async () => {
    for (const [bytes, name] of [
      [exe(), "photo.jpg"],
      [Buffer.from("PK\u0003\u0004 not really a docx"), "材料.docx"],
      [Buffer.from("just some text, not an image"), "note.png"],
    ] as const) {
      const { status, body } = await upload(bytes, name);
      expect(status, name).toBe(415);
      expect(body.error?.message).toBe("只能上传图片（JPEG、PNG、WebP、GIF）或 PDF 文件");
    }
    expect(await t.prisma.letterAttachment.count({ where: { originalName: "photo.jpg" } })).toBe(0);
  });

  it("refuses files over 10 MB, and requests without the CSRF header", async () => {
    const big = await upload(pdf(10 * 1024 * 1024 + 1), "big.pdf");
    expect(big.status).toBe(413);
    expect(big.body.error?.message).toBe("附件过大：每个文件最大 10 MB");
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await png(10, 10))]), "a.png");
    const noCsrf = await fetch(`${base}/letters/attachments`, { method: "POST", body: form });
    expect(noCsrf.status).toBe(403);
  });

  it("limits uploads per address", async () => {
    const ip = freshIp();
    const small = pdf(100);
    for (let i = 0; i < LIMITS.uploadPerIp.points; i++) {
      expect((await upload(small, `${i}.pdf`, { "x-forwarded-for": ip })).status).toBe(201);
    }
    const refused = await upload(small, "one-more.pdf", { "x-forwarded-for": ip });
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toMatch(/^上传过于频繁，请 \d+ 分钟后再试$/);
  });
});

describe("attachments and letters", () => {
  it("are claimed by the submission once; a second letter cannot take them", async () => {
    const photo = await upload(await png(40, 30), "a.png");
    const scan = await upload(pdf(512), "b.pdf");
    const first = await submitWith([photo.body.id, scan.body.id]);
    expect(first.data?.submitLetter.receipt).toBeTruthy();
    const letter = await t.prisma.letter.findFirstOrThrow({
      where: { trackingCode: first.data?.submitLetter.receipt?.trackingCode.replace(/-/g, "") },
      include: { attachments: true },
    });
    expect(letter.attachments.map((a) => a.id).sort()).toEqual([photo.body.id, scan.body.id].sort());

    const second = await submitWith([photo.body.id]);
    expect(second.data?.submitLetter).toMatchObject({
      receipt: null,
      error: { field: "attachmentIds", message: "部分附件已失效，请重新上传后再提交" },
    });
  });

  it("are served only to staff who may see the letter's personal data, and every read is audited", async () => {
    const photo = await upload(await png(50, 50, "#123456"), "现场.png");
    const submitted = await submitWith([photo.body.id]);
    const code = submitted.data?.submitLetter.receipt?.trackingCode.replace(/-/g, "") ?? "";
    const department = await t.prisma.department.create({ data: { code: "att-dept", name: "附件测试科" } });
    const handler = await staffCookie(["HANDLER"], department.id);
    await t.prisma.letter.update({
      where: { trackingCode: code },
      data: { status: "ASSIGNED", departmentId: department.id, handlerId: handler.userId },
    });
    const url = `${base}/letters/attachments/${photo.body.id}`;

    expect((await fetch(url)).status).toBe(401);
    const otherHandler = await staffCookie(["HANDLER", "MAINTAINER"]);
    const refused = await fetch(url, { headers: { cookie: otherHandler.cookie } });
    expect(refused.status).toBe(403);

    for (const reader of [handler, await staffCookie(["ADMIN"]), await staffCookie(["DEPT_HEAD"], department.id)]) {
      const response = await fetch(url, { headers: { cookie: reader.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(50);
    }
    const reads = await t.prisma.auditEntry.findMany({ where: { action: "letters.attachment.read" } });
    expect(reads.map((r) => r.outcome).sort()).toEqual(["DENIED", "SUCCESS", "SUCCESS", "SUCCESS"]);

    // An upload no letter claimed is nobody's.
    const loose = await upload(await png(20, 20), "loose.png");
    const admin = await staffCookie(["ADMIN"]);
    expect(
      (await fetch(`${base}/letters/attachments/${loose.body.id}`, { headers: { cookie: admin.cookie } })).status,
    ).toBe(404);
  });

  it("left unclaimed for a day are purged with their files; claimed ones stay", async () => {
    const loose = await upload(pdf(300, "loose"), "loose.pdf");
    const kept = await upload(pdf(300, "kept"), "kept.pdf");
    await submitWith([kept.body.id]);
    const looseRow = await t.prisma.letterAttachment.findUniqueOrThrow({ where: { id: loose.body.id } });
    const keptRow = await t.prisma.letterAttachment.findUniqueOrThrow({ where: { id: kept.body.id } });

    expect((await purgeCitizenLeftovers(t.services, store)).attachments).toBe(0);
    t.clock.advance(DAY + 60_000);
    expect((await purgeCitizenLeftovers(t.services, store)).attachments).toBeGreaterThanOrEqual(1);
    expect(await t.prisma.letterAttachment.findUnique({ where: { id: loose.body.id } })).toBeNull();
    expect(fs.existsSync(store.originalPath(looseRow.storedName))).toBe(false);
    expect(await t.prisma.letterAttachment.findUnique({ where: { id: kept.body.id } })).not.toBeNull();
    expect(fs.existsSync(store.originalPath(keptRow.storedName))).toBe(true);
  });
});

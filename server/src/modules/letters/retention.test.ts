import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test/helpers.js";
import { DAY } from "../../clock.js";
import type { Letter } from "../../generated/prisma/client.js";
import { MediaStore } from "../media/media.store.js";
import { requestAudit } from "../security/audit.service.js";
import { newAttachmentId } from "./attachments/attachments.service.js";
import { createLetter, type NewLetter } from "./intake.js";
import type { LettersDeps } from "./letters.deps.js";
import { erasePersonalData, PERSONAL_DATA_ERASED, registerLetterRetentionJob } from "./retention.service.js";

const RETENTION_DAYS = 1095;
let t: Awaited<ReturnType<typeof createTestApp>>;
let deps: LettersDeps;
let store: MediaStore;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planport-retention-"));

/** An attachment as an upload leaves it (file in the store, row unclaimed); returns its id and file. */
async function upload(name: string) {
  const id = newAttachmentId();
  const storedName = `${id}.pdf`;
  await store.write(store.originalPath(storedName), Buffer.from(`%PDF-1.4 ${name}`));
  await t.prisma.letterAttachment.create({
    data: { id, sha256: "0".repeat(64), mimeType: "application/pdf", size: 12, originalName: name, storedName },
  });
  return { id, file: store.originalPath(storedName) };
}

async function letter(input: Partial<NewLetter>, then: Parameters<typeof t.prisma.letter.update>[0]["data"]) {
  const { letter: created } = await t.prisma.$transaction((tx) =>
    createLetter(tx, deps, {
      channel: "DIRECTOR_MAILBOX",
      type: "DISCLOSURE_REQUEST",
      subject: "申请公开青秀区某地块规划条件",
      body: "请公开该地块的规划设计条件及附图。",
      writerName: "黄丽萍",
      writerPhone: "13700001111",
      writerEmail: "huang@example.com",
      requestDetails: { idNumber: "450102199001011234", address: "南宁市青秀区民族大道 1 号" },
      ...input,
    }),
  );
  return t.prisma.letter.update({ where: { id: created.id }, data: then });
}

let old: Letter;
let recent: Letter;
let replied: Letter;
const files: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  deps = { ...t.services, audit: requestAudit(t.prisma, t.clock, () => null, null) };
  store = await MediaStore.open(dir);
  t.clock.set("2023-01-05T02:00:00Z");
  const a = await upload("身份证.pdf");
  const b = await upload("recent.pdf");
  files.old = a.file;
  files.recent = b.file;
  old = await letter({ attachmentIds: [a.id] }, {});
  recent = await letter({ attachmentIds: [b.id] }, {});
  replied = await letter({}, {});

  t.clock.set("2026-06-01T02:00:00Z");
  const now = t.clock.now().getTime();
  const closed = (daysAgo: number) => ({
    status: "CLOSED" as const,
    replyText: "已依法答复。",
    repliedAt: new Date(now - (daysAgo + 5) * DAY),
    closedAt: new Date(now - daysAgo * DAY),
  });
  old = await t.prisma.letter.update({ where: { id: old.id }, data: closed(RETENTION_DAYS + 1) });
  recent = await t.prisma.letter.update({ where: { id: recent.id }, data: closed(RETENTION_DAYS - 1) });
  // Replied long ago but never closed: not erased (the writer may still rate it).
  replied = await t.prisma.letter.update({
    where: { id: replied.id },
    data: { status: "REPLIED", replyText: "已答复。", repliedAt: new Date(now - 2000 * DAY) },
  });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("erasing personal data after the retention period", () => {
  it("erases the writer's data and attachments of letters closed longer ago, and nothing else", async () => {
    const run = await erasePersonalData(deps, store, RETENTION_DAYS);
    expect(run).toEqual({ letters: 1, attachments: 1 });

    const erased = await t.prisma.letter.findUniqueOrThrow({ where: { id: old.id }, include: { attachments: true } });
    expect(erased).toMatchObject({
      writerName: null,
      writerPhone: null,
      writerEmail: null,
      requestDetails: null,
      personalDataErasedAt: t.clock.now(),
      // What the statistics and the records need stays.
      subject: old.subject,
      body: old.body,
      replyText: "已依法答复。",
      status: "CLOSED",
    });
    expect(erased.attachments).toEqual([]);
    expect(fs.existsSync(files.old ?? "")).toBe(false);

    const event = await t.prisma.letterEvent.findFirstOrThrow({
      where: { letterId: old.id, action: PERSONAL_DATA_ERASED },
    });
    expect(event).toMatchObject({ public: false, actorId: null, fromStatus: "CLOSED", toStatus: "CLOSED" });
    const audit = await t.prisma.auditEntry.findMany({ where: { action: "letters.personal_data.erase" } });
    expect(audit.map((a) => a.targetId)).toEqual([old.id]);

    for (const kept of [recent, replied]) {
      const row = await t.prisma.letter.findUniqueOrThrow({ where: { id: kept.id } });
      expect(row).toMatchObject({ writerName: "黄丽萍", writerPhone: "13700001111", personalDataErasedAt: null });
    }
    expect(await t.prisma.letterAttachment.count({ where: { letterId: recent.id } })).toBe(1);
    expect(fs.existsSync(files.recent ?? "")).toBe(true);
  });

  it("does nothing twice", async () => {
    t.clock.advance(DAY);
    expect(await erasePersonalData(deps, store, RETENTION_DAYS)).toEqual({ letters: 0, attachments: 0 });
    expect(await t.prisma.letterEvent.count({ where: { action: PERSONAL_DATA_ERASED } })).toBe(1);
    expect(await t.prisma.auditEntry.count({ where: { action: "letters.personal_data.erase" } })).toBe(1);
  });

  it("runs nightly as a registered job, erasing letters as their period ends", async () => {
    await registerLetterRetentionJob({ ...t.services, letterRetentionDays: RETENTION_DAYS }, store);
    // The recent letter's period ends 2 days after the first test's day; the job runs at 03:41 Beijing time.
    t.clock.set("2026-06-02T19:41:00Z");
    await t.jobs.runDue();
    const row = await t.prisma.letter.findUniqueOrThrow({ where: { id: recent.id } });
    expect(row.personalDataErasedAt).toEqual(t.clock.now());
    expect(row.writerName).toBeNull();
    expect(fs.existsSync(files.recent ?? "")).toBe(false);
  });
});

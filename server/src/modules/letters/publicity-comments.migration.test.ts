// The migration that turned 规划公示意见 into letters (prisma/migrations/*_publicity_comments_as_letters):
// a database holding PublicityComment rows is migrated up to the migration before it, given
// comments (one hidden by a moderator, as the audit log says), then migrated to the end. Every
// comment must come out as a letter with its id, text, writer, time and moderation, a random
// tracking code, an access code nobody holds, and its first event; the old table must be gone and
// the item can no longer be deleted from under its letters.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../../test/helpers.js";
import { paths } from "../../env.js";
import { accessCodeMatches, normaliseCode, TRACKING_CODE_LENGTH } from "./codes.js";

const MIGRATION = "_publicity_comments_as_letters";
let db: Awaited<ReturnType<typeof openTestDatabase>>;
let before: string;

beforeAll(async () => {
  // The history up to (not including) the migration under test, as its own migrations folder.
  const all = fs
    .readdirSync(paths.migrations)
    .filter((d) => fs.existsSync(path.join(paths.migrations, d, "migration.sql")));
  const target = all.find((d) => d.endsWith(MIGRATION));
  if (!target) throw new Error(`no migration named *${MIGRATION}`);
  before = fs.mkdtempSync(path.join(os.tmpdir(), "planport-before-comments-"));
  for (const name of all.filter((d) => d < target)) {
    fs.mkdirSync(path.join(before, name));
    fs.copyFileSync(path.join(paths.migrations, name, "migration.sql"), path.join(before, name, "migration.sql"));
  }
  db = await openTestDatabase();
  await db.migrate(before);

  const sql = (statement: string) => db.prisma.$executeRawUnsafe(statement);
  await sql(`INSERT INTO "Column" (id, slug, name) VALUES ('col-pub', 'publicity', '规划公示')`);
  await sql(`INSERT INTO "User" (id, username, "displayName", "passwordHash", roles, "updatedAt")
             VALUES ('u-maint', 'maint', '网站维护', '-', '{MAINTAINER}', now())`);
  await sql(`INSERT INTO "ContentItem" (id, kind, status, title, "columnId", "publishedAt", "updatedAt")
             VALUES ('item-pub', 'PUBLICITY', 'PUBLISHED', '凤岭北片区学校设计方案批前公示', 'col-pub', now(), now())`);
  await sql(`INSERT INTO "PublicityComment" (id, "itemId", name, phone, body, "createdAt")
             VALUES ('c-support', 'item-pub', '张先生', '13800000417', '支持，希望尽快开工。', '2026-03-01T03:00:00Z')`);
  await sql(`INSERT INTO "PublicityComment" (id, "itemId", name, phone, body, "createdAt", "hiddenAt", "hiddenReason")
             VALUES ('c-hidden', 'item-pub', '黄先生', '13800006142', '施工单位负责人的电话是13800009921。',
                     '2026-03-01T05:00:00Z', '2026-03-01T08:00:00Z', '含有他人的个人信息')`);
  await sql(`INSERT INTO "AuditEntry" (id, "actorId", action, "targetType", "targetId", outcome, at)
             VALUES ('a-hide', 'u-maint', 'moderation.comment.hide', 'PublicityComment', 'c-hidden', 'SUCCESS',
                     '2026-03-01T08:00:00Z')`);

  await db.migrate(paths.migrations);
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(before, { recursive: true, force: true });
});

describe("the publicity comments migration", () => {
  it("moves every comment into a letter of channel PUBLICITY_COMMENT under its own id", async () => {
    const letters = await db.prisma.letter.findMany({ orderBy: { receivedAt: "asc" }, include: { events: true } });
    expect(letters.map((l) => l.id)).toEqual(["c-support", "c-hidden"]);
    expect(letters[0]).toMatchObject({
      channel: "PUBLICITY_COMMENT",
      type: "OPINION",
      status: "RECEIVED",
      subject: "对《凤岭北片区学校设计方案批前公示》的意见",
      body: "支持，希望尽快开工。",
      writerName: "张先生",
      writerPhone: "13800000417",
      writerEmail: null,
      mayPublish: false,
      contentItemId: "item-pub",
      receivedAt: new Date("2026-03-01T03:00:00Z"),
      replyDays: 7,
      hiddenAt: null,
      idempotencyKey: null,
    });
    expect(letters[1]).toMatchObject({
      hiddenAt: new Date("2026-03-01T08:00:00Z"),
      hiddenReason: "含有他人的个人信息",
    });
    for (const letter of letters) {
      // A random tracking code of the usual shape; no access code opens the letter.
      expect(normaliseCode(letter.trackingCode, TRACKING_CODE_LENGTH)).toBe(letter.trackingCode);
      expect(accessCodeMatches("", letter.accessCodeHash)).toBe(false);
      expect(accessCodeMatches("0".repeat(28), letter.accessCodeHash)).toBe(false);
      expect(letter.events.find((e) => e.action === "RECEIVED")).toMatchObject({
        at: letter.receivedAt,
        fromStatus: null,
        toStatus: "RECEIVED",
        public: true,
        data: { channel: "PUBLICITY_COMMENT", migratedFrom: "PublicityComment" },
      });
    }
    expect(letters[0]?.trackingCode).not.toBe(letters[1]?.trackingCode);
    // The hide is an event of the letter, by the moderator the audit log names.
    expect(letters[1]?.events.find((e) => e.action === "HIDDEN")).toMatchObject({
      at: new Date("2026-03-01T08:00:00Z"),
      actorId: "u-maint",
      note: "含有他人的个人信息",
      public: false,
    });
  });

  it("drops the old table, and keeps the item from being deleted from under its letters", async () => {
    const tables = await db.prisma.$queryRawUnsafe<Array<{ tablename: string }>>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename = 'PublicityComment'`,
    );
    expect(tables).toEqual([]);
    await expect(db.prisma.contentItem.delete({ where: { id: "item-pub" } })).rejects.toThrow();
    expect(await db.prisma.letter.count({ where: { contentItemId: "item-pub" } })).toBe(2);
  });
});

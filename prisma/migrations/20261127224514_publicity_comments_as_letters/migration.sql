-- 规划公示意见 become letters of channel PUBLICITY_COMMENT (issue 4): handled, moderated and counted
-- like every other letter. Every PublicityComment row moves into "Letter" under its own id (so audit
-- entries that name a comment name its letter, and the demo seed finds the comments it seeded),
-- then the table goes. Letter.contentItemId becomes a real relation: RESTRICT, because a letter is
-- a record that must not vanish, nor lose what it was about, with an item (items are withdrawn,
-- never deleted).
--
-- A moved comment's writer never received codes, so the letter gets a fresh random tracking code
-- (12 Crockford base32 characters from md5(random()), which works on PGlite and PostgreSQL alike;
-- pgcrypto's gen_random_bytes is not available on PGlite) and an access-code hash that no code can
-- match: it is not hexadecimal, and the service compares SHA-256 digests (codes.ts
-- accessCodeMatches). Staff see and handle the letter; the writer cannot open it on the tracking page.
-- Its deadlines are computed when staff register it (refreshDeadlines): SQL has no work calendar.

-- Nothing set contentItemId before this migration; should a row name a missing item anyway, the
-- new foreign key would fail the migration.
UPDATE "Letter" SET "contentItemId" = NULL
 WHERE "contentItemId" IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM "ContentItem" i WHERE i."id" = "Letter"."contentItemId");

INSERT INTO "Letter" (
    "id", "trackingCode", "accessCodeHash", "channel", "type", "status", "subject", "body",
    "writerName", "writerPhone", "mayPublish", "complex", "contentItemId", "receivedAt", "replyDays",
    "extensionDays", "hiddenAt", "hiddenReason", "createdAt", "updatedAt")
SELECT
    c."id",
    (SELECT string_agg(
              substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
                     get_byte(decode(md5(random()::text || clock_timestamp()::text || c."id"), 'hex'), n) % 32 + 1, 1),
              '' ORDER BY n)
       FROM generate_series(0, 11) AS n),
    'unusable:migrated-publicity-comment',
    'PUBLICITY_COMMENT'::"LetterChannel",
    'OPINION'::"LetterType",
    'RECEIVED'::"LetterStatus",
    '对《' || i."title" || '》的意见',
    c."body",
    c."name",
    c."phone",
    false,
    false,
    c."itemId",
    c."createdAt",
    7,
    0,
    c."hiddenAt",
    c."hiddenReason",
    c."createdAt",
    CURRENT_TIMESTAMP
  FROM "PublicityComment" c
  JOIN "ContentItem" i ON i."id" = c."itemId";

-- The first event of every letter: received (public, as createLetter writes it for staff intake).
INSERT INTO "LetterEvent" ("id", "letterId", "at", "actorId", "action", "fromStatus", "toStatus", "note", "public", "data")
SELECT
    'mig' || substr(md5(c."id" || ':received'), 1, 22),
    c."id",
    c."createdAt",
    NULL,
    'RECEIVED',
    NULL,
    'RECEIVED'::"LetterStatus",
    '已通过规划公示意见收到来信（并入来信前提交，来信人未获得受理编号和查询码）',
    true,
    jsonb_build_object('channel', 'PUBLICITY_COMMENT', 'migratedFrom', 'PublicityComment')
  FROM "PublicityComment" c
  JOIN "ContentItem" i ON i."id" = c."itemId";

-- A hidden comment keeps its reason and gets the HIDDEN event moderation writes, by the moderator
-- the audit log names (when that account still exists).
INSERT INTO "LetterEvent" ("id", "letterId", "at", "actorId", "action", "fromStatus", "toStatus", "note", "public")
SELECT
    'mig' || substr(md5(c."id" || ':hidden'), 1, 22),
    c."id",
    c."hiddenAt",
    (SELECT a."actorId"
       FROM "AuditEntry" a
       JOIN "User" u ON u."id" = a."actorId"
      WHERE a."action" = 'moderation.comment.hide' AND a."targetId" = c."id"
      ORDER BY a."at" DESC
      LIMIT 1),
    'HIDDEN',
    'RECEIVED'::"LetterStatus",
    'RECEIVED'::"LetterStatus",
    c."hiddenReason",
    false
  FROM "PublicityComment" c
  JOIN "ContentItem" i ON i."id" = c."itemId"
 WHERE c."hiddenAt" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "PublicityComment" DROP CONSTRAINT "PublicityComment_itemId_fkey";

-- DropTable
DROP TABLE "PublicityComment";

-- CreateIndex
CREATE INDEX "Letter_contentItemId_receivedAt_idx" ON "Letter"("contentItemId", "receivedAt");

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_contentItemId_fkey" FOREIGN KEY ("contentItemId") REFERENCES "ContentItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

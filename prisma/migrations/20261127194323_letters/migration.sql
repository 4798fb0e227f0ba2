-- CreateEnum
CREATE TYPE "LetterChannel" AS ENUM ('DIRECTOR_MAILBOX', 'CITIZEN_PLATFORM', 'ONLINE_PETITION', 'LEADER_MESSAGE_BOARD', 'PUBLICITY_COMMENT');

-- CreateEnum
CREATE TYPE "LetterType" AS ENUM ('CONSULTATION', 'OPINION', 'SUGGESTION', 'COMPLAINT', 'DISCLOSURE_REQUEST');

-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('RECEIVED', 'REGISTERED', 'ASSIGNED', 'PAUSED', 'REPLY_IN_REVIEW', 'REPLIED', 'CLOSED');

-- CreateEnum
CREATE TYPE "LetterRating" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED');

-- CreateEnum
CREATE TYPE "LetterPauseKind" AS ENUM ('AWAITING_COMPLETION', 'AWAITING_THIRD_PARTY');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('BEFORE_DUE', 'DUE_TODAY', 'OVERDUE');

-- CreateTable
CREATE TABLE "WorkCalendarYear" (
    "year" INTEGER NOT NULL,
    "holidays" TEXT[],
    "workdays" TEXT[],
    "source" TEXT NOT NULL,
    "notice" TEXT,
    "loadedById" TEXT,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkCalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "accessCodeHash" TEXT NOT NULL,
    "channel" "LetterChannel" NOT NULL,
    "type" "LetterType" NOT NULL,
    "status" "LetterStatus" NOT NULL DEFAULT 'RECEIVED',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "writerName" TEXT,
    "writerPhone" TEXT,
    "writerEmail" TEXT,
    "requestDetails" JSONB,
    "mayPublish" BOOLEAN NOT NULL DEFAULT false,
    "complex" BOOLEAN NOT NULL DEFAULT false,
    "externalId" TEXT,
    "idempotencyKey" TEXT,
    "contentItemId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "registeredAt" TIMESTAMP(3),
    "departmentId" TEXT,
    "handlerId" TEXT,
    "replyDays" INTEGER NOT NULL DEFAULT 7,
    "extensionDays" INTEGER NOT NULL DEFAULT 0,
    "ackDueAt" TIMESTAMP(3),
    "replyDueAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "replyDraft" TEXT,
    "replyDraftedById" TEXT,
    "replyDraftedAt" TIMESTAMP(3),
    "replyText" TEXT,
    "replyApprovedById" TEXT,
    "repliedAt" TIMESTAMP(3),
    "rating" "LetterRating",
    "ratingComment" TEXT,
    "ratedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publicSubject" TEXT,
    "publicBody" TEXT,
    "publicReply" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "personalDataErasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterEvent" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "fromStatus" "LetterStatus",
    "toStatus" "LetterStatus",
    "note" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "data" JSONB,

    CONSTRAINT "LetterEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterAttachment" (
    "id" TEXT NOT NULL,
    "letterId" TEXT,
    "sha256" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "storedName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LetterAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterPause" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "kind" "LetterPauseKind" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "LetterPause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterDeadlineRule" (
    "channel" "LetterChannel" NOT NULL,
    "type" "LetterType" NOT NULL,
    "ackDays" INTEGER NOT NULL,
    "replyDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterDeadlineRule_pkey" PRIMARY KEY ("channel","type")
);

-- CreateTable
CREATE TABLE "LetterReminder" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "day" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "LetterReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "UsedChallenge" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedChallenge_pkey" PRIMARY KEY ("signature")
);

-- CreateTable
CREATE TABLE "ServerSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Letter_trackingCode_key" ON "Letter"("trackingCode");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_idempotencyKey_key" ON "Letter"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Letter_status_replyDueAt_idx" ON "Letter"("status", "replyDueAt");

-- CreateIndex
CREATE INDEX "Letter_departmentId_status_idx" ON "Letter"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Letter_handlerId_status_idx" ON "Letter"("handlerId", "status");

-- CreateIndex
CREATE INDEX "Letter_receivedAt_idx" ON "Letter"("receivedAt");

-- CreateIndex
CREATE INDEX "Letter_publishedAt_idx" ON "Letter"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Letter_channel_externalId_key" ON "Letter"("channel", "externalId");

-- CreateIndex
CREATE INDEX "LetterEvent_letterId_at_idx" ON "LetterEvent"("letterId", "at");

-- CreateIndex
CREATE INDEX "LetterAttachment_letterId_idx" ON "LetterAttachment"("letterId");

-- CreateIndex
CREATE INDEX "LetterPause_letterId_idx" ON "LetterPause"("letterId");

-- CreateIndex
CREATE INDEX "LetterReminder_recipientId_readAt_idx" ON "LetterReminder"("recipientId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "LetterReminder_letterId_kind_day_recipientId_key" ON "LetterReminder"("letterId", "kind", "day", "recipientId");

-- CreateIndex
CREATE INDEX "UsedChallenge_expiresAt_idx" ON "UsedChallenge"("expiresAt");

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterEvent" ADD CONSTRAINT "LetterEvent_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterEvent" ADD CONSTRAINT "LetterEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterAttachment" ADD CONSTRAINT "LetterAttachment_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterPause" ADD CONSTRAINT "LetterPause_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReminder" ADD CONSTRAINT "LetterReminder_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "Letter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterReminder" ADD CONSTRAINT "LetterReminder_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The letter timeline is append-only: an event, once written, is never changed or removed
-- (deleting a whole letter cascades; nothing else may delete events).
CREATE FUNCTION "letter_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Letter" WHERE "id" = OLD."letterId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'LetterEvent is append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER "LetterEvent_append_only"
  BEFORE UPDATE OR DELETE ON "LetterEvent"
  FOR EACH ROW EXECUTE FUNCTION "letter_event_append_only"();

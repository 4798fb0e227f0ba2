-- CreateEnum
CREATE TYPE "DraftStage" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED');

-- CreateEnum
CREATE TYPE "DisclosureMode" AS ENUM ('PROACTIVE', 'ON_REQUEST', 'NOT_DISCLOSED');

-- CreateEnum
CREATE TYPE "Validity" AS ENUM ('VALID', 'AMENDED', 'REPEALED', 'LAPSED');

-- CreateEnum
CREATE TYPE "PublicityType" AS ENUM ('PLAN_DRAFT', 'PRE_APPROVAL', 'POST_APPROVAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewStep" AS ENUM ('SAVE', 'SUBMIT', 'PUBLICATION_REVIEW', 'CONFIDENTIALITY_REVIEW', 'DEPT_APPROVAL', 'LEADER_APPROVAL', 'PUBLISH', 'SCHEDULE', 'CANCEL_SCHEDULE', 'EMERGENCY_PUBLISH', 'RETRO_APPROVAL', 'WITHDRAW', 'EXPIRE', 'TIMELINESS_CONFIRM', 'DISCLOSURE_UPDATE');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('APPROVED', 'REJECTED', 'DONE');

-- CreateEnum
CREATE TYPE "LinkApprovalStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "Column" ADD COLUMN     "description" TEXT;

-- AlterTable
ALTER TABLE "ContentItem" ADD COLUMN     "attachments" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "catalogId" TEXT,
ADD COLUMN     "commentClosesAt" TIMESTAMP(3),
ADD COLUMN     "commentOpensAt" TIMESTAMP(3),
ADD COLUMN     "coverImageUrl" TEXT,
ADD COLUMN     "disclosureMode" "DisclosureMode",
ADD COLUMN     "documentNumber" TEXT,
ADD COLUMN     "draftRevisionId" TEXT,
ADD COLUMN     "draftStage" "DraftStage",
ADD COLUMN     "emergencyApprovedAt" TIMESTAMP(3),
ADD COLUMN     "emergencyReason" TEXT,
ADD COLUMN     "expiredAt" TIMESTAMP(3),
ADD COLUMN     "important" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "indexNumber" TEXT,
ADD COLUMN     "issuingOrgan" TEXT,
ADD COLUMN     "liveRevisionId" TEXT,
ADD COLUMN     "location" JSONB,
ADD COLUMN     "publicityType" "PublicityType",
ADD COLUMN     "removed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "replacedById" TEXT,
ADD COLUMN     "reviewBy" TIMESTAMP(3),
ADD COLUMN     "scheduledAt" TIMESTAMP(3),
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "slug" TEXT,
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "validity" "Validity",
ADD COLUMN     "videoUrl" TEXT,
ADD COLUMN     "withdrawReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DisclosureCatalog" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DisclosureCatalog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "coverImageUrl" TEXT,
    "videoUrl" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "changeNote" TEXT,
    "major" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentSha256" TEXT NOT NULL,

    CONSTRAINT "ContentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRecord" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "revisionId" TEXT,
    "step" "ReviewStep" NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "opinion" TEXT,
    "checklist" JSONB,
    "actorId" TEXT,
    "actorName" TEXT,
    "actorRoles" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkApproval" (
    "id" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "status" "LinkApprovalStatus" NOT NULL DEFAULT 'PENDING',
    "exampleUrl" TEXT,
    "requestedById" TEXT,
    "requestReason" TEXT,
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "LinkApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicityComment" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,

    CONSTRAINT "PublicityComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureCatalog_code_key" ON "DisclosureCatalog"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ContentRevision_itemId_number_key" ON "ContentRevision"("itemId", "number");

-- CreateIndex
CREATE INDEX "ReviewRecord_itemId_at_idx" ON "ReviewRecord"("itemId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "LinkApproval_host_key" ON "LinkApproval"("host");

-- CreateIndex
CREATE INDEX "PublicityComment_itemId_createdAt_idx" ON "PublicityComment"("itemId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentItem_slug_key" ON "ContentItem"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ContentItem_draftRevisionId_key" ON "ContentItem"("draftRevisionId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentItem_liveRevisionId_key" ON "ContentItem"("liveRevisionId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentItem_indexNumber_key" ON "ContentItem"("indexNumber");

-- CreateIndex
CREATE INDEX "ContentItem_columnId_status_publishedAt_idx" ON "ContentItem"("columnId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_kind_status_publishedAt_idx" ON "ContentItem"("kind", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_catalogId_status_publishedAt_idx" ON "ContentItem"("catalogId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "ContentItem_reviewBy_idx" ON "ContentItem"("reviewBy");

-- CreateIndex
CREATE INDEX "ContentItem_searchVector_idx" ON "ContentItem" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "DisclosureCatalog" ADD CONSTRAINT "DisclosureCatalog_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DisclosureCatalog"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_sourceDepartmentId_fkey" FOREIGN KEY ("sourceDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_draftRevisionId_fkey" FOREIGN KEY ("draftRevisionId") REFERENCES "ContentRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_liveRevisionId_fkey" FOREIGN KEY ("liveRevisionId") REFERENCES "ContentRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "DisclosureCatalog"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_replacedById_fkey" FOREIGN KEY ("replacedById") REFERENCES "ContentItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRecord" ADD CONSTRAINT "ReviewRecord_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRecord" ADD CONSTRAINT "ReviewRecord_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ContentRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRecord" ADD CONSTRAINT "ReviewRecord_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkApproval" ADD CONSTRAINT "LinkApproval_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkApproval" ADD CONSTRAINT "LinkApproval_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityComment" ADD CONSTRAINT "PublicityComment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Revisions and the registration form (审核登记表) are records: never changed once written.
CREATE FUNCTION "refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable (UPDATE refused)', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER "ContentRevision_immutable" BEFORE UPDATE ON "ContentRevision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_update"();
CREATE TRIGGER "ReviewRecord_immutable" BEFORE UPDATE ON "ReviewRecord"
  FOR EACH ROW EXECUTE FUNCTION "refuse_update"();

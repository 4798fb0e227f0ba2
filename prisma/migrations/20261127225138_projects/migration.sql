-- CreateEnum
CREATE TYPE "ProjectStage" AS ENUM ('SITE_SELECTION', 'LAND_USE_PERMIT', 'WORKS_PERMIT', 'POST_APPROVAL_PUBLICITY', 'VERIFICATION', 'COMPLETED');

-- CreateEnum
CREATE TYPE "PermitType" AS ENUM ('SITE_SELECTION_OPINION', 'LAND_USE_PERMIT', 'WORKS_PERMIT', 'RURAL_PERMIT', 'VERIFICATION_CERTIFICATE');

-- CreateEnum
CREATE TYPE "PermitStatus" AS ENUM ('VALID', 'CHANGED', 'REVOKED');

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "contentItemId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "applicant" TEXT NOT NULL,
    "district" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "stage" "ProjectStage" NOT NULL,
    "landUseClass" TEXT NOT NULL,
    "keyProject" BOOLEAN NOT NULL DEFAULT false,
    "hotAreaSlug" TEXT,
    "minLng" DOUBLE PRECISION NOT NULL,
    "minLat" DOUBLE PRECISION NOT NULL,
    "maxLng" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,
    "landArea" DOUBLE PRECISION,
    "totalFloorArea" DOUBLE PRECISION,
    "latestPermitIssuedOn" DATE,
    "permitCount" INTEGER NOT NULL DEFAULT 0,
    "liveSince" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Permit" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "type" "PermitType" NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuingOrgan" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "status" "PermitStatus" NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Permit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_contentItemId_key" ON "Project"("contentItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_district_idx" ON "Project"("district");

-- CreateIndex
CREATE INDEX "Project_stage_idx" ON "Project"("stage");

-- CreateIndex
CREATE INDEX "Project_landUseClass_idx" ON "Project"("landUseClass");

-- CreateIndex
CREATE INDEX "Project_keyProject_latestPermitIssuedOn_idx" ON "Project"("keyProject", "latestPermitIssuedOn");

-- CreateIndex
CREATE INDEX "Project_hotAreaSlug_idx" ON "Project"("hotAreaSlug");

-- CreateIndex
CREATE INDEX "Project_latestPermitIssuedOn_idx" ON "Project"("latestPermitIssuedOn");

-- CreateIndex
CREATE INDEX "Project_minLng_maxLng_minLat_maxLat_idx" ON "Project"("minLng", "maxLng", "minLat", "maxLat");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_number_key" ON "Permit"("number");

-- CreateIndex
CREATE INDEX "Permit_projectId_issuedOn_idx" ON "Permit"("projectId", "issuedOn");

-- CreateIndex
CREATE INDEX "Permit_issuedOn_idx" ON "Permit"("issuedOn");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_contentItemId_fkey" FOREIGN KEY ("contentItemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;


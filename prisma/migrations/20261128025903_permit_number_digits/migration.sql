-- Permit.numberDigits: a permit number's digits alone, so that a lookup typed as digits only
-- ("450100202600123" for 建字第450100202600123号) finds its permits by an index. Written by the
-- projection (projection.ts); filled here for the permits already projected. [^0-9] as in the
-- projection's JavaScript: only ASCII digits (numbers are stored NFKC-normalized).

-- AlterTable
ALTER TABLE "Permit" ADD COLUMN "numberDigits" TEXT;
UPDATE "Permit" SET "numberDigits" = regexp_replace("number", '[^0-9]', '', 'g');
ALTER TABLE "Permit" ALTER COLUMN "numberDigits" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Permit_numberDigits_idx" ON "Permit"("numberDigits");

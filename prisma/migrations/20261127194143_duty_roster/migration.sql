-- CreateTable
CREATE TABLE "DutyShift" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "userId" TEXT NOT NULL,
    "note" TEXT,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyShift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DutyShift_userId_date_idx" ON "DutyShift"("userId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DutyShift_date_userId_key" ON "DutyShift"("date", "userId");

-- AddForeignKey
ALTER TABLE "DutyShift" ADD CONSTRAINT "DutyShift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyShift" ADD CONSTRAINT "DutyShift_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "HourLog" ADD COLUMN     "cohortSessionId" UUID;

-- CreateIndex
CREATE INDEX "HourLog_organizationId_date_idx" ON "HourLog"("organizationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "HourLog_volunteerId_cohortSessionId_key" ON "HourLog"("volunteerId", "cohortSessionId");

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_cohortSessionId_fkey" FOREIGN KEY ("cohortSessionId") REFERENCES "CohortSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

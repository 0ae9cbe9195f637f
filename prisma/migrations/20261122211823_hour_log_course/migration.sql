-- AlterTable
ALTER TABLE "HourLog" ADD COLUMN     "cohortId" UUID;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hours already credited from course attendance belong to that course.
UPDATE "HourLog" AS h SET "cohortId" = s."cohortId"
  FROM "CohortSession" AS s
 WHERE h."cohortSessionId" = s."id" AND h."cohortId" IS NULL;

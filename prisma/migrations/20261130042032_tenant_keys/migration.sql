-- DropForeignKey
ALTER TABLE "AllowancePayment" DROP CONSTRAINT "AllowancePayment_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "Attendance" DROP CONSTRAINT "Attendance_enrolmentId_fkey";

-- DropForeignKey
ALTER TABLE "Attendance" DROP CONSTRAINT "Attendance_sessionId_fkey";

-- DropForeignKey
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_cohortId_fkey";

-- DropForeignKey
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_enrolmentId_fkey";

-- DropForeignKey
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "Cohort" DROP CONSTRAINT "Cohort_courseId_fkey";

-- DropForeignKey
ALTER TABLE "CohortSession" DROP CONSTRAINT "CohortSession_cohortId_fkey";

-- DropForeignKey
ALTER TABLE "ConductCertificate" DROP CONSTRAINT "ConductCertificate_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "Enrolment" DROP CONSTRAINT "Enrolment_cohortId_fkey";

-- DropForeignKey
ALTER TABLE "Enrolment" DROP CONSTRAINT "Enrolment_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "HourLog" DROP CONSTRAINT "HourLog_activityTypeId_fkey";

-- DropForeignKey
ALTER TABLE "HourLog" DROP CONSTRAINT "HourLog_cohortId_fkey";

-- DropForeignKey
ALTER TABLE "HourLog" DROP CONSTRAINT "HourLog_cohortSessionId_fkey";

-- DropForeignKey
ALTER TABLE "HourLog" DROP CONSTRAINT "HourLog_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "Qualification" DROP CONSTRAINT "Qualification_certificateId_fkey";

-- DropForeignKey
ALTER TABLE "Qualification" DROP CONSTRAINT "Qualification_volunteerId_fkey";

-- DropForeignKey
ALTER TABLE "VolunteerProfile" DROP CONSTRAINT "VolunteerProfile_districtId_fkey";

-- DropIndex
DROP INDEX "Certificate_enrolmentId_key";

-- DropIndex
DROP INDEX "Qualification_certificateId_key";

-- CreateIndex
CREATE UNIQUE INDEX "ActivityType_organizationId_id_key" ON "ActivityType"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_organizationId_id_key" ON "Certificate"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_organizationId_enrolmentId_key" ON "Certificate"("organizationId", "enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_organizationId_id_key" ON "Cohort"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CohortSession_organizationId_id_key" ON "CohortSession"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Course_organizationId_id_key" ON "Course"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "District_organizationId_id_key" ON "District"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_organizationId_id_key" ON "Enrolment"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Qualification_organizationId_certificateId_key" ON "Qualification"("organizationId", "certificateId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerProfile_organizationId_id_key" ON "VolunteerProfile"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_organizationId_courseId_fkey" FOREIGN KEY ("organizationId", "courseId") REFERENCES "Course"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortSession" ADD CONSTRAINT "CohortSession_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_organizationId_sessionId_fkey" FOREIGN KEY ("organizationId", "sessionId") REFERENCES "CohortSession"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_organizationId_enrolmentId_fkey" FOREIGN KEY ("organizationId", "enrolmentId") REFERENCES "Enrolment"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationId_enrolmentId_fkey" FOREIGN KEY ("organizationId", "enrolmentId") REFERENCES "Enrolment"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_organizationId_certificateId_fkey" FOREIGN KEY ("organizationId", "certificateId") REFERENCES "Certificate"("organizationId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_organizationId_districtId_fkey" FOREIGN KEY ("organizationId", "districtId") REFERENCES "District"("organizationId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductCertificate" ADD CONSTRAINT "ConductCertificate_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_organizationId_activityTypeId_fkey" FOREIGN KEY ("organizationId", "activityTypeId") REFERENCES "ActivityType"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_organizationId_cohortSessionId_fkey" FOREIGN KEY ("organizationId", "cohortSessionId") REFERENCES "CohortSession"("organizationId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllowancePayment" ADD CONSTRAINT "AllowancePayment_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: what Prisma cannot express.
--
-- An optional reference between organisation-owned rows is a composite key
-- (organizationId, xId). Prisma writes its `onDelete: SetNull` as plain
-- ON DELETE SET NULL, which would null every column of the key, organizationId
-- included: that column is NOT NULL, so deleting the referenced row would
-- fail instead of clearing the reference. PostgreSQL 15+ takes the columns to
-- clear, so only the reference is cleared, as before the composite keys.
-- (Prisma reads both forms back as SetNull, so the drift check agrees.)
-- A NULL reference column skips the check (MATCH SIMPLE), as an optional
-- reference should.
ALTER TABLE "VolunteerProfile"
  DROP CONSTRAINT "VolunteerProfile_organizationId_districtId_fkey",
  ADD CONSTRAINT "VolunteerProfile_organizationId_districtId_fkey" FOREIGN KEY ("organizationId", "districtId") REFERENCES "District"("organizationId", "id") ON DELETE SET NULL ("districtId") ON UPDATE CASCADE;

ALTER TABLE "HourLog"
  DROP CONSTRAINT "HourLog_organizationId_cohortSessionId_fkey",
  ADD CONSTRAINT "HourLog_organizationId_cohortSessionId_fkey" FOREIGN KEY ("organizationId", "cohortSessionId") REFERENCES "CohortSession"("organizationId", "id") ON DELETE SET NULL ("cohortSessionId") ON UPDATE CASCADE,
  DROP CONSTRAINT "HourLog_organizationId_cohortId_fkey",
  ADD CONSTRAINT "HourLog_organizationId_cohortId_fkey" FOREIGN KEY ("organizationId", "cohortId") REFERENCES "Cohort"("organizationId", "id") ON DELETE SET NULL ("cohortId") ON UPDATE CASCADE;

ALTER TABLE "Qualification"
  DROP CONSTRAINT "Qualification_organizationId_certificateId_fkey",
  ADD CONSTRAINT "Qualification_organizationId_certificateId_fkey" FOREIGN KEY ("organizationId", "certificateId") REFERENCES "Certificate"("organizationId", "id") ON DELETE SET NULL ("certificateId") ON UPDATE CASCADE;

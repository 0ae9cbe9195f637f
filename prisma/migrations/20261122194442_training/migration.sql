-- CreateEnum
CREATE TYPE "CohortStatus" AS ENUM ('PLANNED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('APPLIED', 'ADMITTED', 'WAITLISTED', 'OFFERED', 'WITHDRAWN', 'REMOVED', 'DECLINED', 'EXPIRED', 'NOT_ADMITTED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "calendarTokenHash" TEXT;

-- CreateTable
CREATE TABLE "OrganizationCounter" (
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganizationCounter_pkey" PRIMARY KEY ("organizationId","name")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "teachingHours" INTEGER NOT NULL,
    "topics" TEXT[],
    "minimumAttendancePercent" INTEGER NOT NULL DEFAULT 80,
    "qualificationName" TEXT,
    "qualificationValidityYears" INTEGER,
    "certificateText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "enrolmentOpensAt" TIMESTAMP(3),
    "enrolmentClosesAt" TIMESTAMP(3),
    "feeCents" INTEGER NOT NULL DEFAULT 0,
    "status" "CohortStatus" NOT NULL DEFAULT 'PLANNED',
    "requiresInterview" BOOLEAN NOT NULL DEFAULT false,
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortTrainer" (
    "cohortId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "CohortTrainer_pkey" PRIMARY KEY ("cohortId","userId")
);

-- CreateTable
CREATE TABLE "CohortSession" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "topic" TEXT NOT NULL,
    "room" TEXT,
    "onlineUrl" TEXT,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CohortSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL,
    "motivation" TEXT,
    "position" INTEGER NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "priorityReason" TEXT,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "admittedAt" TIMESTAMP(3),
    "offeredAt" TIMESTAMP(3),
    "offerExpiresAt" TIMESTAMP(3),
    "interviewedAt" TIMESTAMP(3),
    "interviewNote" TEXT,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "attendancePercent" INTEGER,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "organizationId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("sessionId","enrolmentId")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "attendancePercent" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedById" UUID,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Qualification" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "grantedOn" DATE NOT NULL,
    "expiresOn" DATE,
    "certificateId" UUID,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Qualification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cohort_organizationId_status_idx" ON "Cohort"("organizationId", "status");

-- CreateIndex
CREATE INDEX "CohortSession_cohortId_startsAt_idx" ON "CohortSession"("cohortId", "startsAt");

-- CreateIndex
CREATE INDEX "Enrolment_cohortId_status_idx" ON "Enrolment"("cohortId", "status");

-- CreateIndex
CREATE INDEX "Enrolment_status_offerExpiresAt_idx" ON "Enrolment"("status", "offerExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_cohortId_volunteerId_key" ON "Enrolment"("cohortId", "volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_cohortId_position_key" ON "Enrolment"("cohortId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_enrolmentId_key" ON "Certificate"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_organizationId_number_key" ON "Certificate"("organizationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Qualification_certificateId_key" ON "Qualification"("certificateId");

-- CreateIndex
CREATE INDEX "Qualification_volunteerId_idx" ON "Qualification"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerProfile_calendarTokenHash_key" ON "VolunteerProfile"("calendarTokenHash");

-- AddForeignKey
ALTER TABLE "OrganizationCounter" ADD CONSTRAINT "OrganizationCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortTrainer" ADD CONSTRAINT "CohortTrainer_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortTrainer" ADD CONSTRAINT "CohortTrainer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortSession" ADD CONSTRAINT "CohortSession_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortSession" ADD CONSTRAINT "CohortSession_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CohortSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Qualification" ADD CONSTRAINT "Qualification_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: rules the database keeps whatever the application does.
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_capacity_positive" CHECK ("capacity" > 0);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_fee_not_negative" CHECK ("feeCents" >= 0);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_offer_hours_positive" CHECK ("offerHours" > 0);
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_enrolment_window" CHECK ("enrolmentOpensAt" IS NULL OR "enrolmentClosesAt" IS NULL OR "enrolmentOpensAt" < "enrolmentClosesAt");
ALTER TABLE "Course" ADD CONSTRAINT "Course_minimum_attendance" CHECK ("minimumAttendancePercent" BETWEEN 0 AND 100);
ALTER TABLE "Course" ADD CONSTRAINT "Course_teaching_hours" CHECK ("teachingHours" > 0);
ALTER TABLE "CohortSession" ADD CONSTRAINT "CohortSession_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_number_positive" CHECK ("number" > 0);
-- An offer always has an expiry; nobody else does.
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_offer_expiry" CHECK (("status" = 'OFFERED') = ("offerExpiresAt" IS NOT NULL));

-- CreateEnum
CREATE TYPE "AppointmentKind" AS ENUM ('INITIAL', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AvailabilityExceptionKind" AS ENUM ('ABSENCE', 'EXTRA');

-- CreateEnum
CREATE TYPE "InterpreterRequestStatus" AS ENUM ('OPEN', 'ASSIGNED', 'ACCEPTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('ADVISED', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SchoolType" AS ENUM ('GRUNDSCHULE', 'HAUPTSCHULE', 'REALSCHULE', 'OBERSCHULE', 'GYMNASIUM', 'GESAMTSCHULE', 'BBS');

-- CreateEnum
CREATE TYPE "ClassForm" AS ENUM ('SPRACHLERNKLASSE', 'REGELKLASSE_DAZ');

-- CreateEnum
CREATE TYPE "CalendarFeedKind" AS ENUM ('COUNSELLOR', 'INTERPRETER');

-- CreateTable
CREATE TABLE "Child" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "arrivalDate" DATE,
    "languages" TEXT[],
    "germanLevel" "LanguageLevel",
    "schoolYears" INTEGER NOT NULL DEFAULT 0,
    "schoolCountries" TEXT[],
    "lastClass" TEXT,
    "familyId" UUID,
    "notes" TEXT,
    "consentGivenBy" TEXT NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildGuardian" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "readsLanguage" VARCHAR(2) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChildGuardian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityRule" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "counsellorId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "room" TEXT NOT NULL,

    CONSTRAINT "AvailabilityRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityException" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "counsellorId" UUID NOT NULL,
    "kind" "AvailabilityExceptionKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "room" TEXT,
    "reason" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AvailabilityException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "childId" UUID NOT NULL,
    "counsellorId" UUID NOT NULL,
    "kind" "AppointmentKind" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,
    "room" TEXT NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "requestFingerprint" TEXT NOT NULL,
    "note" TEXT,
    "bookedById" UUID NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterpreterRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "appointmentId" UUID NOT NULL,
    "language" VARCHAR(2) NOT NULL,
    "institution" TEXT NOT NULL,
    "status" "InterpreterRequestStatus" NOT NULL DEFAULT 'OPEN',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "interpreterId" UUID,
    "assignedAt" TIMESTAMP(3),
    "respondBy" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "declinedBy" UUID[],
    "reopenedBecause" TEXT,
    "kilometres" INTEGER NOT NULL DEFAULT 0,
    "cancelledLate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterpreterRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterpreterPledge" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "signedOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterpreterPledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentOutcome" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "appointmentId" UUID NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "schoolType" "SchoolType",
    "classForm" "ClassForm",
    "school" TEXT,
    "startDate" DATE,
    "followUpAppointmentId" UUID,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentCalendarFeed" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "CalendarFeedKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentCalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Child_organizationId_lastName_firstName_idx" ON "Child"("organizationId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Child_organizationId_id_key" ON "Child"("organizationId", "id");

-- CreateIndex
CREATE INDEX "ChildGuardian_childId_idx" ON "ChildGuardian"("childId");

-- CreateIndex
CREATE INDEX "AvailabilityRule_organizationId_counsellorId_idx" ON "AvailabilityRule"("organizationId", "counsellorId");

-- CreateIndex
CREATE INDEX "AvailabilityException_organizationId_counsellorId_startsAt_idx" ON "AvailabilityException"("organizationId", "counsellorId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_organizationId_counsellorId_startsAt_idx" ON "Appointment"("organizationId", "counsellorId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_organizationId_startsAt_idx" ON "Appointment"("organizationId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_childId_idx" ON "Appointment"("childId");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_organizationId_id_key" ON "Appointment"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_organizationId_idempotencyKey_key" ON "Appointment"("organizationId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "InterpreterRequest_organizationId_status_idx" ON "InterpreterRequest"("organizationId", "status");

-- CreateIndex
CREATE INDEX "InterpreterRequest_interpreterId_startsAt_idx" ON "InterpreterRequest"("interpreterId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "InterpreterRequest_organizationId_id_key" ON "InterpreterRequest"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InterpreterRequest_organizationId_appointmentId_key" ON "InterpreterRequest"("organizationId", "appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "InterpreterPledge_organizationId_volunteerId_key" ON "InterpreterPledge"("organizationId", "volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentOutcome_organizationId_appointmentId_key" ON "AppointmentOutcome"("organizationId", "appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentCalendarFeed_tokenHash_key" ON "AppointmentCalendarFeed"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentCalendarFeed_organizationId_userId_kind_key" ON "AppointmentCalendarFeed"("organizationId", "userId", "kind");

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildGuardian" ADD CONSTRAINT "ChildGuardian_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildGuardian" ADD CONSTRAINT "ChildGuardian_organizationId_childId_fkey" FOREIGN KEY ("organizationId", "childId") REFERENCES "Child"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_organizationId_counsellorId_fkey" FOREIGN KEY ("organizationId", "counsellorId") REFERENCES "Membership"("organizationId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_organizationId_counsellorId_fkey" FOREIGN KEY ("organizationId", "counsellorId") REFERENCES "Membership"("organizationId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organizationId_childId_fkey" FOREIGN KEY ("organizationId", "childId") REFERENCES "Child"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_organizationId_counsellorId_fkey" FOREIGN KEY ("organizationId", "counsellorId") REFERENCES "Membership"("organizationId", "userId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_organizationId_appointmentId_fkey" FOREIGN KEY ("organizationId", "appointmentId") REFERENCES "Appointment"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_organizationId_interpreterId_fkey" FOREIGN KEY ("organizationId", "interpreterId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE SET NULL ("interpreterId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterPledge" ADD CONSTRAINT "InterpreterPledge_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterPledge" ADD CONSTRAINT "InterpreterPledge_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentOutcome" ADD CONSTRAINT "AppointmentOutcome_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentOutcome" ADD CONSTRAINT "AppointmentOutcome_organizationId_appointmentId_fkey" FOREIGN KEY ("organizationId", "appointmentId") REFERENCES "Appointment"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentOutcome" ADD CONSTRAINT "AppointmentOutcome_organizationId_followUpAppointmentId_fkey" FOREIGN KEY ("organizationId", "followUpAppointmentId") REFERENCES "Appointment"("organizationId", "id") ON DELETE SET NULL ("followUpAppointmentId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentCalendarFeed" ADD CONSTRAINT "AppointmentCalendarFeed_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentCalendarFeed" ADD CONSTRAINT "AppointmentCalendarFeed_organizationId_userId_fkey" FOREIGN KEY ("organizationId", "userId") REFERENCES "Membership"("organizationId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma cannot express these).
-- SET NULL above clears only the reference column (interpreterId, followUpAppointmentId),
-- never organizationId, as in migration tenant_keys.

-- No double booking, whatever the concurrency: exclusion constraints on time
-- ranges. btree_gist lets a GiST index compare plain columns with `=` beside
-- the range's `&&` (PGlite ships it as a contrib extension, db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A counsellor (a person, in whichever organisation) is in one appointment at a
-- time, its buffer included: [startsAt, blockedUntil).
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_counsellor_no_overlap"
  EXCLUDE USING gist ("counsellorId" WITH =, tstzrange("startsAt", "blockedUntil") WITH &&) WHERE ("status" = 'BOOKED');

-- A room of an organisation holds one appointment at a time: [startsAt, endsAt).
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_room_no_overlap"
  EXCLUDE USING gist ("organizationId" WITH =, "room" WITH =, tstzrange("startsAt", "endsAt") WITH &&) WHERE ("status" = 'BOOKED');

-- An interpreter holds one assignment at a time while it is asked or accepted.
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_interpreter_no_overlap"
  EXCLUDE USING gist ("interpreterId" WITH =, tstzrange("startsAt", "endsAt") WITH &&) WHERE ("status" IN ('ASSIGNED', 'ACCEPTED'));

ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_times_check" CHECK ("startsAt" < "endsAt" AND "endsAt" <= "blockedUntil");
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_times_check" CHECK ("startsAt" < "endsAt");
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_assigned_check" CHECK ("status" NOT IN ('ASSIGNED', 'ACCEPTED') OR "interpreterId" IS NOT NULL);
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_kilometres_check" CHECK ("kilometres" >= 0);
ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_window_check"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute");
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_times_check" CHECK ("startsAt" < "endsAt");

-- CreateEnum
CREATE TYPE "VolunteerStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'PAUSED');

-- CreateEnum
CREATE TYPE "LanguageLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AllowanceKind" AS ENUM ('EXPENSE_REIMBURSEMENT', 'EHRENAMTSPAUSCHALE');

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'EMAIL_VERIFICATION';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ConsentText" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityType" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActivityType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerProfile" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "VolunteerStatus" NOT NULL DEFAULT 'PENDING',
    "phone" TEXT,
    "germanLevel" "LanguageLevel" NOT NULL,
    "districtId" UUID,
    "maxTandems" INTEGER NOT NULL DEFAULT 1,
    "offersInterpreting" BOOLEAN NOT NULL DEFAULT false,
    "consentVersion" INTEGER NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "consentWithdrawnAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "reviewReason" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerLanguage" (
    "volunteerId" UUID NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "level" "LanguageLevel" NOT NULL,
    "interpreting" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "VolunteerLanguage_pkey" PRIMARY KEY ("volunteerId","code")
);

-- CreateTable
CREATE TABLE "VolunteerTopic" (
    "volunteerId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "VolunteerTopic_pkey" PRIMARY KEY ("volunteerId","topicId")
);

-- CreateTable
CREATE TABLE "AvailabilitySlot" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "AvailabilitySlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConductCertificate" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "issuedOn" DATE NOT NULL,
    "hasRelevantEntry" BOOLEAN NOT NULL,
    "inspectedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConductCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HourLog" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "activityTypeId" UUID NOT NULL,
    "note" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HourLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerDay" (
    "volunteerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,

    CONSTRAINT "VolunteerDay_pkey" PRIMARY KEY ("volunteerId","date")
);

-- CreateTable
CREATE TABLE "AllowancePayment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "AllowanceKind" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllowancePayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsentText_organizationId_version_key" ON "ConsentText"("organizationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_organizationId_name_key" ON "Topic"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "District_organizationId_name_key" ON "District"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityType_organizationId_key_key" ON "ActivityType"("organizationId", "key");

-- CreateIndex
CREATE INDEX "VolunteerProfile_organizationId_status_idx" ON "VolunteerProfile"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerProfile_organizationId_userId_key" ON "VolunteerProfile"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "VolunteerLanguage_code_idx" ON "VolunteerLanguage"("code");

-- CreateIndex
CREATE INDEX "VolunteerTopic_topicId_idx" ON "VolunteerTopic"("topicId");

-- CreateIndex
CREATE INDEX "AvailabilitySlot_volunteerId_idx" ON "AvailabilitySlot"("volunteerId");

-- CreateIndex
CREATE INDEX "ConductCertificate_volunteerId_inspectedOn_idx" ON "ConductCertificate"("volunteerId", "inspectedOn");

-- CreateIndex
CREATE INDEX "HourLog_organizationId_status_createdAt_idx" ON "HourLog"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "HourLog_volunteerId_date_idx" ON "HourLog"("volunteerId", "date");

-- CreateIndex
CREATE INDEX "AllowancePayment_volunteerId_year_idx" ON "AllowancePayment"("volunteerId", "year");

-- AddForeignKey
ALTER TABLE "ConsentText" ADD CONSTRAINT "ConsentText_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityType" ADD CONSTRAINT "ActivityType_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerLanguage" ADD CONSTRAINT "VolunteerLanguage_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTopic" ADD CONSTRAINT "VolunteerTopic_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTopic" ADD CONSTRAINT "VolunteerTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilitySlot" ADD CONSTRAINT "AvailabilitySlot_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductCertificate" ADD CONSTRAINT "ConductCertificate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductCertificate" ADD CONSTRAINT "ConductCertificate_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_activityTypeId_fkey" FOREIGN KEY ("activityTypeId") REFERENCES "ActivityType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerDay" ADD CONSTRAINT "VolunteerDay_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllowancePayment" ADD CONSTRAINT "AllowancePayment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllowancePayment" ADD CONSTRAINT "AllowancePayment_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "VolunteerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: rules the database enforces whatever the concurrency.

-- One entry is 1 to 1440 minutes; a day's pending and approved entries together
-- at most 24 hours. VolunteerDay is maintained by the trigger below, so forty
-- concurrent inserts for one day serialise on its row and the CHECK refuses
-- the one that would cross 1440.
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_minutes_range" CHECK ("minutes" BETWEEN 1 AND 1440);
ALTER TABLE "VolunteerDay" ADD CONSTRAINT "VolunteerDay_max_24_hours" CHECK ("minutes" BETWEEN 0 AND 1440);

CREATE FUNCTION lotse_hour_log_day_total() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" <> 'REJECTED' THEN
    UPDATE "VolunteerDay" SET "minutes" = "minutes" - OLD."minutes"
     WHERE "volunteerId" = OLD."volunteerId" AND "date" = OLD."date";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" <> 'REJECTED' THEN
    INSERT INTO "VolunteerDay" ("volunteerId", "date", "minutes")
    VALUES (NEW."volunteerId", NEW."date", NEW."minutes")
    ON CONFLICT ("volunteerId", "date") DO UPDATE SET "minutes" = "VolunteerDay"."minutes" + EXCLUDED."minutes";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "HourLog_day_total"
AFTER INSERT OR DELETE OR UPDATE OF "minutes", "date", "status", "volunteerId" ON "HourLog"
FOR EACH ROW EXECUTE FUNCTION lotse_hour_log_day_total();

-- Allowances and Führungszeugnis dates are never negative or reversed.
ALTER TABLE "AllowancePayment" ADD CONSTRAINT "AllowancePayment_amount_positive" CHECK ("amountCents" > 0);
ALTER TABLE "ConductCertificate" ADD CONSTRAINT "ConductCertificate_issued_before_inspection" CHECK ("issuedOn" <= "inspectedOn");
ALTER TABLE "AvailabilitySlot" ADD CONSTRAINT "AvailabilitySlot_window" CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute");
ALTER TABLE "VolunteerProfile" ADD CONSTRAINT "VolunteerProfile_max_tandems" CHECK ("maxTandems" BETWEEN 0 AND 20);

-- CreateEnum
CREATE TYPE "FamilyStatus" AS ENUM ('WAITING', 'MATCHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "TandemStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'PAUSED', 'DECLINED', 'ENDED');

-- CreateEnum
CREATE TYPE "TandemEndReason" AS ENUM ('GOAL_REACHED', 'FAMILY_MOVED', 'NOT_A_FIT', 'VOLUNTEER_STOPPED', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerGender" AS ENUM ('WOMAN', 'MAN', 'DIVERSE');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('MEETING', 'PHONE', 'MESSAGE', 'ACCOMPANIMENT');

-- AlterTable
ALTER TABLE "HourLog" ADD COLUMN     "tandemId" UUID;

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "gender" "VolunteerGender";

-- CreateTable
CREATE TABLE "Family" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "addressedAs" TEXT NOT NULL,
    "districtId" UUID,
    "address" TEXT,
    "phone" TEXT,
    "germanLevel" "LanguageLevel",
    "wishes" TEXT NOT NULL DEFAULT '',
    "requiredLanguage" VARCHAR(2),
    "wantsWomanVolunteer" BOOLEAN NOT NULL DEFAULT false,
    "minimumSharedLevel" "LanguageLevel" NOT NULL DEFAULT 'B1',
    "arrivalDate" DATE,
    "waitingSince" DATE NOT NULL,
    "consentVersion" INTEGER NOT NULL,
    "consentedAt" TIMESTAMP(3) NOT NULL,
    "art9ConsentAt" TIMESTAMP(3),
    "restrictedNote" TEXT,
    "status" "FamilyStatus" NOT NULL DEFAULT 'WAITING',
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "registeredById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Family_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyMember" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "adult" BOOLEAN NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FamilyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyLanguage" (
    "familyId" UUID NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "level" "LanguageLevel" NOT NULL,

    CONSTRAINT "FamilyLanguage_pkey" PRIMARY KEY ("familyId","code")
);

-- CreateTable
CREATE TABLE "FamilyNeed" (
    "organizationId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "FamilyNeed_pkey" PRIMARY KEY ("familyId","topicId")
);

-- CreateTable
CREATE TABLE "FamilyTimeWindow" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "FamilyTimeWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tandem" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "status" "TandemStatus" NOT NULL DEFAULT 'PROPOSED',
    "score" INTEGER NOT NULL,
    "explanation" JSONB NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposedById" UUID NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "activatedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endReason" "TandemEndReason",
    "endNote" TEXT,
    "lastContactOn" DATE,
    "remindedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tandem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TandemEvent" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "tandemId" UUID NOT NULL,
    "actorUserId" UUID,
    "fromStatus" "TandemStatus",
    "toStatus" "TandemStatus" NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TandemEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TandemContact" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "tandemId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "minutes" INTEGER,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TandemContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchingSettings" (
    "organizationId" UUID NOT NULL,
    "weights" JSONB NOT NULL DEFAULT '{}',
    "noContactAlertDays" INTEGER NOT NULL DEFAULT 14,
    "allowSeveralActivePerFamily" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MatchingSettings_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "TandemAlertDigest" (
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "tandems" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TandemAlertDigest_pkey" PRIMARY KEY ("organizationId","userId","day")
);

-- CreateIndex
CREATE INDEX "Family_organizationId_status_waitingSince_id_idx" ON "Family"("organizationId", "status", "waitingSince", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Family_organizationId_id_key" ON "Family"("organizationId", "id");

-- CreateIndex
CREATE INDEX "FamilyMember_familyId_idx" ON "FamilyMember"("familyId");

-- CreateIndex
CREATE INDEX "FamilyLanguage_code_idx" ON "FamilyLanguage"("code");

-- CreateIndex
CREATE INDEX "FamilyNeed_topicId_idx" ON "FamilyNeed"("topicId");

-- CreateIndex
CREATE INDEX "FamilyTimeWindow_familyId_idx" ON "FamilyTimeWindow"("familyId");

-- CreateIndex
CREATE INDEX "Tandem_organizationId_status_proposedAt_idx" ON "Tandem"("organizationId", "status", "proposedAt");

-- CreateIndex
CREATE INDEX "Tandem_volunteerId_status_idx" ON "Tandem"("volunteerId", "status");

-- CreateIndex
CREATE INDEX "Tandem_familyId_status_idx" ON "Tandem"("familyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Tandem_organizationId_id_key" ON "Tandem"("organizationId", "id");

-- CreateIndex
CREATE INDEX "TandemEvent_tandemId_at_idx" ON "TandemEvent"("tandemId", "at");

-- CreateIndex
CREATE INDEX "TandemContact_tandemId_date_idx" ON "TandemContact"("tandemId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_organizationId_id_key" ON "Topic"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Family" ADD CONSTRAINT "Family_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Family" ADD CONSTRAINT "Family_organizationId_districtId_fkey" FOREIGN KEY ("organizationId", "districtId") REFERENCES "District"("organizationId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyLanguage" ADD CONSTRAINT "FamilyLanguage_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyNeed" ADD CONSTRAINT "FamilyNeed_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyNeed" ADD CONSTRAINT "FamilyNeed_organizationId_familyId_fkey" FOREIGN KEY ("organizationId", "familyId") REFERENCES "Family"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyNeed" ADD CONSTRAINT "FamilyNeed_organizationId_topicId_fkey" FOREIGN KEY ("organizationId", "topicId") REFERENCES "Topic"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyTimeWindow" ADD CONSTRAINT "FamilyTimeWindow_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_organizationId_familyId_fkey" FOREIGN KEY ("organizationId", "familyId") REFERENCES "Family"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandemEvent" ADD CONSTRAINT "TandemEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandemEvent" ADD CONSTRAINT "TandemEvent_organizationId_tandemId_fkey" FOREIGN KEY ("organizationId", "tandemId") REFERENCES "Tandem"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandemContact" ADD CONSTRAINT "TandemContact_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandemContact" ADD CONSTRAINT "TandemContact_organizationId_tandemId_fkey" FOREIGN KEY ("organizationId", "tandemId") REFERENCES "Tandem"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingSettings" ADD CONSTRAINT "MatchingSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TandemAlertDigest" ADD CONSTRAINT "TandemAlertDigest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HourLog" ADD CONSTRAINT "HourLog_organizationId_tandemId_fkey" FOREIGN KEY ("organizationId", "tandemId") REFERENCES "Tandem"("organizationId", "id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written below: what Prisma cannot express.
--
-- Optional composite references clear only their own column (see migration tenant_keys).
ALTER TABLE "Family"
  DROP CONSTRAINT "Family_organizationId_districtId_fkey",
  ADD CONSTRAINT "Family_organizationId_districtId_fkey" FOREIGN KEY ("organizationId", "districtId") REFERENCES "District"("organizationId", "id") ON DELETE SET NULL ("districtId") ON UPDATE CASCADE;

ALTER TABLE "HourLog"
  DROP CONSTRAINT "HourLog_organizationId_tandemId_fkey",
  ADD CONSTRAINT "HourLog_organizationId_tandemId_fkey" FOREIGN KEY ("organizationId", "tandemId") REFERENCES "Tandem"("organizationId", "id") ON DELETE SET NULL ("tandemId") ON UPDATE CASCADE;

-- Art. 9 data exist only with explicit Art. 9 consent: withdrawing it must clear the note in the same statement.
ALTER TABLE "Family" ADD CONSTRAINT "Family_restricted_note_needs_art9_consent" CHECK ("restrictedNote" IS NULL OR "art9ConsentAt" IS NOT NULL);
-- A closed family says why.
ALTER TABLE "Family" ADD CONSTRAINT "Family_closed_with_reason" CHECK ("status" <> 'CLOSED' OR ("closedReason" IS NOT NULL AND "closedAt" IS NOT NULL));
ALTER TABLE "FamilyMember" ADD CONSTRAINT "FamilyMember_birth_year" CHECK ("birthYear" BETWEEN 1900 AND 2200);
ALTER TABLE "FamilyTimeWindow" ADD CONSTRAINT "FamilyTimeWindow_window" CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute");
ALTER TABLE "TandemContact" ADD CONSTRAINT "TandemContact_minutes" CHECK ("minutes" IS NULL OR "minutes" BETWEEN 1 AND 1440);
-- An ended tandem says why.
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_ended_with_reason" CHECK ("status" <> 'ENDED' OR ("endReason" IS NOT NULL AND "endedAt" IS NOT NULL));
ALTER TABLE "MatchingSettings" ADD CONSTRAINT "MatchingSettings_alert_days" CHECK ("noContactAlertDays" BETWEEN 1 AND 365);

-- The tandem rules that must hold whatever the concurrency, checked under row
-- locks so that two coordinators (or a coordinator and a volunteer) acting at
-- the same moment take turns:
--  * a new tandem: the family is not CLOSED and, unless the organisation allows
--    several, has no open tandem (PROPOSED, ACTIVE, PAUSED); the pair has no open
--    tandem; the volunteer has a free place (maxTandems minus their open
--    tandems). Two coordinators proposing a volunteer's last free place at once
--    give one tandem: the second waits for the first one's lock, then counts it.
--  * a tandem becoming ACTIVE: the family has no other ACTIVE or PAUSED tandem
--    (unless allowed).
-- Locks are taken family first, then volunteer, everywhere, so they cannot deadlock.
-- Each refusal names itself in the message (lotse_tandem_…); the service turns it into a typed error.
CREATE OR REPLACE FUNCTION lotse_tandem_rules() RETURNS trigger AS $$
DECLARE
  family_status "FamilyStatus";
  several BOOLEAN;
  places INTEGER;
  taken INTEGER;
BEGIN
  IF TG_OP = 'UPDATE' AND NOT (NEW."status" = 'ACTIVE' AND OLD."status" <> 'ACTIVE') THEN
    RETURN NEW;
  END IF;
  -- A closed tandem written as such (imported history, the demo office) takes no place.
  IF TG_OP = 'INSERT' AND NEW."status" IN ('DECLINED', 'ENDED') THEN
    RETURN NEW;
  END IF;
  SELECT "status" INTO family_status FROM "Family" WHERE "id" = NEW."familyId" FOR UPDATE;
  SELECT COALESCE((SELECT "allowSeveralActivePerFamily" FROM "MatchingSettings" WHERE "organizationId" = NEW."organizationId"), false) INTO several;
  IF TG_OP = 'INSERT' THEN
    IF family_status = 'CLOSED' THEN
      RAISE EXCEPTION 'lotse_tandem_family_closed';
    END IF;
    IF NOT several AND EXISTS (SELECT 1 FROM "Tandem" WHERE "familyId" = NEW."familyId" AND "status" IN ('PROPOSED', 'ACTIVE', 'PAUSED')) THEN
      RAISE EXCEPTION 'lotse_tandem_family_has_tandem';
    END IF;
    SELECT "maxTandems" INTO places FROM "VolunteerProfile" WHERE "id" = NEW."volunteerId" FOR UPDATE;
    IF EXISTS (SELECT 1 FROM "Tandem" WHERE "familyId" = NEW."familyId" AND "volunteerId" = NEW."volunteerId" AND "status" IN ('PROPOSED', 'ACTIVE', 'PAUSED')) THEN
      RAISE EXCEPTION 'lotse_tandem_pair_open';
    END IF;
    SELECT count(*) INTO taken FROM "Tandem" WHERE "volunteerId" = NEW."volunteerId" AND "status" IN ('PROPOSED', 'ACTIVE', 'PAUSED');
    IF taken >= places THEN
      RAISE EXCEPTION 'lotse_tandem_no_free_place';
    END IF;
  ELSIF NOT several AND EXISTS (
    SELECT 1 FROM "Tandem" WHERE "familyId" = NEW."familyId" AND "id" <> NEW."id" AND "status" IN ('ACTIVE', 'PAUSED')
  ) THEN
    RAISE EXCEPTION 'lotse_tandem_family_has_active';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Tandem_rules" BEFORE INSERT OR UPDATE OF "status" ON "Tandem"
  FOR EACH ROW EXECUTE FUNCTION lotse_tandem_rules();

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AllowanceKind" ADD VALUE 'MILEAGE';
ALTER TYPE "AllowanceKind" ADD VALUE 'UEBUNGSLEITERFREIBETRAG';

-- AlterTable
ALTER TABLE "AllowancePayment" ADD COLUMN     "activityTypeId" UUID,
ADD COLUMN     "centsPerKm" INTEGER,
ADD COLUMN     "kilometres" INTEGER,
ADD COLUMN     "receiptReference" TEXT;

-- CreateTable
CREATE TABLE "AllowanceDeclaration" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "AllowanceKind" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "payer" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllowanceDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AllowanceDeclaration_volunteerId_year_idx" ON "AllowanceDeclaration"("volunteerId", "year");

-- AddForeignKey
ALTER TABLE "AllowancePayment" ADD CONSTRAINT "AllowancePayment_organizationId_activityTypeId_fkey" FOREIGN KEY ("organizationId", "activityTypeId") REFERENCES "ActivityType"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllowanceDeclaration" ADD CONSTRAINT "AllowanceDeclaration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllowanceDeclaration" ADD CONSTRAINT "AllowanceDeclaration_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: car travel is paid at the rate recorded with it (amount =
-- kilometres × rate), so a stored payment cannot disagree with its km.
-- (No enum literals here: new enum values cannot be used in the transaction
-- that adds them.)
ALTER TABLE "AllowancePayment" ADD CONSTRAINT "AllowancePayment_mileage_check"
  CHECK (("kilometres" IS NULL AND "centsPerKm" IS NULL) OR ("kilometres" > 0 AND "centsPerKm" >= 0 AND "amountCents" = "kilometres" * "centsPerKm"));
ALTER TABLE "AllowanceDeclaration" ADD CONSTRAINT "AllowanceDeclaration_amount_check" CHECK ("amountCents" > 0);

-- Hand-written: the historic limits, so earlier years can be recorded. An
-- organisation's stored limits keep every year it entered; the years the law
-- changed the amounts are added where missing (Ehrenamtspauschale 720 € from
-- 2013, 840 € from 2021; Übungsleiterfreibetrag 2,400 € from 2013, 3,000 € from 2021).
UPDATE "Organization"
   SET "settings" = jsonb_set("settings", '{volunteers,ehrenamtspauschaleCents}',
                              '{"2013": 72000, "2021": 84000}'::jsonb || ("settings" -> 'volunteers' -> 'ehrenamtspauschaleCents'))
 WHERE jsonb_typeof("settings" -> 'volunteers' -> 'ehrenamtspauschaleCents') = 'object';
UPDATE "Organization"
   SET "settings" = jsonb_set("settings", '{volunteers,uebungsleiterfreibetragCents}',
                              '{"2013": 240000, "2021": 300000}'::jsonb || ("settings" -> 'volunteers' -> 'uebungsleiterfreibetragCents'))
 WHERE jsonb_typeof("settings" -> 'volunteers' -> 'uebungsleiterfreibetragCents') = 'object';

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "birthDate" DATE;

-- CreateTable
CREATE TABLE "Nachweis" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "volunteerId" UUID NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "approvedMinutes" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" UUID NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "withdrawnById" UUID,

    CONSTRAINT "Nachweis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Nachweis_verificationCode_key" ON "Nachweis"("verificationCode");

-- CreateIndex
CREATE INDEX "Nachweis_volunteerId_issuedAt_idx" ON "Nachweis"("volunteerId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Nachweis_organizationId_id_key" ON "Nachweis"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Nachweis_organizationId_number_key" ON "Nachweis"("organizationId", "number");

-- AddForeignKey
ALTER TABLE "Nachweis" ADD CONSTRAINT "Nachweis_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nachweis" ADD CONSTRAINT "Nachweis_organizationId_volunteerId_fkey" FOREIGN KEY ("organizationId", "volunteerId") REFERENCES "VolunteerProfile"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a Nachweis covers a period, and a withdrawal always has its reason and who withdrew it.
ALTER TABLE "Nachweis" ADD CONSTRAINT "Nachweis_period_check" CHECK ("periodFrom" <= "periodTo");
ALTER TABLE "Nachweis" ADD CONSTRAINT "Nachweis_withdrawal_check"
  CHECK (("withdrawnAt" IS NULL AND "withdrawnReason" IS NULL AND "withdrawnById" IS NULL)
      OR ("withdrawnAt" IS NOT NULL AND "withdrawnReason" IS NOT NULL AND "withdrawnById" IS NOT NULL));

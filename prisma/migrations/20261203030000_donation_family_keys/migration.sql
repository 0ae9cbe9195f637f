-- Goods reservations and fund disbursements reference the matching module's
-- Family when they name one (composite key: the same organisation only).
-- Before families existed the column held an id nothing checked: references
-- to no family are cleared first (the family's name stays on the row).
UPDATE "GoodsReservation" r SET "familyId" = NULL
  WHERE r."familyId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Family" f WHERE f."organizationId" = r."organizationId" AND f."id" = r."familyId");
UPDATE "FundDisbursement" d SET "familyId" = NULL
  WHERE d."familyId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Family" f WHERE f."organizationId" = d."organizationId" AND f."id" = d."familyId");

-- CreateIndex
CREATE INDEX "FundDisbursement_familyId_idx" ON "FundDisbursement"("familyId");

-- CreateIndex
CREATE INDEX "GoodsReservation_familyId_idx" ON "GoodsReservation"("familyId");

-- AddForeignKey: deleting a family clears only familyId (not organizationId, see
-- migration tenant_keys); the reservation or payment and its family name stay.
ALTER TABLE "FundDisbursement" ADD CONSTRAINT "FundDisbursement_organizationId_familyId_fkey" FOREIGN KEY ("organizationId", "familyId") REFERENCES "Family"("organizationId", "id") ON DELETE SET NULL ("familyId") ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsReservation" ADD CONSTRAINT "GoodsReservation_organizationId_familyId_fkey" FOREIGN KEY ("organizationId", "familyId") REFERENCES "Family"("organizationId", "id") ON DELETE SET NULL ("familyId") ON UPDATE CASCADE;

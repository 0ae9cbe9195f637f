-- A child's record links to its family of the matching module by a real
-- reference now that families exist. Ids that name no family of the child's
-- organisation are cleared first.
UPDATE "Child" c
SET "familyId" = NULL
WHERE c."familyId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Family" f WHERE f."organizationId" = c."organizationId" AND f."id" = c."familyId");

-- AddForeignKey
-- Hand-written: SET NULL clears only familyId, never organizationId (as in migration tenant_keys).
ALTER TABLE "Child" ADD CONSTRAINT "Child_organizationId_familyId_fkey" FOREIGN KEY ("organizationId", "familyId") REFERENCES "Family"("organizationId", "id") ON DELETE SET NULL ("familyId") ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Child" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "VolunteerProfile" ADD COLUMN     "inactiveSince" DATE;

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "conductRecordsDeleted" INTEGER NOT NULL DEFAULT 0,
    "familiesAnonymised" INTEGER NOT NULL DEFAULT 0,
    "childrenAnonymised" INTEGER NOT NULL DEFAULT 0,
    "receiptsDeleted" INTEGER NOT NULL DEFAULT 0,
    "volunteersFlagged" INTEGER NOT NULL DEFAULT 0,
    "volunteersUnflagged" INTEGER NOT NULL DEFAULT 0,
    "auditEntriesPruned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RetentionRun_organizationId_startedAt_idx" ON "RetentionRun"("organizationId", "startedAt");

-- AddForeignKey
ALTER TABLE "RetentionRun" ADD CONSTRAINT "RetentionRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written below.

-- Sealed audit entries leave only from the start of the chain, by the
-- retention job (audit/retention.ts), which first moves the chain's anchor
-- (AuditChain.prunedThroughSeq/-Hash) past them in the same transaction: the
-- chain stays verifiable from the first kept entry. Any other deletion of a
-- sealed entry is refused. An organisation's own deletion cascades (its row is
-- already gone when the cascade reaches the entries).
CREATE FUNCTION lotse_audit_log_refuse_delete_unless_pruned() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."chainSeq" IS NOT NULL
     AND EXISTS (SELECT 1 FROM "Organization" WHERE "id" = OLD."organizationId")
     AND NOT EXISTS (SELECT 1 FROM "AuditChain" WHERE "organizationId" = OLD."organizationId" AND "prunedThroughSeq" >= OLD."chainSeq") THEN
    RAISE EXCEPTION 'audit entry % is sealed in the chain; only pruning from the chain''s start removes it', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END;
$$;

CREATE TRIGGER "AuditLog_pruned_only"
  BEFORE DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION lotse_audit_log_refuse_delete_unless_pruned();

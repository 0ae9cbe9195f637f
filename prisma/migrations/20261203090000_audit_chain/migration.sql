-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "chainSeq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- CreateTable
CREATE TABLE "AuditChain" (
    "organizationId" UUID NOT NULL,
    "lastSeq" BIGINT NOT NULL DEFAULT 0,
    "lastHash" TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    "prunedThroughSeq" BIGINT NOT NULL DEFAULT 0,
    "prunedThroughHash" TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    "sealedAt" TIMESTAMP(3),

    CONSTRAINT "AuditChain_pkey" PRIMARY KEY ("organizationId")
);

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_entityType_entityId_idx" ON "AuditLog"("organizationId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_organizationId_actorUserId_idx" ON "AuditLog"("organizationId", "actorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_organizationId_chainSeq_key" ON "AuditLog"("organizationId", "chainSeq");

-- AddForeignKey
ALTER TABLE "AuditChain" ADD CONSTRAINT "AuditChain_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written below.

-- The sealing job finds the entries not yet in the chain without scanning the sealed ones.
CREATE INDEX "AuditLog_unsealed_idx" ON "AuditLog"("organizationId", "id") WHERE "chainSeq" IS NULL;

-- The chain fields are all set together or none is.
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_chain_fields_together"
  CHECK (("chainSeq" IS NULL) = ("hash" IS NULL) AND ("chainSeq" IS NULL) = ("prevHash" IS NULL));

-- A sealed entry is never changed by the application: the only update an entry
-- receives is its sealing (chain fields from null to set, content unchanged).
-- Tampering with the database directly (a superuser disabling this trigger) is
-- what the hash chain is there to reveal.
CREATE FUNCTION lotse_audit_log_refuse_change_after_seal() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."chainSeq" IS NOT NULL THEN
    RAISE EXCEPTION 'audit entry % is sealed in the chain and cannot be changed', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW."organizationId" IS DISTINCT FROM OLD."organizationId"
     OR NEW."actorUserId" IS DISTINCT FROM OLD."actorUserId"
     OR NEW.action IS DISTINCT FROM OLD.action
     OR NEW."entityType" IS DISTINCT FROM OLD."entityType"
     OR NEW."entityId" IS DISTINCT FROM OLD."entityId"
     OR NEW.changes IS DISTINCT FROM OLD.changes
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN
    RAISE EXCEPTION 'audit entry % can only be sealed, not changed', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditLog_sealed_immutable"
  BEFORE UPDATE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION lotse_audit_log_refuse_change_after_seal();

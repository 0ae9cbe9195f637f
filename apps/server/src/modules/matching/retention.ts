// Families closed for the organisation's period (setting retention.familyClosedMonths)
// are anonymised by the retention runner with the family erasure itself
// (family-privacy.service.ts: names, address, phone, wishes and notes gone,
// the tandems' figures kept; a trigger reaches the donations' copies of the name).
import { addMonths } from "@lotse/domain/calendar-months";
import { DomainError } from "../../errors.ts";
import { audit } from "../audit/index.ts";
import type { RetentionTask } from "../retention-task.ts";
import { eraseFamilyIn } from "./family-privacy.service.ts";

export const closedFamiliesRetention: RetentionTask = {
  name: "anonymise families closed for the retention period",
  async run({ db, organizationId, settings, now, logger, record }) {
    const months = settings.retention.familyClosedMonths;
    const cutoff = addMonths(now, -months);
    const notErased = { OR: [{ closedReason: null }, { closedReason: { not: "erased" } }] };
    const due = await db.family.findMany({ where: { status: "CLOSED", closedAt: { lte: cutoff }, ...notErased }, select: { id: true }, orderBy: { id: "asc" } });
    let erased = 0;
    for (const { id } of due) {
      try {
        // One family per transaction: the erasure, its audit entry and its count commit together.
        erased += await db.$transaction(async (tx) => {
          const [still] = await tx.$queryRaw<{ id: string }[]>`
            SELECT "id" FROM "Family" WHERE "id" = ${id}::uuid AND "organizationId" = ${organizationId}::uuid
              AND "status" = 'CLOSED' AND "closedReason" IS DISTINCT FROM 'erased' FOR UPDATE`;
          if (!still) return 0; // reopened or erased meanwhile
          await eraseFamilyIn(tx, organizationId, id, now);
          await audit(tx, null, "family.erased", { type: "Family", id }, { reason: "retention", monthsAfterClosing: months });
          await record(tx, "familiesAnonymised", 1);
          return 1;
        });
      } catch (err) {
        // A family the erasure refuses (a tandem still open) waits; the others go on.
        if (!(err instanceof DomainError)) throw err;
        logger.warn({ familyId: id, code: err.code }, "closed family not anonymised");
      }
    }
    return erased;
  },
};

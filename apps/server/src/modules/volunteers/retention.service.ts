// Data protection: Führungszeugnis records are kept only while they are needed.
// domain.md: delete the record at the latest three months (a setting) after
// the activity ends. It ends when the volunteering ended, when the volunteer
// was rejected, or when they withdrew their consent (and have not given it
// again). Run by the job runner for every organisation.
import { addMonths } from "@lotse/domain/calendar-date";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { JobCtx } from "../service-context.ts";
import { scopedClientFor } from "../../db/tenancy.ts";
import { audit } from "../audit/index.ts";
import { readSettings } from "../organizations/index.ts";

/** Why a volunteer's records are no longer needed, with the moment that started the clock. */
export const RETENTION_REASONS = ["ENDED", "REJECTED", "CONSENT_WITHDRAWN"] as const;
export type RetentionReason = (typeof RETENTION_REASONS)[number];

function endedBefore(reason: RetentionReason, cutoff: Date): Prisma.VolunteerProfileWhereInput {
  switch (reason) {
    case "ENDED":
      return { status: "ENDED", endedAt: { lte: cutoff } };
    case "REJECTED":
      return { status: "REJECTED", reviewedAt: { lte: cutoff } };
    case "CONSENT_WITHDRAWN":
      return { consentWithdrawnAt: { lte: cutoff } };
  }
}

export async function deleteExpiredConductRecords({ prisma, now }: JobCtx): Promise<number> {
  const organizations = await prisma.organization.findMany({ select: { id: true, settings: true } });
  let deleted = 0;
  for (const org of organizations) {
    const months = readSettings(org.settings).volunteers.conductCertificateDeleteMonthsAfterEnd;
    const cutoff = addMonths(now, -months);
    // Each volunteer's deletion and its audit entry commit together; the entry
    // says that records were deleted and why, never what they said.
    deleted += await scopedClientFor(prisma, org.id).$transaction(async (tx) => {
      let count = 0;
      for (const reason of RETENTION_REASONS) {
        const due = await tx.conductCertificate.groupBy({ by: ["volunteerId"], where: { volunteer: endedBefore(reason, cutoff) }, _count: { _all: true } });
        for (const { volunteerId } of due) {
          const gone = await tx.conductCertificate.deleteMany({ where: { volunteerId } });
          if (gone.count === 0) continue;
          count += gone.count;
          await audit(tx, null, "volunteer.conductCertificateDeleted", { type: "VolunteerProfile", id: volunteerId }, { reason, count: gone.count, monthsAfter: months });
        }
      }
      return count;
    });
  }
  return deleted;
}

// Data protection: Führungszeugnis records are kept only while they are needed.
// domain.md: delete the record at the latest three months (a setting) after
// the volunteering ends. Run by the job runner for every organisation.
import { addMonths } from "@lotse/domain/calendar-date";
import type { JobCtx } from "../service-context.ts";
import { scopedClientFor } from "../../db/tenancy.ts";
import { audit } from "../audit/service.ts";
import { readSettings } from "../organizations/settings.ts";

export async function deleteExpiredConductRecords({ prisma, now }: JobCtx): Promise<number> {
  const organizations = await prisma.organization.findMany({ select: { id: true, settings: true } });
  let deleted = 0;
  for (const org of organizations) {
    const months = readSettings(org.settings).volunteers.conductCertificateDeleteMonthsAfterEnd;
    // The deletion and its audit entry commit together.
    deleted += await scopedClientFor(prisma, org.id).$transaction(async (tx) => {
      const { count } = await tx.conductCertificate.deleteMany({ where: { volunteer: { status: "ENDED", endedAt: { lte: addMonths(now, -months) } } } });
      if (count > 0) await audit(tx, null, "volunteer.conductRecordsDeleted", { type: "Organization", id: org.id }, { count, monthsAfterEnd: months });
      return count;
    });
  }
  return deleted;
}

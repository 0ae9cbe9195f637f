// Data protection in the volunteers area, run by the retention runner
// (modules/retention) for every organisation:
// - Führungszeugnis records are kept only while needed. domain.md (§ 72a SGB
//   VIII): delete the record at the latest three months (a setting) after the
//   activity ends. It ends when the volunteering ended, when the volunteer was
//   rejected, or when they withdrew their consent (and have not given it again).
// - Approved volunteers without hours for the organisation's inactivity period
//   are flagged for the coordinator (inactiveSince), never deleted; the flag
//   goes when hours come in again or the volunteering is no longer approved.
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addMonths } from "@lotse/domain/calendar-months";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import type { RetentionTask } from "../retention-task.ts";

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

export const conductRecordsRetention: RetentionTask = {
  name: "delete Führungszeugnis records no longer needed (ended, rejected, consent withdrawn)",
  async run({ db, settings, now, record }) {
    const months = settings.volunteers.conductCertificateDeleteMonthsAfterEnd;
    const cutoff = addMonths(now, -months);
    let deleted = 0;
    for (const reason of RETENTION_REASONS) {
      const due = await db.conductCertificate.groupBy({ by: ["volunteerId"], where: { volunteer: endedBefore(reason, cutoff) } });
      for (const { volunteerId } of due) {
        // Each volunteer's deletion, its audit entry and its count commit together; the entry
        // says that records were deleted and why, never what they said.
        deleted += await db.$transaction(async (tx) => {
          const gone = await tx.conductCertificate.deleteMany({ where: { volunteerId } });
          if (gone.count === 0) return 0;
          await audit(tx, null, "volunteer.conductCertificateDeleted", { type: "VolunteerProfile", id: volunteerId }, { reason, count: gone.count, monthsAfter: months });
          await record(tx, "conductRecordsDeleted", gone.count);
          return gone.count;
        });
      }
    }
    return deleted;
  },
};

export const inactiveVolunteersRetention: RetentionTask = {
  name: "flag approved volunteers without hours for the inactivity period",
  async run({ db, organizationId, settings, now, record }) {
    const months = settings.retention.inactiveVolunteerMonths;
    // Calendar days in Berlin: hours are logged by day.
    const cutoff = formatIsoDate(addMonths(parseIsoDate(berlinToday(now)), -months));
    // Set-based, one statement each (an organisation may have many thousand volunteers), with one
    // audit entry naming them, in one transaction. Raw SQL names the organisation itself.
    return db.$transaction(async (tx) => {
      const cleared = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "VolunteerProfile" v SET "inactiveSince" = NULL
        WHERE v."organizationId" = ${organizationId}::uuid AND v."inactiveSince" IS NOT NULL
          AND (v."status" <> 'APPROVED' OR EXISTS (
            SELECT 1 FROM "HourLog" h WHERE h."volunteerId" = v."id" AND h."status" <> 'REJECTED' AND h."date" >= ${cutoff}::date))
        RETURNING v."id"::text AS "id"`;
      const flagged = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "VolunteerProfile" v SET "inactiveSince" = last."since"
        FROM (
          SELECT p."id", GREATEST(COALESCE(p."approvedAt", p."createdAt")::date,
                   (SELECT max(h."date") FROM "HourLog" h WHERE h."volunteerId" = p."id" AND h."status" <> 'REJECTED')) AS "since"
          FROM "VolunteerProfile" p
          WHERE p."organizationId" = ${organizationId}::uuid AND p."status" = 'APPROVED' AND p."inactiveSince" IS NULL
        ) AS last
        WHERE v."id" = last."id" AND v."inactiveSince" IS NULL AND last."since" < ${cutoff}::date
        RETURNING v."id"::text AS "id"`;
      if (cleared.length) {
        await audit(tx, null, "volunteer.inactiveFlagCleared", { type: "Organization", id: organizationId }, { volunteers: cleared.map((r) => r.id) });
        await record(tx, "volunteersUnflagged", cleared.length);
      }
      if (flagged.length) {
        await audit(tx, null, "volunteer.inactiveFlagged", { type: "Organization", id: organizationId }, { volunteers: flagged.map((r) => r.id), months });
        await record(tx, "volunteersFlagged", flagged.length);
      }
      return cleared.length + flagged.length;
    });
  },
};

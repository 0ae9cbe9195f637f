// The facts the Ehrenamtskarte rules need for one volunteer (eligibility.ts
// applies the rules): read in one statement with the profile itself, since the
// volunteer's home page asks for them on every view. Raw SQL, so the
// organisation condition is written out (the organisation comes from the session).
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, addYears, parseIsoDate } from "@lotse/domain/calendar-date";
import { DomainError, notFound } from "../../errors.ts";
import { canSeeVolunteer } from "./access.ts";
import type { EligibilityFacts } from "./eligibility.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

interface Row {
  userId: string;
  approvedAt: Date | null;
  minutes: bigint | number;
  firstApprovedDate: Date | null;
}

/** The caller's own figures or, for coordinators, any volunteer's of the organisation; NOT_FOUND / FORBIDDEN otherwise. */
export async function eligibilityFacts(ctx: ServiceCtx, { volunteerId, field = "volunteerId" }: { volunteerId: string; field?: string }): Promise<EligibilityFacts> {
  const today = parseIsoDate(berlinToday(ctx.now));
  const since = addDays(addYears(today, -1), 1);
  const [row] = await ctx.db.$queryRaw<Row[]>`
    SELECT p."userId", p."approvedAt",
           (SELECT COALESCE(SUM(h."minutes"), 0) FROM "HourLog" h
             WHERE h."volunteerId" = p."id" AND h."status" = 'APPROVED' AND h."date" BETWEEN ${since} AND ${today})::bigint AS "minutes",
           (SELECT MIN(h."date") FROM "HourLog" h WHERE h."volunteerId" = p."id" AND h."status" = 'APPROVED') AS "firstApprovedDate"
      FROM "VolunteerProfile" p
     WHERE p."id" = ${volunteerId}::uuid AND p."organizationId" = ${signedIn(ctx).organizationId}::uuid`;
  if (!row) throw notFound(field);
  if (!canSeeVolunteer(ctx, row)) throw new DomainError("FORBIDDEN", "error.forbidden", field);
  // Active since the earlier of approval and the first approved hours.
  const candidates = [row.approvedAt, row.firstApprovedDate].filter((d): d is Date => d != null);
  const activeSince = candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
  return { approvedMinutesLast12Months: Number(row.minutes), activeSince, today };
}

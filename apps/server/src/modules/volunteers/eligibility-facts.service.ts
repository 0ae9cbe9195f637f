// The facts the Ehrenamtskarte rules need for one volunteer (eligibility.ts
// applies the rules): read in one statement with the profile itself, since the
// volunteer's home page asks for them on every view. Raw SQL, so the
// organisation condition is written out (the organisation comes from the
// session, or from the job that checks eligibility before a card expires).
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { JobTx } from "../../jobs/delayed-job-handler.ts";
import type { OrganizationSettings } from "../organizations/index.ts";
import { canSeeVolunteer } from "./access.ts";
import { cardDates, ehrenamtskarteEligibility, eligibilityRules, yearWindows, type Eligibility, type EligibilityFacts } from "./eligibility.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

/** The activity Kursbesuch (reference-data.ts): also what attendance is credited as. */
export const COURSE_ACTIVITY_KEY = "COURSE";

interface Row {
  userId: string;
  approvedAt: Date | null;
  ehrenamtskarteIssuedOn: Date | null;
  firstApprovedDate: Date | null;
  years: (bigint | number)[] | null;
}

/**
 * The SQL condition an approved entry `h` must meet to count as volunteering:
 * with the setting off, no Kursbesuch, whether credited from attendance
 * (cohortSessionId) or logged by hand under the activity.
 */
export function countingCondition(countsCourseAttendance: boolean): Prisma.Sql {
  if (countsCourseAttendance) return Prisma.sql`TRUE`;
  return Prisma.sql`h."cohortSessionId" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "ActivityType" a WHERE a."id" = h."activityTypeId" AND a."key" = ${COURSE_ACTIVITY_KEY})`;
}

/** The facts of one volunteer of `organizationId` as of `today`, or null when there is no such volunteer. */
export async function readEligibilityFacts(
  db: ScopedDb | JobTx,
  input: { organizationId: string; volunteerId: string; today: Date; settings: OrganizationSettings },
): Promise<(EligibilityFacts & { userId: string; cardIssuedOn: Date | null }) | null> {
  const { organizationId, volunteerId, today, settings } = input;
  const windows = yearWindows(today, settings.volunteers.ehrenamtskarteMinActiveYears);
  const counting = countingCondition(settings.volunteers.ehrenamtskarteCountsCourseAttendance);
  const sums = Prisma.join(
    windows.map((w) => Prisma.sql`COALESCE(SUM(CASE WHEN h."date" BETWEEN ${formatIsoDate(w.from)}::date AND ${formatIsoDate(w.to)}::date THEN h."minutes" END), 0)::bigint`),
  );
  const [row] = await db.$queryRaw<Row[]>`
    SELECT p."userId", p."approvedAt", p."ehrenamtskarteIssuedOn",
           (SELECT MIN(h."date") FROM "HourLog" h WHERE h."volunteerId" = p."id" AND h."status" = 'APPROVED' AND ${counting}) AS "firstApprovedDate",
           (SELECT ARRAY[${sums}] FROM "HourLog" h
             WHERE h."volunteerId" = p."id" AND h."status" = 'APPROVED' AND h."date" BETWEEN ${formatIsoDate(windows.at(-1)!.from)}::date AND ${formatIsoDate(today)}::date AND ${counting}) AS "years"
      FROM "VolunteerProfile" p
     WHERE p."id" = ${volunteerId}::uuid AND p."organizationId" = ${organizationId}::uuid`;
  if (!row) return null;
  // Active since the earlier of the approval's Berlin day and the first approved hours.
  const approvedOn = row.approvedAt ? parseIsoDate(berlinToday(row.approvedAt)) : null;
  const candidates = [approvedOn, row.firstApprovedDate].filter((d): d is Date => d != null);
  const activeSince = candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
  return { userId: row.userId, cardIssuedOn: row.ehrenamtskarteIssuedOn, approvedMinutesByYear: (row.years ?? []).map(Number), activeSince, today };
}

/** The caller's own figures or, for coordinators, any volunteer's of the organisation; NOT_FOUND / FORBIDDEN otherwise. */
export async function eligibilityFacts(
  ctx: ServiceCtx,
  { volunteerId, field = "volunteerId" }: { volunteerId: string; field?: string },
): Promise<EligibilityFacts & { cardIssuedOn: Date | null }> {
  const viewer = signedIn(ctx);
  const today = parseIsoDate(berlinToday(ctx.now));
  const facts = await readEligibilityFacts(ctx.db, { organizationId: viewer.organizationId, volunteerId, today, settings: viewer.organization.parsedSettings });
  if (!facts) throw notFound(field);
  if (!canSeeVolunteer(ctx, facts)) throw new DomainError("FORBIDDEN", "error.forbidden", field);
  return facts;
}

/** The answer for one volunteer, by the organisation's rules, with the card they hold (if recorded). */
export async function eligibilityOf(ctx: ServiceCtx, input: { volunteerId: string; field?: string }): Promise<Eligibility> {
  const settings = signedIn(ctx).organization.parsedSettings.volunteers;
  const facts = await eligibilityFacts(ctx, input);
  const card = facts.cardIssuedOn ? cardDates(facts.cardIssuedOn, settings.ehrenamtskarteValidityYears) : null;
  return { ...ehrenamtskarteEligibility(facts, eligibilityRules(settings)), card };
}

// Hours added up: per month and activity for one volunteer or the whole
// organisation. Each summary is one query, however many entries there are
// (the benchmark counts them).
import { yearBounds } from "@lotse/domain/calendar-date";
import { signedIn, type ServiceCtx } from "../service-context.ts";

export interface MonthTotals {
  month: number;
  approvedMinutes: number;
  pendingMinutes: number;
}

export interface ActivityTotals {
  activityTypeId: string;
  approvedMinutes: number;
  pendingMinutes: number;
}

export interface HoursSummary {
  year: number;
  volunteerId: string | null;
  approvedMinutes: number;
  pendingMinutes: number;
  months: MonthTotals[];
  byActivity: ActivityTotals[];
  volunteerCount: number;
}

interface Row {
  month: number;
  status: string;
  activityTypeId: string;
  minutes: bigint | number;
  volunteers: bigint | number;
}

/**
 * One grouped query over the year. Raw SQL because Prisma cannot group by
 * month; it repeats the tenancy condition explicitly, which is the one place
 * outside the extension that must (the organisation comes from the session).
 * The organisation's summary reads the totals the HourLog triggers keep
 * (HourMonthTotal, HourVolunteerYear: a few dozen rows, however many entries
 * there are); one volunteer's reads their own entries (at most a year's).
 * Every row carries the volunteer count: a year without rows has none.
 */
export async function hoursSummary(ctx: ServiceCtx, { year, volunteerId }: { year: number; volunteerId: string | null }): Promise<HoursSummary> {
  const { organizationId } = signedIn(ctx);
  const { db } = ctx;
  const { from, to } = yearBounds(year);
  const rows = volunteerId
    ? await db.$queryRaw<Row[]>`
        SELECT EXTRACT(MONTH FROM "date")::int AS month, "status"::text AS status, "activityTypeId"::text AS "activityTypeId",
               SUM("minutes")::bigint AS minutes, 1 AS volunteers
          FROM "HourLog"
         WHERE "organizationId" = ${organizationId}::uuid
           AND "volunteerId" = ${volunteerId}::uuid
           AND "date" BETWEEN ${from} AND ${to}
           AND "status" <> 'REJECTED'
         GROUP BY 1, 2, 3`
    : await db.$queryRaw<Row[]>`
        SELECT EXTRACT(MONTH FROM "month")::int AS month, "status"::text AS status, "activityTypeId"::text AS "activityTypeId",
               "minutes"::bigint AS minutes,
               (SELECT COUNT(*) FROM "HourVolunteerYear" y
                 WHERE y."organizationId" = ${organizationId}::uuid AND y."year" = ${year} AND y."minutes" > 0) AS volunteers
          FROM "HourMonthTotal"
         WHERE "organizationId" = ${organizationId}::uuid
           AND "month" BETWEEN ${from} AND ${to}
           AND "minutes" > 0`;

  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, approvedMinutes: 0, pendingMinutes: 0 }));
  const activities = new Map<string, ActivityTotals>();
  let approved = 0;
  let pending = 0;
  for (const row of rows) {
    const minutes = Number(row.minutes);
    const key = row.status === "APPROVED" ? "approvedMinutes" : "pendingMinutes";
    months[row.month - 1]![key] += minutes;
    const activity = activities.get(row.activityTypeId) ?? { activityTypeId: row.activityTypeId, approvedMinutes: 0, pendingMinutes: 0 };
    activity[key] += minutes;
    activities.set(row.activityTypeId, activity);
    if (key === "approvedMinutes") approved += minutes;
    else pending += minutes;
  }
  return {
    year,
    volunteerId,
    approvedMinutes: approved,
    pendingMinutes: pending,
    months,
    byActivity: [...activities.values()],
    volunteerCount: rows.length ? Number(rows[0]!.volunteers) : 0,
  };
}

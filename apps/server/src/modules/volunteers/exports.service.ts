// The data behind the volunteers' downloads: hour logs of a period in keyset
// batches (the CSV) and one volunteer's approved hours by activity (the
// Nachweis). Authorisation is the caller's job (access.ts); these read
// through the organisation-scoped client only.
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import type { Period } from "../../formats/period.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import type { NachweisData } from "./render/nachweis.ts";

/** Rows fetched per query while streaming the CSV; memory stays flat however long the period. */
export const CSV_BATCH_SIZE = 1000;

const exportRowSelect = {
  id: true,
  date: true,
  createdAt: true,
  minutes: true,
  status: true,
  reviewedAt: true,
  note: true,
  volunteer: { select: { user: { select: { name: true, email: true } } } },
  activityType: { select: { name: true } },
  cohort: { select: { title: true } },
} as const;

export type HourLogExportRow = Awaited<ReturnType<typeof hourLogBatch>>[number];

/** The next batch after `after` in (date, createdAt, id) order: keyset pagination, no OFFSET. */
export function hourLogBatch(ctx: ServiceCtx, input: { period: Period; after: { date: Date; createdAt: Date; id: string } | null }) {
  const { period, after } = input;
  return ctx.db.hourLog.findMany({
    where: {
      // The lower bound moves with the cursor so an index on the date can start there.
      date: { gte: after?.date ?? parseIsoDate(period.from), lte: parseIsoDate(period.to) },
      ...(after
        ? {
            OR: [
              { date: { gt: after.date } },
              { date: after.date, createdAt: { gt: after.createdAt } },
              { date: after.date, createdAt: after.createdAt, id: { gt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: CSV_BATCH_SIZE,
    select: exportRowSelect,
  });
}

/** Approved hours of one volunteer in the period, by activity: one grouped query and the names. */
export async function nachweisData(ctx: ServiceCtx, input: { volunteerId: string; period: Period }): Promise<NachweisData> {
  const { db } = ctx;
  const { volunteerId, period } = input;
  const { organization } = signedIn(ctx);
  const [user, sums] = await Promise.all([
    db.volunteerProfile.findUniqueOrThrow({ where: { id: volunteerId }, select: { user: { select: { name: true } } } }),
    db.hourLog.groupBy({
      by: ["activityTypeId"],
      where: { volunteerId, status: "APPROVED", date: { gte: parseIsoDate(period.from), lte: parseIsoDate(period.to) } },
      _sum: { minutes: true },
    }),
  ]);
  const types = sums.length
    ? await db.activityType.findMany({
        where: { id: { in: sums.map((s) => s.activityTypeId) } },
        select: { id: true, name: true, sortOrder: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      })
    : [];
  const minutesOf = new Map(sums.map((s) => [s.activityTypeId, s._sum.minutes ?? 0]));
  const activities = types.map((t) => ({ name: t.name, minutes: minutesOf.get(t.id) ?? 0 })).filter((a) => a.minutes > 0);
  return {
    organizationName: organization.name,
    volunteerName: user.user.name,
    period,
    activities,
    totalMinutes: activities.reduce((sum, a) => sum + a.minutes, 0),
    issuedOn: berlinToday(ctx.now),
  };
}

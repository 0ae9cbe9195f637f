// The data behind the hours CSV: hour logs of a period in keyset batches
// (the Nachweis is issued and stored: nachweise.service.ts). Authorisation is the caller's job (access.ts); these read
// through the organisation-scoped client only.
import { parseIsoDate } from "@lotse/domain/calendar-date";
import type { Period } from "../../formats/period.ts";
import type { ServiceCtx } from "../service-context.ts";

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

// Zuwendungsbestätigungen are deleted by the retention runner once their
// retention date has passed (retainUntil: the end of the year of issue plus
// donations.receiptRetentionYears, set when issued; § 147 Abs. 3 and 4 AO,
// § 50 Abs. 7 EStDV, see @lotse/domain/retention). The donations stay, so
// every total (per donor, fund, year, the yearly report) stays the same; they
// are only no longer linked to a receipt. A database trigger refuses deleting
// a receipt before its date, whoever tries.
import { berlinToday } from "@lotse/domain/berlin-time";
import { audit } from "../audit/index.ts";
import type { RetentionTask } from "../retention-task.ts";

const BATCH = 100;

export const receiptsRetention: RetentionTask = {
  name: "delete donation receipts after their retention date",
  async run({ db, organizationId, now, record }) {
    let deleted = 0;
    for (;;) {
      // One batch per transaction: the receipts, the donations' links to them, the audit entries and the count.
      const n = await db.$transaction(async (tx) => {
        // Locked, skipping rows another runner holds: each receipt is deleted and audited once.
        const due = await tx.$queryRaw<{ id: string; number: string; year: number; kind: string; totalCents: number; retainUntil: Date }[]>`
          SELECT "id"::text AS "id", "number", "year", "kind"::text AS "kind", "totalCents", "retainUntil" FROM "DonationReceipt"
          WHERE "organizationId" = ${organizationId}::uuid AND "retainUntil" < ${berlinToday(now)}::date
          ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
        if (due.length === 0) return 0;
        const ids = due.map((r) => r.id);
        await tx.donation.updateMany({ where: { receiptId: { in: ids } }, data: { receiptId: null } });
        const { count } = await tx.donationReceipt.deleteMany({ where: { id: { in: ids } } });
        for (const r of due) {
          await audit(tx, null, "donation.receiptDeleted", { type: "DonationReceipt", id: r.id }, {
            reason: "retention",
            number: r.number,
            year: r.year,
            kind: r.kind,
            totalCents: r.totalCents,
            retainUntil: r.retainUntil.toISOString().slice(0, 10),
          });
        }
        await record(tx, "receiptsDeleted", count);
        return count;
      });
      deleted += n;
      if (n < BATCH) return deleted;
    }
  },
};

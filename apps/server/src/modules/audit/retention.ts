// Audit entries older than the organisation's period (retention.auditYears)
// are pruned by the retention runner from the start of the chain, so the
// chain stays verifiable: in one transaction, under the chain head's row lock,
// the head's anchor (prunedThroughSeq, prunedThroughHash: the last pruned
// entry's number and hash) moves past the entries, and then they are deleted
// (a trigger refuses deleting a sealed entry the anchor has not passed).
// verifyAuditChain starts after the anchor: the first kept entry must link to
// the anchor's hash. Only entries that still check out are pruned: at a break
// (an entry changed or missing) pruning stops, so the evidence stays for the
// admin page and `npm run audit:verify` to report. Unsealed entries wait for
// the sealing job. The pruning itself is an audit entry (the new anchor in it).
import { addYears } from "@lotse/domain/calendar-months";
import type { RetentionTask } from "../retention-task.ts";
import { CONTENT_COLUMNS, entryHash, type SealedRow } from "./chain.service.ts";
import { audit } from "./service.ts";

const BATCH = 2_000;

export const auditRetention: RetentionTask = {
  name: "prune audit entries older than the retention period from the start of the chain",
  async run({ db, organizationId, settings, now, logger, record }) {
    const years = settings.retention.auditYears;
    const cutoff = addYears(now, -years);
    let pruned = 0;
    for (;;) {
      const batch = await db.$transaction(async (tx) => {
        const [head] = await tx.$queryRaw<{ prunedThroughSeq: bigint; prunedThroughHash: string }[]>`
          SELECT "prunedThroughSeq", "prunedThroughHash" FROM "AuditChain" WHERE "organizationId" = ${organizationId}::uuid FOR UPDATE`;
        if (!head) return { count: 0, more: false };
        const from = BigInt(head.prunedThroughSeq);
        const rows = await tx.$queryRaw<SealedRow[]>`
          SELECT ${CONTENT_COLUMNS}, "chainSeq", "prevHash", "hash"
          FROM "AuditLog" WHERE "organizationId" = ${organizationId}::uuid AND "chainSeq" > ${from} AND "createdAt" < ${cutoff}
          ORDER BY "chainSeq" LIMIT ${BATCH}`;
        // The unbroken run of old entries right after the anchor, each checked as verification would.
        let through = from;
        let hash = head.prunedThroughHash;
        for (const row of rows) {
          const seq = BigInt(row.chainSeq);
          if (seq !== through + 1n || row.prevHash !== hash || entryHash(row.prevHash, { ...row, seq }) !== row.hash) {
            logger.error({ organizationId, seq: String(through + 1n) }, "audit chain breaks here: not pruned past it");
            break;
          }
          through = seq;
          hash = row.hash;
        }
        if (through === from) return { count: 0, more: false };
        await tx.$executeRaw`
          UPDATE "AuditChain" SET "prunedThroughSeq" = ${through}, "prunedThroughHash" = ${hash} WHERE "organizationId" = ${organizationId}::uuid`;
        const count = await tx.$executeRaw`
          DELETE FROM "AuditLog" WHERE "organizationId" = ${organizationId}::uuid AND "chainSeq" > ${from} AND "chainSeq" <= ${through}`;
        await audit(tx, null, "audit.pruned", { type: "AuditChain", id: organizationId }, {
          fromSeq: String(from + 1n),
          throughSeq: String(through),
          anchorHash: hash,
          olderThan: cutoff.toISOString(),
          years,
        });
        await record(tx, "auditEntriesPruned", count);
        // A full batch pruned whole: there may be more.
        return { count, more: through - from === BigInt(BATCH) };
      });
      pruned += batch.count;
      if (!batch.more) return pruned;
    }
  },
};

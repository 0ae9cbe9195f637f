// The audit log as a hash chain per organisation, so that an entry changed or
// removed in the database (by anyone, also past the application) is noticed.
//
// Entries are written in the transaction of the change they record (service.ts)
// without chain fields: giving them a place in the chain there would serialise
// every audited transaction of an organisation on one lock until it commits.
// Sealing (a recurring job, and the audit:verify command) takes the entries not
// yet in the chain in the order they became visible, gives each the next
// sequence number, the previous entry's hash and its own, under a row lock on
// the organisation's chain head, so two instances never seal the same entry.
// A trigger refuses any later change to a sealed entry through SQL; the hash
// reveals a change made around it.
import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.ts";
import type { JobCtx } from "../service-context.ts";

export const GENESIS_HASH = "0".repeat(64);
const SEAL_BATCH = 500;
const VERIFY_BATCH = 2_000;

/** An entry's content as the chain hashes it. */
interface ChainContent {
  seq: bigint;
  id: bigint;
  organizationId: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  createdAt: Date;
  /** `changes` as PostgreSQL prints jsonb: keys in its canonical order, one spelling per value. */
  changesText: string;
}

/** SHA-256 (hex) over the previous hash and the entry's fields, each unambiguous (a JSON array of strings). */
export function entryHash(prevHash: string, entry: ChainContent): string {
  const fields = [
    entry.seq.toString(),
    entry.id.toString(),
    entry.organizationId,
    entry.actorUserId ?? "",
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.createdAt.toISOString(),
    entry.changesText,
  ];
  return createHash("sha256").update(prevHash).update("\n").update(JSON.stringify(fields)).digest("hex");
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "$transaction">;

/** An entry as read for hashing, before it has its place in the chain. */
export type UnsealedRow = Omit<ChainContent, "seq">;

/** The columns an entry is hashed over, read the same way for sealing and for checking. */
export const CONTENT_COLUMNS = Prisma.sql`"id", "organizationId"::text AS "organizationId", "actorUserId"::text AS "actorUserId", "action",
  "entityType", "entityId", "createdAt", "changes"::text AS "changesText"`;

/** Seals one batch of an organisation's pending entries; returns how many. */
async function sealBatch(prisma: Db, organizationId: string, now: Date): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const [head] = await tx.$queryRaw<{ lastSeq: bigint; lastHash: string }[]>`
      SELECT "lastSeq", "lastHash" FROM "AuditChain" WHERE "organizationId" = ${organizationId}::uuid FOR UPDATE`;
    if (!head) return 0;
    const rows = await tx.$queryRaw<UnsealedRow[]>`
      SELECT ${CONTENT_COLUMNS}
      FROM "AuditLog" WHERE "organizationId" = ${organizationId}::uuid AND "chainSeq" IS NULL
      ORDER BY "id" LIMIT ${SEAL_BATCH}`;
    if (rows.length === 0) return 0;
    let seq = BigInt(head.lastSeq);
    let prevHash = head.lastHash;
    const ids: bigint[] = [];
    const seqs: bigint[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      seq += 1n;
      const hash = entryHash(prevHash, { ...row, seq });
      ids.push(row.id);
      seqs.push(seq);
      prevs.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    await tx.$executeRaw`
      UPDATE "AuditLog" AS a SET "chainSeq" = v.seq, "prevHash" = v.prev, "hash" = v.hash
      FROM (SELECT unnest(${ids.map(String)}::bigint[]) AS id, unnest(${seqs.map(String)}::bigint[]) AS seq,
                   unnest(${prevs}::text[]) AS prev, unnest(${hashes}::text[]) AS hash) AS v
      WHERE a."id" = v.id`;
    await tx.$executeRaw`
      UPDATE "AuditChain" SET "lastSeq" = ${seq}, "lastHash" = ${prevHash}, "sealedAt" = ${now}
      WHERE "organizationId" = ${organizationId}::uuid`;
    return rows.length;
  });
}

/** Seals every pending entry (of one organisation, or all). Returns how many were sealed. */
export async function sealAuditEntries(prisma: Db, options: { organizationId?: string; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const pending = options.organizationId
    ? [{ organizationId: options.organizationId }]
    : await prisma.$queryRaw<{ organizationId: string }[]>`
        SELECT DISTINCT "organizationId"::text AS "organizationId" FROM "AuditLog" WHERE "chainSeq" IS NULL`;
  let sealed = 0;
  for (const { organizationId } of pending) {
    await prisma.$executeRaw`
      INSERT INTO "AuditChain" ("organizationId") VALUES (${organizationId}::uuid) ON CONFLICT ("organizationId") DO NOTHING`;
    for (;;) {
      const n = await sealBatch(prisma, organizationId, now);
      sealed += n;
      if (n < SEAL_BATCH) break;
    }
  }
  return sealed;
}

/** The recurring job: entries join the chain within one scheduler interval of being written. */
export const sealAuditJob = {
  name: "seal new audit entries into their organisation's hash chain",
  run: (ctx: JobCtx) => sealAuditEntries(ctx.prisma, { now: ctx.now }),
};

export type ChainBreakReason =
  /** The entry's content or hash no longer matches its hash. */
  | "CHANGED"
  /** The entry's link to the one before does not match that entry's hash (an entry replaced). */
  | "LINK_BROKEN"
  /** A sequence number is missing (an entry removed). */
  | "MISSING"
  /** The chain ends before the head records (entries removed at its end). */
  | "END_MISSING";

export interface ChainBreak {
  reason: ChainBreakReason;
  /** The sequence number where the chain breaks. */
  seq: bigint;
  /** The entry found there, if one is (none where entries are missing). */
  entryId: bigint | null;
  createdAt: Date | null;
}

export interface ChainReport {
  intact: boolean;
  /** Sealed entries checked. */
  checked: number;
  /** Entries written but not yet sealed (the job seals them within a minute). */
  pending: number;
  /** The chain's last sequence number and hash (for writing down elsewhere, which anchors the chain). */
  lastSeq: bigint;
  lastHash: string;
  firstBreak: ChainBreak | null;
}

export interface SealedRow extends UnsealedRow {
  chainSeq: bigint;
  prevHash: string;
  hash: string;
}

/** Walks an organisation's chain from its start and reports the first place where it breaks. */
export async function verifyAuditChain(prisma: Db, organizationId: string): Promise<ChainReport> {
  const [head] = await prisma.$queryRaw<{ lastSeq: bigint; lastHash: string; prunedThroughSeq: bigint; prunedThroughHash: string }[]>`
    SELECT "lastSeq", "lastHash", "prunedThroughSeq", "prunedThroughHash" FROM "AuditChain" WHERE "organizationId" = ${organizationId}::uuid`;
  const [{ pending }] = await prisma.$queryRaw<{ pending: bigint }[]>`
    SELECT count(*) AS pending FROM "AuditLog" WHERE "organizationId" = ${organizationId}::uuid AND "chainSeq" IS NULL`;
  const chainHead = head ?? { lastSeq: 0n, lastHash: GENESIS_HASH, prunedThroughSeq: 0n, prunedThroughHash: GENESIS_HASH };
  let expectedSeq = BigInt(chainHead.prunedThroughSeq) + 1n;
  let prevHash = chainHead.prunedThroughHash;
  let checked = 0;
  const report = (firstBreak: ChainBreak | null): ChainReport => ({
    intact: firstBreak === null,
    checked,
    pending: Number(pending),
    lastSeq: BigInt(chainHead.lastSeq),
    lastHash: chainHead.lastHash,
    firstBreak,
  });
  for (;;) {
    const rows = await prisma.$queryRaw<SealedRow[]>`
      SELECT ${CONTENT_COLUMNS}, "chainSeq", "prevHash", "hash"
      FROM "AuditLog" WHERE "organizationId" = ${organizationId}::uuid AND "chainSeq" >= ${expectedSeq}
      ORDER BY "chainSeq" LIMIT ${VERIFY_BATCH}`;
    for (const row of rows) {
      const seq = BigInt(row.chainSeq);
      if (seq !== expectedSeq) return report({ reason: "MISSING", seq: expectedSeq, entryId: null, createdAt: null });
      const at = { seq, entryId: BigInt(row.id), createdAt: row.createdAt };
      if (row.prevHash !== prevHash) return report({ reason: "LINK_BROKEN", ...at });
      if (entryHash(row.prevHash, { ...row, seq }) !== row.hash) return report({ reason: "CHANGED", ...at });
      prevHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  const lastSeq = BigInt(chainHead.lastSeq);
  if (expectedSeq - 1n < lastSeq) return report({ reason: "END_MISSING", seq: expectedSeq, entryId: null, createdAt: null });
  if (lastSeq > 0n && prevHash !== chainHead.lastHash) return report({ reason: "LINK_BROKEN", seq: lastSeq, entryId: null, createdAt: null });
  return report(null);
}

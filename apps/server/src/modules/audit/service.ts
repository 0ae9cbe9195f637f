// The audit log: who changed which personal data, when, and how. Written in
// the same transaction as the change, through the organisation-scoped client.
import type { ScopedDb } from "../../db/tenancy.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * Pass the client of the transaction that makes the change: the entry must
 * commit or roll back with it (audit.test.ts). Prisma's transaction client of
 * an extended client keeps `$transaction` in its type, so the compiler cannot
 * tell the two apart; every call site passes its `tx`.
 */
type AuditDb = Pick<ScopedDb, "auditLog">;

export async function audit(
  db: AuditDb,
  actorUserId: string | null,
  action: string,
  entity: { type: string; id: string },
  changes: Prisma.InputJsonValue = {},
) {
  // organizationId is filled in by the tenancy extension.
  await db.auditLog.create({
    data: { actorUserId, action, entityType: entity.type, entityId: entity.id, changes },
  });
}

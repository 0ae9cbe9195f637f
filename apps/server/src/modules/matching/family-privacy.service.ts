// A family's own data protection requests (families have no account, so a
// person's export never reaches them): everything stored about one family,
// and its erasure, which anonymises the family and keeps the tandems' figures
// (how many, how long, how many contacts) for the organisation's statistics.
import type { ScopedTx } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import { audit } from "../audit/index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";

export async function exportFamilyData(ctx: ServiceCtx, id: string) {
  const viewer = signedIn(ctx);
  const family = await ctx.db.family.findUnique({
    where: { id },
    include: {
      members: { orderBy: { sortOrder: "asc" } },
      languages: true,
      needs: { select: { topic: { select: { name: true } } } },
      times: true,
      district: { select: { name: true } },
      tandems: { include: { events: { orderBy: { at: "asc" } }, contacts: { orderBy: { date: "asc" } } } },
    },
  });
  if (!family) throw notFound("id");
  await ctx.db.$transaction((tx) => audit(tx, viewer.userId, "family.exported", { type: "Family", id }));
  return family;
}

export const ERASED_NAME = "—";

export async function eraseFamily(ctx: ServiceCtx, id: string) {
  const viewer = signedIn(ctx);
  return ctx.db.$transaction(async (tx) => {
    await eraseFamilyIn(tx, viewer.organizationId, id, nowOf(ctx));
    await audit(tx, viewer.userId, "family.erased", { type: "Family", id });
    return true;
  });
}

/**
 * The erasure itself, in the caller's transaction (eraseFamily; the retention
 * job, retention.ts, for families closed long enough ago). A family closed
 * before keeps the day it was closed.
 */
export async function eraseFamilyIn(tx: ScopedTx, organizationId: string, id: string, now: Date) {
  const locked = await tx.$queryRaw<{ id: string; closedAt: Date | null }[]>`SELECT "id", "closedAt" FROM "Family" WHERE "id" = ${id}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
  if (!locked[0]) throw notFound("id");
  const open = await tx.tandem.count({ where: { familyId: id, status: { in: ["PROPOSED", "ACTIVE", "PAUSED"] } } });
  if (open > 0) throw new DomainError("CONFLICT", "matching.familyHasOpenTandem", "id");
  await tx.family.update({
    where: { id },
    data: {
      addressedAs: ERASED_NAME,
      address: null,
      phone: null,
      wishes: "",
      restrictedNote: null,
      art9ConsentAt: null,
      status: "CLOSED",
      closedAt: locked[0].closedAt ?? now,
      closedReason: "erased",
    },
  });
  await tx.familyMember.updateMany({ where: { familyId: id }, data: { firstName: ERASED_NAME } });
  const tandems = await tx.tandem.findMany({ where: { familyId: id }, select: { id: true } });
  const ids = tandems.map((t) => t.id);
  await tx.tandemContact.updateMany({ where: { tandemId: { in: ids } }, data: { note: null } });
  await tx.tandemEvent.updateMany({ where: { tandemId: { in: ids } }, data: { reason: null } });
  await tx.tandem.updateMany({ where: { id: { in: ids } }, data: { declineReason: null, endNote: null } });
}

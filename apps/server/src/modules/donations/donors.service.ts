// Donors: a person or company with name and address (needed on a receipt) and
// an optional email, or the anonymous donor (no receipt possible). Every
// change is audited in its transaction (what changed, never the values).
import { DomainError, notFound } from "../../errors.ts";
import type { DonorKind } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

export interface DonorInput {
  kind: DonorKind;
  name?: string | null;
  address?: string | null;
  email?: string | null;
}

const clean = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};

/** The stored shape of a donor: an anonymous donor keeps no name, address or email. */
function donorData(input: DonorInput) {
  if (input.kind === "ANONYMOUS") {
    if (clean(input.name) || clean(input.address) || clean(input.email)) throw new DomainError("VALIDATION", "donation.anonymousHasNoDetails", "name");
    return { kind: input.kind, name: null, address: null, email: null, sortName: null };
  }
  const name = clean(input.name);
  if (!name) throw new DomainError("VALIDATION", "validation.required", "name");
  return { kind: input.kind, name, address: clean(input.address), email: clean(input.email)?.toLowerCase() ?? null, sortName: name.toLocaleLowerCase("de") };
}

export async function createDonor(ctx: ServiceCtx, input: DonorInput) {
  const viewer = signedIn(ctx);
  const data = donorData(input);
  return ctx.db.$transaction(async (tx) => {
    const donor = await tx.donor.create({ data });
    await audit(tx, viewer.userId, "donation.donorCreated", { type: "Donor", id: donor.id }, { kind: donor.kind });
    return donor;
  });
}

export async function updateDonor(ctx: ServiceCtx, input: DonorInput & { id: string }) {
  const viewer = signedIn(ctx);
  const before = await ctx.db.donor.findUnique({ where: { id: input.id } });
  if (!before) throw notFound("id");
  if (before.anonymisedAt) throw new DomainError("CONFLICT", "donation.donorAnonymised", "id");
  const data = donorData(input);
  // A donor with receipts stays named: a receipt names who gave.
  if (data.kind === "ANONYMOUS" && before.kind !== "ANONYMOUS") {
    const receipts = await ctx.db.donationReceipt.count({ where: { donorId: before.id } });
    if (receipts > 0) throw new DomainError("CONFLICT", "donation.donorHasReceipts", "kind");
  }
  return ctx.db.$transaction(async (tx) => {
    const donor = await tx.donor.update({ where: { id: before.id }, data });
    const changed = (["kind", "name", "address", "email"] as const).filter((k) => before[k] !== donor[k]);
    if (changed.length) await audit(tx, viewer.userId, "donation.donorUpdated", { type: "Donor", id: donor.id }, { changed });
    return donor;
  });
}

/**
 * Erasure of a donor (privacy): the person's name, address and email go, the
 * donations' amounts and the issued receipts stay (tax and budget records,
 * § 147 AO; a receipt is a document the donor holds). Audited.
 */
export async function anonymiseDonor(ctx: ServiceCtx, donorId: string) {
  const viewer = signedIn(ctx);
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.donor.updateMany({
      where: { id: donorId, anonymisedAt: null },
      data: { name: null, address: null, email: null, sortName: null, anonymisedAt: new Date() },
    });
    if (count === 1) await audit(tx, viewer.userId, "donation.donorAnonymised", { type: "Donor", id: donorId });
    return count === 1;
  });
}

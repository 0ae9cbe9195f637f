// The donation settings admins maintain: the acceptance thresholds, the
// simplified-proof limit, the receipts' retention, issuer address, place and
// default purpose; and the goods categories. Saved under the organisation's
// row lock (as organizations/settings.service.ts does), only the donations
// part of the stored JSON changes.
import { DONATION } from "@lotse/domain/bounds";
import { DomainError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { readSettings, type OrganizationSettings } from "../organizations/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

export type DonationSettings = OrganizationSettings["donations"];
export type DonationSettingsChange = { [K in keyof DonationSettings]?: DonationSettings[K] | null };

export async function updateDonationSettings(ctx: ServiceCtx, change: DonationSettingsChange): Promise<DonationSettings> {
  const viewer = signedIn(ctx);
  return ctx.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${viewer.organizationId}::uuid FOR UPDATE`;
    const org = await tx.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { settings: true } });
    const stored = (org.settings && typeof org.settings === "object" ? org.settings : {}) as Record<string, unknown>;
    const before = readSettings(stored).donations;
    const set = Object.fromEntries(Object.entries(change).filter(([, v]) => v != null));
    const after = { ...before, ...set } as DonationSettings;
    if (after.acceptanceByMayorUpToCents > after.acceptanceByCommitteeUpToCents) throw new DomainError("VALIDATION", "donation.thresholdOrder", "acceptanceByCommitteeUpToCents");
    if (after.receiptRetentionYears < DONATION.retentionYears.min || after.receiptRetentionYears > DONATION.retentionYears.max) throw new DomainError("VALIDATION", "validation.range", "receiptRetentionYears");
    const next = { ...stored, donations: { ...((stored.donations as object) ?? {}), ...set } };
    readSettings(next);
    const changed = (Object.keys(set) as (keyof DonationSettings)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) return before;
    await tx.organization.update({ where: { id: viewer.organizationId }, data: { settings: next as Prisma.InputJsonValue } });
    await audit(tx, viewer.userId, "organization.settingsUpdated", { type: "Organization", id: viewer.organizationId }, {
      donations: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])) as Prisma.InputJsonValue,
    });
    return after;
  });
}

export async function createGoodsCategory(ctx: ServiceCtx, input: { name: string }) {
  const viewer = signedIn(ctx);
  const name = input.name.trim();
  if (!name) throw new DomainError("VALIDATION", "validation.required", "name");
  if (await ctx.db.goodsCategory.findFirst({ where: { name }, select: { id: true } })) throw new DomainError("CONFLICT", "donation.categoryTaken", "name");
  return ctx.db.$transaction(async (tx) => {
    const last = await tx.goodsCategory.aggregate({ _max: { sortOrder: true } });
    const category = await tx.goodsCategory.create({ data: { name, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
    await audit(tx, viewer.userId, "donation.categoryCreated", { type: "GoodsCategory", id: category.id }, { name });
    return category;
  });
}

/** The seeded list (issue 12): every organisation starts with these. */
export const DEFAULT_CATEGORIES = ["Kleidung", "Möbel", "Haushalt", "Spielzeug", "Schulbedarf", "Elektrogeräte", "Fahrräder"];

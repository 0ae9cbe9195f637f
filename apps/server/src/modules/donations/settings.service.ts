// The donation settings admins maintain: the acceptance thresholds, the
// simplified-proof limit, the receipts' retention, issuer address, place and
// default purpose; and the goods categories. Saved under the organisation's
// row lock (as organizations/settings.service.ts does), only the donations
// part of the stored JSON changes.
import { DONATION } from "@lotse/domain/bounds";
import { cleanTranslations } from "@lotse/domain/locale";
import { DomainError, notFound } from "../../errors.ts";
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

/** A category's name in the other UI languages as typed: a language may be missing, null or empty (none: German shows). */
type TypedTranslations = Partial<Record<string, string | null>>;

export async function createGoodsCategory(ctx: ServiceCtx, input: { name: string; nameTranslations?: TypedTranslations | null }) {
  const viewer = signedIn(ctx);
  const name = input.name.trim();
  if (!name) throw new DomainError("VALIDATION", "validation.required", "name");
  if (await ctx.db.goodsCategory.findFirst({ where: { name }, select: { id: true } })) throw new DomainError("CONFLICT", "donation.categoryTaken", "name");
  const nameTranslations = cleanTranslations(input.nameTranslations);
  return ctx.db.$transaction(async (tx) => {
    const last = await tx.goodsCategory.aggregate({ _max: { sortOrder: true } });
    const category = await tx.goodsCategory.create({ data: { name, nameTranslations, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
    await audit(tx, viewer.userId, "donation.categoryCreated", { type: "GoodsCategory", id: category.id }, { name, nameTranslations });
    return category;
  });
}

/**
 * Replaces a category's translations (an empty set: German everywhere). The German name stays:
 * receipts, the stock list and the reports name it, and it is what the category is known by.
 */
export async function updateGoodsCategoryTranslations(ctx: ServiceCtx, input: { id: string; nameTranslations: TypedTranslations }) {
  const viewer = signedIn(ctx);
  const next = cleanTranslations(input.nameTranslations);
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.goodsCategory.findUnique({ where: { id: input.id } });
    if (!current) throw notFound("id");
    const before = cleanTranslations(current.nameTranslations);
    if (JSON.stringify(before) === JSON.stringify(next)) return current;
    const category = await tx.goodsCategory.update({ where: { id: input.id }, data: { nameTranslations: next } });
    await audit(tx, viewer.userId, "donation.categoryTranslated", { type: "GoodsCategory", id: category.id }, { from: before, to: next });
    return category;
  });
}

/** The seeded list (issue 12): every organisation starts with these. */
export const DEFAULT_CATEGORIES = ["Kleidung", "Möbel", "Haushalt", "Spielzeug", "Schulbedarf", "Elektrogeräte", "Fahrräder"];

/** The seeded categories in the other UI languages (issue 10); the trigger of migration default_goods_category_translations gives every new organisation the same (a test checks the two agree). */
export const DEFAULT_CATEGORY_TRANSLATIONS: Record<string, Record<string, string>> = {
  Kleidung: { en: "Clothing", ar: "ملابس", fa: "پوشاک", uk: "Одяг", tr: "Giyim" },
  Möbel: { en: "Furniture", ar: "أثاث", fa: "مبلمان", uk: "Меблі", tr: "Mobilya" },
  Haushalt: { en: "Household goods", ar: "أدوات منزلية", fa: "لوازم خانه", uk: "Товари для дому", tr: "Ev eşyaları" },
  Spielzeug: { en: "Toys", ar: "ألعاب أطفال", fa: "اسباب‌بازی", uk: "Іграшки", tr: "Oyuncaklar" },
  Schulbedarf: { en: "School supplies", ar: "مستلزمات مدرسية", fa: "لوازم مدرسه", uk: "Шкільне приладдя", tr: "Okul malzemeleri" },
  Elektrogeräte: { en: "Electrical appliances", ar: "أجهزة كهربائية", fa: "لوازم برقی", uk: "Електроприлади", tr: "Elektrikli ev aletleri" },
  Fahrräder: { en: "Bicycles", ar: "دراجات هوائية", fa: "دوچرخه", uk: "Велосипеди", tr: "Bisikletler" },
};

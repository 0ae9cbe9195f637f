// Goods donations (Sachspenden): items valued one by one (gemeiner Wert per
// item, never a flat rate, with how the value was found), each with its
// category, condition, age and storage location. The donation's value is the
// sum of its items; it goes to the acceptance body like money does. Every item
// enters the inventory with its quantity on the shelf.
import { DONATION } from "@lotse/domain/bounds";
import { DomainError, notFound } from "../../errors.ts";
import type { GoodsCondition, GoodsOrigin, ValuationBasis } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { checkAmount, checkNotFuture, insertDonation } from "./donations.service.ts";

export interface GoodsItemInput {
  categoryId: string;
  description: string;
  quantity: number;
  condition: GoodsCondition;
  age?: string | null;
  valuePerItemCents: number;
  valuationBasis: ValuationBasis;
  purchasePriceCents?: number | null;
  storageLocation: string;
}

export interface GoodsDonationInput {
  donorId: string;
  receivedOn: string;
  goodsOrigin: GoodsOrigin;
  note?: string;
  items: GoodsItemInput[];
}

export async function recordGoodsDonation(ctx: ServiceCtx, input: GoodsDonationInput) {
  const viewer = signedIn(ctx);
  checkNotFuture(ctx, input.receivedOn, "receivedOn");
  if (input.items.length === 0) throw new DomainError("VALIDATION", "donation.itemsRequired", "items");
  if (input.items.length > DONATION.itemsMax) throw new DomainError("VALIDATION", "validation.tooMany", "items");
  let total = 0;
  const items = input.items.map((item, i) => {
    const description = item.description.trim();
    if (!description) throw new DomainError("VALIDATION", "validation.required", `items.${i}.description`);
    const storageLocation = item.storageLocation.trim();
    if (!storageLocation) throw new DomainError("VALIDATION", "validation.required", `items.${i}.storageLocation`);
    if (!Number.isInteger(item.quantity) || item.quantity < DONATION.quantity.min || item.quantity > DONATION.quantity.max) {
      throw new DomainError("VALIDATION", "donation.quantityRange", `items.${i}.quantity`);
    }
    checkAmount(item.valuePerItemCents, `items.${i}.valuePerItemCents`);
    if (item.purchasePriceCents != null) checkAmount(item.purchasePriceCents, `items.${i}.purchasePriceCents`);
    total += item.quantity * item.valuePerItemCents;
    return { ...item, description, storageLocation, age: item.age?.trim() ?? "" };
  });
  if (total > DONATION.amountCents.max) throw new DomainError("VALIDATION", "donation.amountRange", "items");
  if (!(await ctx.db.donor.findUnique({ where: { id: input.donorId }, select: { id: true } }))) throw notFound("donorId");
  const categoryIds = [...new Set(items.map((i) => i.categoryId))];
  const known = await ctx.db.goodsCategory.count({ where: { id: { in: categoryIds } } });
  if (known !== categoryIds.length) throw notFound("items.categoryId");

  return ctx.db.$transaction(async (tx) => {
    const donation = await insertDonation(ctx, tx, { donorId: input.donorId, kind: "GOODS", amountCents: total, receivedOn: input.receivedOn, goodsOrigin: input.goodsOrigin, note: input.note });
    for (const item of items) {
      const created = await tx.goodsItem.create({
        data: {
          donationId: donation.id,
          categoryId: item.categoryId,
          description: item.description,
          quantity: item.quantity,
          condition: item.condition,
          age: item.age,
          valuePerItemCents: item.valuePerItemCents,
          valuationBasis: item.valuationBasis,
          purchasePriceCents: item.purchasePriceCents ?? null,
          storageLocation: item.storageLocation,
          available: item.quantity,
        },
      });
      await tx.goodsMovement.create({ data: { itemId: created.id, kind: "RECEIVED", quantity: item.quantity, byId: viewer.userId } });
    }
    await audit(tx, viewer.userId, "donation.recorded", { type: "Donation", id: donation.id }, { kind: "GOODS", amountCents: total, items: items.length, body: donation.body });
    return donation;
  });
}

// The goods inventory: stock per item (available on the shelf + reserved),
// reservations for families, hand-over, write-off, and the history of every
// change (GoodsMovement). Stock changes are single conditional updates
// (WHERE available >= quantity), so 100 simultaneous reservations of the last
// 5 pieces reserve exactly 5 and the rest are told what is left; CHECK
// constraints (available, reserved >= 0) stand behind them. Lapsed
// reservations are released by the job runner (releaseLapsedReservations),
// which reads what is due from the database, so a restart loses nothing.
import { berlinToday, endOfBerlinDay } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { DONATION } from "@lotse/domain/bounds";
import { scopedClientFor, type ScopedTx } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { nowOf, signedIn, type JobCtx, type ServiceCtx } from "../service-context.ts";
import { QUEUED_TRANSACTION } from "./acceptance.ts";
import { checkNotFuture } from "./donations.service.ts";
import { checkFamily } from "./family-ref.ts";

function checkQuantity(quantity: number, field = "quantity") {
  if (!Number.isInteger(quantity) || quantity < DONATION.quantity.min || quantity > DONATION.quantity.max) {
    throw new DomainError("VALIDATION", "donation.quantityRange", field);
  }
}

async function stockTooLow(ctx: ServiceCtx, itemId: string): Promise<never> {
  const item = await ctx.db.goodsItem.findUniqueOrThrow({ where: { id: itemId }, select: { available: true } });
  throw new DomainError("VALIDATION", "donation.stockTooLow", "quantity", { available: item.available });
}

export interface ReserveInput {
  itemId: string;
  quantity: number;
  familyId?: string | null;
  familyName: string;
  reservedUntil: string;
}

export async function reserveGoods(ctx: ServiceCtx, input: ReserveInput) {
  const viewer = signedIn(ctx);
  checkQuantity(input.quantity);
  const familyName = input.familyName.trim();
  if (!familyName) throw new DomainError("VALIDATION", "validation.required", "familyName");
  const today = berlinToday(nowOf(ctx));
  const latest = formatIsoDate(addDays(parseIsoDate(today), DONATION.reservationDays.max));
  if (input.reservedUntil < today || input.reservedUntil > latest) throw new DomainError("VALIDATION", "donation.reservationUntilRange", "reservedUntil", { max: DONATION.reservationDays.max });
  const familyId = await checkFamily(ctx, input.familyId);
  const item = await ctx.db.goodsItem.findUnique({ where: { id: input.itemId }, select: { id: true } });
  if (!item) throw notFound("itemId");
  const reservation = await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.goodsItem.updateMany({
      where: { id: item.id, available: { gte: input.quantity } },
      data: { available: { decrement: input.quantity }, reserved: { increment: input.quantity } },
    });
    if (count !== 1) return null;
    const created = await tx.goodsReservation.create({
      data: {
        itemId: item.id,
        quantity: input.quantity,
        familyId,
        familyName,
        reservedUntil: new Date(endOfBerlinDay(input.reservedUntil)!),
        createdById: viewer.userId,
      },
    });
    await tx.goodsMovement.create({ data: { itemId: item.id, kind: "RESERVED", quantity: input.quantity, reservationId: created.id, byId: viewer.userId } });
    await audit(tx, viewer.userId, "donation.goodsReserved", { type: "GoodsReservation", id: created.id }, { itemId: item.id, quantity: input.quantity });
    return created;
  }, QUEUED_TRANSACTION);
  return reservation ?? stockTooLow(ctx, item.id);
}

/** Ends an active reservation (released by hand or lapsed) and puts its pieces back on the shelf; null when it was not active. */
async function closeReservation(tx: ScopedTx, reservationId: string, status: "RELEASED" | "EXPIRED", now: Date, byId: string | null) {
  const row = await tx.goodsReservation.findUnique({ where: { id: reservationId } });
  if (!row) return null;
  const { count } = await tx.goodsReservation.updateMany({ where: { id: reservationId, status: "ACTIVE" }, data: { status, closedAt: now } });
  if (count !== 1) return null;
  await tx.goodsItem.update({ where: { id: row.itemId }, data: { reserved: { decrement: row.quantity }, available: { increment: row.quantity } } });
  await tx.goodsMovement.create({ data: { itemId: row.itemId, kind: status, quantity: row.quantity, reservationId, byId } });
  return row;
}

export async function releaseReservation(ctx: ServiceCtx, input: { reservationId: string }) {
  const viewer = signedIn(ctx);
  const existing = await ctx.db.goodsReservation.findUnique({ where: { id: input.reservationId }, select: { id: true, status: true } });
  if (!existing) throw notFound("reservationId");
  if (existing.status !== "ACTIVE") throw new DomainError("CONFLICT", "donation.reservationNotActive", "reservationId");
  return ctx.db.$transaction(async (tx) => {
    const row = await closeReservation(tx, existing.id, "RELEASED", nowOf(ctx), viewer.userId);
    if (!row) throw new DomainError("CONFLICT", "donation.reservationNotActive", "reservationId");
    await audit(tx, viewer.userId, "donation.reservationReleased", { type: "GoodsReservation", id: row.id }, { quantity: row.quantity });
    return tx.goodsReservation.findUniqueOrThrow({ where: { id: row.id } });
  });
}

export interface HandOverInput {
  reservationId: string;
  /** The family the goods are handed to: must be the one the reservation is for. */
  familyId?: string | null;
  familyName?: string | null;
  handedOverOn: string;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("de") === b.trim().toLocaleLowerCase("de");

export async function handOverGoods(ctx: ServiceCtx, input: HandOverInput) {
  const viewer = signedIn(ctx);
  checkNotFuture(ctx, input.handedOverOn, "handedOverOn");
  const reservation = await ctx.db.goodsReservation.findUnique({ where: { id: input.reservationId } });
  if (!reservation) throw notFound("reservationId");
  const family = input.familyId ?? input.familyName?.trim();
  if (!family) throw new DomainError("VALIDATION", "validation.required", "familyName");
  const matches = input.familyId ? reservation.familyId === input.familyId : sameName(reservation.familyName, input.familyName!);
  if (!matches) throw new DomainError("FORBIDDEN", "donation.reservationOfOtherFamily", "reservationId", { family: reservation.familyName });
  if (reservation.status !== "ACTIVE") throw new DomainError("CONFLICT", "donation.reservationNotActive", "reservationId");
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.goodsReservation.updateMany({
      where: { id: reservation.id, status: "ACTIVE" },
      data: { status: "HANDED_OVER", handedOverOn: parseIsoDate(input.handedOverOn), handedOverById: viewer.userId, closedAt: nowOf(ctx) },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "donation.reservationNotActive", "reservationId");
    await tx.goodsItem.update({ where: { id: reservation.itemId }, data: { reserved: { decrement: reservation.quantity }, handedOver: { increment: reservation.quantity } } });
    await tx.goodsMovement.create({ data: { itemId: reservation.itemId, kind: "HANDED_OVER", quantity: reservation.quantity, reservationId: reservation.id, byId: viewer.userId } });
    await audit(tx, viewer.userId, "donation.goodsHandedOver", { type: "GoodsReservation", id: reservation.id }, { quantity: reservation.quantity, handedOverOn: input.handedOverOn });
    return tx.goodsReservation.findUniqueOrThrow({ where: { id: reservation.id } });
  });
}

export async function writeOffGoods(ctx: ServiceCtx, input: { itemId: string; quantity: number; reason: string }) {
  const viewer = signedIn(ctx);
  checkQuantity(input.quantity);
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("VALIDATION", "validation.required", "reason");
  const item = await ctx.db.goodsItem.findUnique({ where: { id: input.itemId }, select: { id: true } });
  if (!item) throw notFound("itemId");
  const done = await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.goodsItem.updateMany({
      where: { id: item.id, available: { gte: input.quantity } },
      data: { available: { decrement: input.quantity }, writtenOff: { increment: input.quantity } },
    });
    if (count !== 1) return null;
    await tx.goodsMovement.create({ data: { itemId: item.id, kind: "WRITTEN_OFF", quantity: input.quantity, reason, byId: viewer.userId } });
    await audit(tx, viewer.userId, "donation.goodsWrittenOff", { type: "GoodsItem", id: item.id }, { quantity: input.quantity, reason });
    return tx.goodsItem.findUniqueOrThrow({ where: { id: item.id } });
  });
  return done ?? stockTooLow(ctx, item.id);
}

export interface InventoryFilter {
  search?: string | null;
  categoryId?: string | null;
  storageLocation?: string | null;
  /** Only items with pieces on the shelf or reserved. */
  inStock?: boolean | null;
}

export function inventoryWhere(filter: InventoryFilter | null | undefined): Prisma.GoodsItemWhereInput {
  const f = filter ?? {};
  const search = f.search?.trim();
  return {
    ...(search ? { description: { contains: search, mode: "insensitive" } } : {}),
    ...(f.categoryId ? { categoryId: f.categoryId } : {}),
    ...(f.storageLocation?.trim() ? { storageLocation: f.storageLocation.trim() } : {}),
    ...(f.inStock ? { OR: [{ available: { gt: 0 } }, { reserved: { gt: 0 } }] } : {}),
  };
}

/**
 * The job: releases every active reservation whose date has passed, in every
 * organisation. Each release is a conditional update on ACTIVE in its own
 * transaction with its audit entry, so two instances, a hand release at the
 * same moment or a restart mid-run never release one twice.
 */
export async function releaseLapsedReservations({ prisma, now }: JobCtx): Promise<number> {
  const due = await prisma.goodsReservation.findMany({
    where: { status: "ACTIVE", reservedUntil: { lt: now } },
    select: { id: true, organizationId: true },
    orderBy: { reservedUntil: "asc" },
    take: 500,
  });
  let released = 0;
  for (const r of due) {
    const db = scopedClientFor(prisma, r.organizationId);
    const row = await db.$transaction(async (tx) => {
      const closed = await closeReservation(tx, r.id, "EXPIRED", now, null);
      if (closed) await audit(tx, null, "donation.reservationLapsed", { type: "GoodsReservation", id: r.id }, { quantity: closed.quantity });
      return closed;
    });
    if (row) released++;
  }
  return released;
}

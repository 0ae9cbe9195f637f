// Goods donations and the inventory through the API: items valued one by one
// with category, condition, age, valuation basis and storage location; the
// stock (available + reserved) with its history; reservations for a family,
// release, hand-over (only to the family it was reserved for), write-off;
// lapsed reservations released by the job runner, also after a restart; stock
// never below zero (typed error with what is available, nothing changed).
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { createLogger } from "../../logger.ts";
import { runDueJobs } from "../../jobs/scheduler.ts";
import { moduleJobs } from "../index.ts";
import { categories, Docs, donor, item, ok, send, today, uuidOf } from "./testing.ts";

let t: TestApp;
let coordinator: TestSession;
let cats: Record<string, string>;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type Goods = { id: string; amountCents: number; status: string; body: string; items: { id: string; quantity: number; available: number; reserved: number }[] };

beforeAll(async () => {
  t = await createTestApp({}, { restartable: true });
  coordinator = await t.signIn(demo.coordinator);
  cats = await categories(coordinator);
});
afterAll(async () => {
  await t?.close();
});

async function goods(items: Record<string, unknown>[], origin = "PRIVATE") {
  const d = await donor(coordinator);
  return ok<Goods>(coordinator, Docs.goods, { input: { donorId: d.id, receivedOn: today(), goodsOrigin: origin, items } });
}

const stock = async (itemId: string) => {
  const i = await t.db.prisma.goodsItem.findUniqueOrThrow({ where: { id: uuidOf(itemId) } });
  return { available: i.available, reserved: i.reserved, handedOver: i.handedOver, writtenOff: i.writtenOff };
};

describe("goods donations", () => {
  it("has the seeded categories", () => {
    expect(Object.keys(cats)).toEqual(["Kleidung", "Möbel", "Haushalt", "Spielzeug", "Schulbedarf", "Elektrogeräte", "Fahrräder"]);
  });

  it("records items valued one by one; the donation's value is their sum and goes to the acceptance body", async () => {
    const g = await goods([item(cats.Kleidung!), item(cats.Möbel!, { description: "Kinderschreibtisch Buche", quantity: 1, valuePerItemCents: 9_000, condition: "USED", storageLocation: "Halle 2" })]);
    expect(g).toMatchObject({ kind: "GOODS", amountCents: 5 * 1_500 + 9_000, status: "PENDING", body: "COMMITTEE" });
    expect(g.items.map((i) => [i.quantity, i.available, i.reserved])).toEqual([[5, 5, 0], [1, 1, 0]]);
    const history = await coordinator.gql<{ node: { history: { kind: string; quantity: number }[] } }, Record<string, unknown>>(`query TestHistory($id: ID!) { node(id: $id) { ... on GoodsItem { history { kind quantity } } } }`, { id: g.items[0]!.id });
    expect(history.data!.node.history).toEqual([{ kind: "RECEIVED", quantity: 5 }]);
  });

  it("refuses items without value, quantity, description, storage location or category, changing nothing", async () => {
    const d = await donor(coordinator);
    const before = await t.db.prisma.goodsItem.count();
    const send1 = (items: unknown[]) => send(coordinator, Docs.goods, { input: { donorId: d.id, receivedOn: today(), goodsOrigin: "PRIVATE", items } });
    expect(await send1([])).toMatchObject({ code: "VALIDATION", field: "items" });
    expect(await send1([item(cats.Kleidung!, { valuePerItemCents: 0 })])).toMatchObject({ code: "VALIDATION", field: "items.0.valuePerItemCents" });
    expect(await send1([item(cats.Kleidung!, { quantity: 0 })])).toMatchObject({ code: "VALIDATION", field: "items.0.quantity" });
    expect(await send1([item(cats.Kleidung!, { description: " " })])).toMatchObject({ code: "VALIDATION", field: "items.0.description" });
    expect(await send1([item(cats.Kleidung!, { storageLocation: "" })])).toMatchObject({ code: "VALIDATION", field: "items.0.storageLocation" });
    const osnabrueck = await t.signIn(demo.osnabrueckCoordinator);
    const theirs = await categories(osnabrueck);
    expect(await send1([item(theirs.Kleidung!)])).toMatchObject({ code: "NOT_FOUND" });
    expect(await send(coordinator, Docs.goods, { input: { donorId: d.id, receivedOn: inDays(3), goodsOrigin: "PRIVATE", items: [item(cats.Kleidung!)] } })).toMatchObject({ code: "VALIDATION", field: "receivedOn" });
    expect(await t.db.prisma.goodsItem.count()).toBe(before);
  });
});

describe("inventory", () => {
  it("reserves for a family, releases, hands over to that family only, writes off, and keeps the history", async () => {
    const g = await goods([item(cats.Fahrräder!, { description: "Kinderfahrrad 20 Zoll", quantity: 4, valuePerItemCents: 6_000 })]);
    const itemId = g.items[0]!.id;
    const r1 = await ok<{ id: string }>(coordinator, Docs.reserve, { input: { itemId, quantity: 2, familyName: "Familie Haidari", reservedUntil: inDays(7) } });
    expect(r1).toMatchObject({ status: "ACTIVE", item: { available: 2, reserved: 2 } });
    const r2 = await ok<{ id: string }>(coordinator, Docs.reserve, { input: { itemId, quantity: 1, familyName: "Familie Bondarenko", reservedUntil: inDays(3) } });
    expect(await ok(coordinator, Docs.release, { id: r2.id })).toMatchObject({ status: "RELEASED", item: { available: 2, reserved: 2 } });
    expect(await send(coordinator, Docs.release, { id: r2.id })).toMatchObject({ code: "CONFLICT", field: "reservationId" });
    // Someone else's reservation: the goods go only to the family they were reserved for.
    const wrong = await send(coordinator, Docs.handOver, { input: { reservationId: r1.id, familyName: "Familie Bondarenko", handedOverOn: today() } });
    expect(wrong).toMatchObject({ code: "FORBIDDEN", field: "reservationId", message: "Diese Reservierung gilt für eine andere Familie (Familie Haidari)." });
    expect(await stock(itemId)).toEqual({ available: 2, reserved: 2, handedOver: 0, writtenOff: 0 });
    expect(await send(coordinator, Docs.handOver, { input: { reservationId: r1.id, familyName: "Familie Haidari", handedOverOn: inDays(2) } })).toMatchObject({ code: "VALIDATION", field: "handedOverOn" });
    const handed = await ok(coordinator, Docs.handOver, { input: { reservationId: r1.id, familyName: "familie haidari", handedOverOn: today() } });
    expect(handed).toMatchObject({ status: "HANDED_OVER", handedOverOn: today(), item: { available: 2, reserved: 0, handedOver: 2 } });
    expect(await send(coordinator, Docs.handOver, { input: { reservationId: r1.id, familyName: "Familie Haidari", handedOverOn: today() } })).toMatchObject({ code: "CONFLICT" });
    const written = await ok<{ history: { kind: string; quantity: number; reason: string | null }[] }>(coordinator, Docs.writeOff, { itemId, quantity: 1, reason: "Rahmen gebrochen" });
    expect(written).toMatchObject({ available: 1, writtenOff: 1 });
    expect(written.history.map((h) => `${h.kind}:${h.quantity}`).sort()).toEqual(["HANDED_OVER:2", "RECEIVED:4", "RELEASED:1", "RESERVED:1", "RESERVED:2", "WRITTEN_OFF:1"]);
  });

  it("refuses a reservation or write-off above the stock with what is available, changing nothing", async () => {
    const g = await goods([item(cats.Spielzeug!, { description: "Puzzle 100 Teile", quantity: 3, valuePerItemCents: 500 })]);
    const itemId = g.items[0]!.id;
    const movements = await t.db.prisma.goodsMovement.count();
    const tooMany = await send(coordinator, Docs.reserve, { input: { itemId, quantity: 4, familyName: "Familie Nowak", reservedUntil: inDays(7) } });
    expect(tooMany).toMatchObject({ code: "VALIDATION", field: "quantity", message: "So viele Stücke sind nicht frei: verfügbar sind 3." });
    expect(await send(coordinator, Docs.writeOff, { itemId, quantity: 4, reason: "kaputt" })).toMatchObject({ code: "VALIDATION", field: "quantity" });
    expect(await send(coordinator, Docs.reserve, { input: { itemId, quantity: 1, familyName: "Familie Nowak", reservedUntil: inDays(-1) } })).toMatchObject({ code: "VALIDATION", field: "reservedUntil" });
    expect(await send(coordinator, Docs.reserve, { input: { itemId, quantity: 1, familyName: "Familie Nowak", reservedUntil: inDays(400) } })).toMatchObject({ code: "VALIDATION", field: "reservedUntil" });
    expect(await stock(itemId)).toEqual({ available: 3, reserved: 0, handedOver: 0, writtenOff: 0 });
    expect(await t.db.prisma.goodsMovement.count()).toBe(movements);
    await expect(t.db.prisma.goodsItem.update({ where: { id: uuidOf(itemId) }, data: { available: -1, writtenOff: 4 } })).rejects.toThrow(/GoodsItem_stock_not_negative/);
  });

  it("lists the inventory with filters, newest first", async () => {
    await goods([item(cats.Elektrogeräte!, { description: "Wasserkocher 1,7 l", storageLocation: "Regal C1" })]);
    const Inventory = `query TestInventory($filter: GoodsInventoryFilter) { goodsInventory(filter: $filter, first: 20) { edges { node { description storageLocation category { name } available } } pageInfo { hasNextPage } } }`;
    const bySearch = await coordinator.gql<{ goodsInventory: { edges: { node: { description: string } }[] } }, Record<string, unknown>>(Inventory, { filter: { search: "wasserKOCHER" } });
    expect(bySearch.data!.goodsInventory.edges.map((e) => e.node.description)).toEqual(["Wasserkocher 1,7 l"]);
    const byCategory = await coordinator.gql<{ goodsInventory: { edges: { node: { category: { name: string } } }[] } }, Record<string, unknown>>(Inventory, { filter: { categoryId: cats.Fahrräder } });
    expect(byCategory.data!.goodsInventory.edges.every((e) => e.node.category.name === "Fahrräder")).toBe(true);
    const byPlace = await coordinator.gql<{ goodsInventory: { edges: unknown[] } }, Record<string, unknown>>(Inventory, { filter: { storageLocation: "Regal C1", inStock: true } });
    expect(byPlace.data!.goodsInventory.edges).toHaveLength(1);
  });

  it("releases lapsed reservations by the job runner, once, also after a restart", async () => {
    const g = await goods([item(cats.Haushalt!, { description: "Topfset 5-teilig", quantity: 2, valuePerItemCents: 2_000 })]);
    const itemId = g.items[0]!.id;
    const r = await ok<{ id: string }>(coordinator, Docs.reserve, { input: { itemId, quantity: 2, familyName: "Familie Ahmadi", reservedUntil: today() } });
    const logger = createLogger("silent");
    // Not yet due today.
    await runDueJobs(t.db.prisma, logger, moduleJobs, new Date());
    expect((await stock(itemId)).reserved).toBe(2);
    t = await t.restart();
    coordinator = await t.signIn(demo.coordinator);
    const dayAfter = new Date(Date.now() + 2 * 86_400_000);
    await runDueJobs(t.db.prisma, logger, moduleJobs, dayAfter);
    await runDueJobs(t.db.prisma, logger, moduleJobs, dayAfter);
    expect(await stock(itemId)).toEqual({ available: 2, reserved: 0, handedOver: 0, writtenOff: 0 });
    const row = await t.db.prisma.goodsReservation.findUniqueOrThrow({ where: { id: uuidOf(r.id) } });
    expect(row.status).toBe("EXPIRED");
    expect(await t.db.prisma.goodsMovement.count({ where: { reservationId: row.id, kind: "EXPIRED" } })).toBe(1);
    expect(await t.db.prisma.auditLog.count({ where: { entityId: row.id, action: "donation.reservationLapsed" } })).toBe(1);
    expect(await send(coordinator, Docs.handOver, { input: { reservationId: r.id, familyName: "Familie Ahmadi", handedOverOn: today() } })).toMatchObject({ code: "CONFLICT" });
  });
});

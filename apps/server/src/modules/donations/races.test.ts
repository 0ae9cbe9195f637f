// The donations rules that must hold under concurrency, on PostgreSQL (PGlite
// runs one transaction at a time, so the races cannot happen there): 100
// simultaneous disbursements that together exceed the balance leave it at
// zero or above, the refused ones told what remains; 100 simultaneous
// reservations for the last 5 pieces reserve exactly 5; 200 simultaneous
// receipts get the numbers 1 to 200 without a gap, each donation receipted once.
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";
import { acceptedMoney, categories, Docs, donor, item, ok, send, today, uuidOf } from "./testing.ts";

describeOnPostgres("donations under concurrency", () => {
  let t: TestApp;
  let coordinator: TestSession;
  const year = Number(today().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.signIn(demo.coordinator);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("100 simultaneous disbursements never take a fund below zero; the refused ones are told what remains", async () => {
    const fund = await ok<{ id: string }>(coordinator, Docs.createFund, { name: "Rennen", purpose: "Test" });
    const d = await donor(coordinator);
    await acceptedMoney(coordinator, d.id, 100_000, { fundId: fund.id });
    // 100 × 15 € against 1.000 €: at most 66 fit.
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        send(coordinator, Docs.disburse, { input: { fundId: fund.id, amountCents: 1_500, paidOn: today(), purpose: `Hilfe ${i}`, familyName: `Familie ${i}`, approvedBy: "Amtsleitung" } }),
      ),
    );
    const paid = results.filter((r) => r.__typename.endsWith("Success"));
    const refused = results.filter((r) => !r.__typename.endsWith("Success"));
    const row = await t.db.prisma.fund.findUniqueOrThrow({ where: { id: uuidOf(fund.id) } });
    expect(paid).toHaveLength(66);
    expect(row.balanceCents).toBe(100_000 - 66 * 1_500);
    expect(row.balanceCents).toBeGreaterThanOrEqual(0);
    expect(await t.db.prisma.fundDisbursement.count({ where: { fundId: row.id } })).toBe(66);
    for (const r of refused) expect(r).toMatchObject({ code: "VALIDATION", field: "amountCents", message: expect.stringMatching(/Es sind noch 10,00\s€ verfügbar/) });
  }, 120_000);

  it("100 simultaneous reservations for the last 5 pieces reserve exactly 5", async () => {
    const cats = await categories(coordinator);
    const d = await donor(coordinator);
    const g = await ok<{ items: { id: string }[] }>(coordinator, Docs.goods, { input: { donorId: d.id, receivedOn: today(), goodsOrigin: "PRIVATE", items: [item(cats.Schulbedarf!, { quantity: 5 })] } });
    const itemId = g.items[0]!.id;
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => send(coordinator, Docs.reserve, { input: { itemId, quantity: 1, familyName: `Familie ${i}`, reservedUntil: until } })));
    const won = results.filter((r) => r.__typename.endsWith("Success"));
    expect(won).toHaveLength(5);
    for (const r of results.filter((x) => !x.__typename.endsWith("Success"))) expect(r).toMatchObject({ code: "VALIDATION", field: "quantity", message: "So viele Stücke sind nicht frei: verfügbar sind 0." });
    const row = await t.db.prisma.goodsItem.findUniqueOrThrow({ where: { id: uuidOf(itemId) } });
    expect(row).toMatchObject({ available: 0, reserved: 5 });
    expect(await t.db.prisma.goodsReservation.count({ where: { itemId: row.id, status: "ACTIVE" } })).toBe(5);
  }, 120_000);

  it("200 simultaneous receipts get gapless numbers, and a donation asked twice at once is receipted once", async () => {
    const d = await donor(coordinator);
    const gifts = [];
    for (let i = 0; i < 200; i++) gifts.push(await acceptedMoney(coordinator, d.id, 100 + i));
    const before = await t.db.prisma.donationReceipt.count({ where: { organization: { slug: "oldenburg" }, year } });
    // Every donation asked for twice at the same moment: 400 requests, 200 receipts.
    const results = await Promise.all([...gifts, ...gifts].map((g) => send(coordinator, Docs.issue, { donationId: g.id })));
    const issued = results.filter((r) => r.__typename.endsWith("Success"));
    expect(issued).toHaveLength(200);
    for (const r of results.filter((x) => !x.__typename.endsWith("Success"))) expect(r).toMatchObject({ code: "CONFLICT", field: "donationId" });
    const rows = await t.db.prisma.donationReceipt.findMany({ where: { organization: { slug: "oldenburg" }, year }, orderBy: { sequence: "asc" }, select: { sequence: true } });
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: before + 200 }, (_, i) => i + 1));
    expect(await t.db.prisma.donation.count({ where: { donorId: uuidOf(d.id), receiptId: null } })).toBe(0);
  }, 300_000);
});

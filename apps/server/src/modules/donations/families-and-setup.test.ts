// What the donations area takes from the rest of Lotse: a reservation or
// payment may name a family of the matching module (only one of the caller's
// organisation, kept by a foreign key that clears only the reference when the
// family row goes); every organisation, however created, starts with the goods
// categories; and the coordinator's start page counts the donations waiting
// for acceptance, linking to the acceptance queue.
import { readFileSync } from "node:fs";
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { DEFAULT_CATEGORIES, DEFAULT_CATEGORY_TRANSLATIONS } from "./settings.service.ts";
import { accept, categories, Docs, donor, globalId, item, money, ok, send, today, uuidOf } from "./testing.ts";

let t: TestApp;
let coordinator: TestSession;
let osnabrueck: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, osnabrueck] = await Promise.all([t.signIn(demo.coordinator), t.signIn(demo.osnabrueckCoordinator)]);
});
afterAll(async () => {
  await t?.close();
});

async function family(slug: string, addressedAs: string) {
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug } });
  const registeredBy = await t.db.prisma.user.findFirstOrThrow({ where: { email: slug === "oldenburg" ? demo.coordinator : demo.osnabrueckCoordinator } });
  const row = await t.db.prisma.family.create({
    data: { organizationId: org.id, addressedAs, waitingSince: parseIsoDate(berlinToday()), consentVersion: 1, consentedAt: new Date(), registeredById: registeredBy.id },
  });
  return { uuid: row.id, id: globalId("Family", row.id) };
}

async function shelfItem(session: TestSession, quantity = 4) {
  const cats = await categories(session);
  const d = await donor(session);
  const g = await ok<{ items: { id: string }[] }>(session, Docs.goods, { input: { donorId: d.id, receivedOn: today(), goodsOrigin: "PRIVATE", items: [item(cats.Kleidung!, { quantity })] } });
  return g.items[0]!.id;
}

const reserveFor = (session: TestSession, itemId: string, familyId: string | null, familyName: string) =>
  send(session, Docs.reserve, { input: { itemId, quantity: 1, familyId, familyName, reservedUntil: today() } });

describe("families named by reservations and payments", () => {
  it("lets a family's erasure reach the name its reservations copied", async () => {
    const karimi = await family("oldenburg", "Familie Karimi-Erasure");
    const itemId = await shelfItem(coordinator);
    const r = await reserveFor(coordinator, itemId, karimi.id, "Familie Karimi-Erasure");
    const id = uuidOf((r.data as { id: string }).id);
    const admin = await t.signIn(demo.admin);
    const erased = await admin.gql<{ eraseFamily: unknown }, Record<string, unknown>>(
      `mutation TestEraseFamily($id: ID!) { eraseFamily(id: $id) { __typename ... on MutationEraseFamilySuccess { data } } }`,
      { id: karimi.id },
    );
    expect(erased.errors).toBeUndefined();
    const row = await t.db.prisma.goodsReservation.findUniqueOrThrow({ where: { id } });
    expect(row.familyId).toBe(karimi.uuid);
    expect(row.familyName).not.toContain("Karimi");
    // Nothing else in the donations area still carries the name.
    const [{ n }] = await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT (SELECT count(*) FROM "GoodsReservation" WHERE "familyName" LIKE '%Karimi-Erasure%')
            + (SELECT count(*) FROM "FundDisbursement" WHERE "familyName" LIKE '%Karimi-Erasure%') AS n`,
    );
    expect(Number(n)).toBe(0);
  });

  it("stores the family of the caller's organisation and shows it by its Relay id", async () => {
    const haddad = await family("oldenburg", "Familie Haddad");
    const itemId = await shelfItem(coordinator);
    const r = await reserveFor(coordinator, itemId, haddad.id, "Familie Haddad");
    expect(r.__typename).toBe("MutationReserveGoodsSuccess");
    const id = (r.data as { id: string }).id;
    const shown = await coordinator.gql<{ node: { familyId: string } }, Record<string, unknown>>(`query TestReservationFamily($id: ID!) { node(id: $id) { ... on GoodsReservation { familyId } } }`, { id });
    expect(shown.data!.node.familyId).toBe(haddad.id);
    // Handed over to the same family by its id; another family is refused.
    const other = await family("oldenburg", "Familie Nasser");
    expect(await send(coordinator, Docs.handOver, { input: { reservationId: id, familyId: other.id, handedOverOn: today() } })).toMatchObject({ code: "FORBIDDEN" });
    expect(await send(coordinator, Docs.handOver, { input: { reservationId: id, familyId: haddad.id, handedOverOn: today() } })).toMatchObject({ __typename: "MutationHandOverGoodsSuccess" });
  });

  it("refuses a family of another organisation, an unknown one or another type's id at the field, reserving nothing", async () => {
    const foreign = await family("osnabrueck", "Familie Osnabrück");
    const itemId = await shelfItem(coordinator);
    for (const familyId of [foreign.id, globalId("Family", crypto.randomUUID()), itemId]) {
      expect(await reserveFor(coordinator, itemId, familyId, "Familie X")).toMatchObject({ code: "NOT_FOUND", field: "familyId" });
    }
    expect(await t.db.prisma.goodsItem.findUniqueOrThrow({ where: { id: uuidOf(itemId) } })).toMatchObject({ available: 4, reserved: 0 });
    // The other organisation reserves for its own family.
    const theirs = await shelfItem(osnabrueck);
    expect((await reserveFor(osnabrueck, theirs, foreign.id, "Familie Osnabrück")).__typename).toBe("MutationReserveGoodsSuccess");
  });

  it("refuses a payment to an unknown family and keeps the balance", async () => {
    const fund = await ok<{ id: string }>(coordinator, Docs.createFund, { name: "Familienhilfe Test", purpose: "Hilfe" });
    const d = await donor(coordinator);
    await accept(coordinator, (await money(coordinator, d.id, 5_000, { fundId: fund.id })).id);
    const pay = (familyId: string) => send(coordinator, Docs.disburse, { input: { fundId: fund.id, amountCents: 1_000, paidOn: today(), purpose: "Schulranzen", familyId, approvedBy: "Frau Test" } });
    expect(await pay(globalId("Family", crypto.randomUUID()))).toMatchObject({ code: "NOT_FOUND", field: "familyId" });
    const paid = await family("oldenburg", "Familie Bakir");
    expect(await pay(paid.id)).toMatchObject({ __typename: "MutationDisburseFundsSuccess", data: { fund: { balanceCents: 4_000 } } });
  });

  it("keeps the reservation and its family name when the family row is deleted: only the reference is cleared", async () => {
    const gone = await family("oldenburg", "Familie Weg");
    const itemId = await shelfItem(coordinator);
    const id = uuidOf(((await reserveFor(coordinator, itemId, gone.id, "Familie Weg")).data as { id: string }).id);
    await t.db.prisma.family.delete({ where: { id: gone.uuid } });
    expect(await t.db.prisma.goodsReservation.findUniqueOrThrow({ where: { id } })).toMatchObject({ familyId: null, familyName: "Familie Weg", status: "ACTIVE" });
  });
});

describe("goods categories of a new organisation", () => {
  it("come with the organisation however it is created, the same list as the module's defaults", async () => {
    const org = await t.db.prisma.organization.create({ data: { slug: `neu-${Date.now()}`, name: "Gemeinde Neuland", settings: {} } });
    const rows = await t.db.prisma.goodsCategory.findMany({ where: { organizationId: org.id }, orderBy: { sortOrder: "asc" } });
    expect(rows.map((c) => c.name)).toEqual(DEFAULT_CATEGORIES);
    const sql = readFileSync(new URL("../../../../../prisma/migrations/20261203030100_default_goods_categories/migration.sql", import.meta.url), "utf8");
    for (const list of sql.matchAll(/ARRAY\[([^\]]+)\]/g)) expect(list[1]!.split(",").map((s) => s.trim().replace(/^'|'$/g, ""))).toEqual(DEFAULT_CATEGORIES);
  });

  it("come named in all six languages: a coordinator of a new organisation reads them in Arabic", async () => {
    const org = await t.db.prisma.organization.create({ data: { slug: `neu-ar-${Date.now()}`, name: "Gemeinde Neustadt", settings: {} } });
    const email = `koordination-ar-${Date.now()}@neustadt.example`;
    const user = await t.db.prisma.user.create({ data: { email, name: "Rana Haddad", locale: "AR", emailVerifiedAt: new Date() } });
    await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, acceptedAt: new Date(), roles: { create: [{ role: "COORDINATOR" }] } } });
    const arabic = await t.sessionFor(email);
    const read = await arabic.gql<{ goodsCategories: { name: string; nameTranslations: { de: string } }[] }, Record<string, never>>(`query TestNewOrgCategories { goodsCategories { name nameTranslations { de } } }`);
    expect(read.data!.goodsCategories.map((c) => c.name)).toEqual(["ملابس", "أثاث", "أدوات منزلية", "ألعاب أطفال", "مستلزمات مدرسية", "أجهزة كهربائية", "دراجات هوائية"]);
    expect(read.data!.goodsCategories.map((c) => c.nameTranslations.de)).toEqual(DEFAULT_CATEGORIES);
    const rows = await t.db.prisma.goodsCategory.findMany({ where: { organizationId: org.id }, orderBy: { sortOrder: "asc" } });
    for (const row of rows) expect(row.nameTranslations, row.name).toEqual(DEFAULT_CATEGORY_TRANSLATIONS[row.name]);
    // The trigger's list (the migration) and the module's defaults say the same.
    const sql = readFileSync(new URL("../../../../../prisma/migrations/20261204054300_default_goods_category_translations/migration.sql", import.meta.url), "utf8");
    const values = sql.slice(0, sql.indexOf("$$ LANGUAGE"));
    const listed = [...values.matchAll(/\((\d+), '([^']+)', '([^']+)'::jsonb\)/g)].map((m) => [m[2]!, JSON.parse(m[3]!)]);
    expect(listed).toEqual(DEFAULT_CATEGORIES.map((name) => [name, DEFAULT_CATEGORY_TRANSLATIONS[name]]));
  });
});

describe("the coordinator's start page", () => {
  const queue = async (session: TestSession) =>
    (await session.gql<{ myWorkQueue: { key: string; count: number; href: string }[] }, Record<string, never>>(`query TestDonationsQueue { myWorkQueue { key count href } }`)).data!.myWorkQueue.filter((i) =>
      i.key.startsWith("donations."),
    );
  const pending = async (session: TestSession) =>
    (await session.gql<{ donations: { totalCount: number } }, Record<string, never>>(`query TestPendingCount { donations(first: 1, filter: { status: PENDING }) { totalCount } }`)).data!.donations.totalCount;

  it("counts the donations waiting for acceptance, as many as the queue it links to lists, and follows decisions", async () => {
    const before = await pending(coordinator);
    const d = await donor(coordinator);
    const first = await money(coordinator, d.id, 2_000);
    await money(coordinator, d.id, 3_000);
    const items = await queue(coordinator);
    expect(items).toEqual([{ key: "donations.awaitingAcceptance", count: before + 2, href: "/koordination/spenden/annahme" }]);
    expect(items[0]!.count).toBe(await pending(coordinator));
    await accept(coordinator, first.id);
    expect((await queue(coordinator))[0]!.count).toBe(before + 1);
    // Another organisation's count is its own; a volunteer has none.
    expect((await queue(osnabrueck))[0]?.count ?? 0).toBe(await pending(osnabrueck));
    expect(await queue(await t.signIn(demo.volunteer))).toEqual([]);
  });
});

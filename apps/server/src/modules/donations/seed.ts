// Demo data of the donations area. The base seed (what tests start from) gives
// every organisation the goods categories of the issue; the demo office adds
// an ordinary year in Oldenburg: donors, money in funds with disbursements,
// an acceptance queue at every body, a refused gift to return, goods on the
// shelves with reservations for families, and issued receipts.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import type { Prisma } from "../../generated/prisma/client.ts";
import { nextNumber } from "../../db/counters.ts";
import type { SeedCtx } from "../module.ts";
import { acceptanceBodyFor, budgetYearOf } from "./acceptance.ts";
import { amountInWords } from "./amount-in-words.ts";
import { RECEIPT_TEMPLATE, receiptNumber, type ReceiptContent } from "./receipt-content.ts";
import { DEFAULT_CATEGORIES, DEFAULT_CATEGORY_TRANSLATIONS } from "./settings.service.ts";
import { readSettings } from "../organizations/index.ts";

/** The categories come with every organisation, named in all six languages (a database trigger, migrations default_goods_categories and default_goods_category_translations); this keeps a seed on an older database whole. */
export async function seedDonations(ctx: SeedCtx) {
  for (const org of await ctx.tx.organization.findMany({ orderBy: { slug: "asc" } })) {
    await ctx.tx.goodsCategory.createMany({
      data: DEFAULT_CATEGORIES.map((name, i) => ({ organizationId: org.id, name, nameTranslations: DEFAULT_CATEGORY_TRANSLATIONS[name] ?? {}, sortOrder: i })),
      skipDuplicates: true,
    });
  }
}

const DONORS: { kind: "PERSON" | "COMPANY"; name: string; address: string; email?: string }[] = [
  { kind: "PERSON", name: "Hanna Meyer", address: "Gartenstraße 12\n26122 Oldenburg", email: "hanna.meyer@example.org" },
  { kind: "PERSON", name: "Klaus-Dieter Janssen", address: "Donnerschweer Straße 88\n26123 Oldenburg" },
  { kind: "PERSON", name: "Ayşe Yılmaz", address: "Alexanderstraße 5\n26121 Oldenburg", email: "ayse.yilmaz@example.org" },
  { kind: "COMPANY", name: "Bäckerei Onken GmbH", address: "Lange Straße 40\n26122 Oldenburg" },
  { kind: "COMPANY", name: "Autohaus Wübbena KG", address: "Bremer Heerstraße 210\n26135 Oldenburg" },
  { kind: "PERSON", name: "Dr. Friederike Schütte", address: "Bürgerbuschweg 3\n26127 Oldenburg" },
  { kind: "COMPANY", name: "Ev.-luth. Kirchengemeinde Eversten", address: "Hauptstraße 36\n26122 Oldenburg" },
];

export async function seedDonationsOffice(ctx: SeedCtx) {
  const tx = ctx.tx;
  const organizationId = ctx.organizations.oldenburg!;
  const org = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const settings = readSettings(org.settings);
  const coordinator = ctx.users["koordination@oldenburg.example"]!;
  const rnd = ctx.random("donations");
  const today = berlinToday(ctx.now);
  const year = budgetYearOf(today);
  const daysAgo = (n: number) => formatIsoDate(addDays(parseIsoDate(today), -n));
  // Dates of this budget year only, so the queue and the year's receipts make sense on any seeding day.
  const dayOfYear = Math.max(1, Math.round((parseIsoDate(today).getTime() - Date.UTC(year, 0, 1)) / 86_400_000));
  const inYear = (max: number) => daysAgo(rnd.int(0, Math.min(max, dayOfYear - 1)));

  const donors = DONORS.map((d) => ({ id: rnd.uuid(), organizationId, ...d, sortName: d.name.toLocaleLowerCase("de") }));
  const anonymous = { id: rnd.uuid(), organizationId, kind: "ANONYMOUS" as const, name: null, address: null, sortName: null };
  await tx.donor.createMany({ data: [...donors, anonymous] });

  const funds = [
    { id: rnd.uuid(), name: "Kleiderkammer", purpose: "Förderung der Hilfe für Flüchtlinge: Kleidung und Hausrat für neu zugewanderte Familien" },
    { id: rnd.uuid(), name: "Schulstarthilfe", purpose: "Förderung der Erziehung und Bildung: Schulbedarf für Kinder zugewanderter Familien" },
    { id: rnd.uuid(), name: "Lotsenfonds", purpose: "Förderung des bürgerschaftlichen Engagements: Fahrtkosten und Fortbildung der Integrationslotsen" },
  ];

  // Money: per donor a few gifts; the body follows the donor's running total in the year.
  type Row = Prisma.DonationCreateManyInput;
  const rows: Row[] = [];
  const totals = new Map<string, number>();
  const plan: [number, number, "ACCEPTED" | "PENDING" | "REFUSED", string | null][] = [
    [0, 5_000, "ACCEPTED", funds[0]!.id], [0, 2_500, "ACCEPTED", funds[0]!.id], [0, 7_500, "PENDING", funds[0]!.id],
    [1, 15_000, "ACCEPTED", funds[1]!.id], [1, 25_000, "ACCEPTED", null],
    [2, 3_000, "ACCEPTED", null], [2, 3_000, "ACCEPTED", null], [2, 3_000, "ACCEPTED", null], [2, 5_000, "PENDING", null],
    [3, 120_000, "ACCEPTED", funds[1]!.id], [4, 250_000, "PENDING", funds[2]!.id], [5, 50_000, "ACCEPTED", funds[2]!.id],
    [6, 180_000, "REFUSED", null], [-1, 2_000, "ACCEPTED", funds[0]!.id], [-1, 1_500, "PENDING", null],
  ];
  for (const [i, amountCents, status, fundId] of plan) {
    const donor = i < 0 ? anonymous : donors[i]!;
    const total = i < 0 ? amountCents : (totals.get(donor.id) ?? 0) + amountCents;
    if (i >= 0) totals.set(donor.id, total);
    const receivedOn = status === "PENDING" ? inYear(10) : inYear(300);
    rows.push({
      id: rnd.uuid(),
      organizationId,
      donorId: donor.id,
      kind: "MONEY",
      amountCents,
      receivedOn: parseIsoDate(receivedOn),
      budgetYear: year,
      method: rnd.pick(["TRANSFER", "TRANSFER", "CASH", "DIRECT_DEBIT"] as const),
      fundId,
      waiverOfExpenses: false,
      body: acceptanceBodyFor(total, settings.donations),
      donorYearTotalCents: total,
      status,
      decidedOn: status === "PENDING" ? null : parseIsoDate(receivedOn),
      decisionReference: status === "PENDING" ? null : status === "REFUSED" ? "Ratsbeschluss 2026/114 (abgelehnt)" : `Annahmeverfügung ${rnd.int(100, 999)}/${year}`,
      decidedById: status === "PENDING" ? null : coordinator,
      returnPending: status === "REFUSED",
      recordedById: coordinator,
    });
  }
  // A pending gift moves up with its donor's later total: every donor's pending gifts go to the body of the year's total.
  for (const row of rows) {
    if (row.status === "PENDING" && totals.has(row.donorId)) row.body = acceptanceBodyFor(totals.get(row.donorId)!, settings.donations);
  }
  const fundTotals = new Map<string, number>();
  for (const r of rows) if (r.status === "ACCEPTED" && r.fundId) fundTotals.set(r.fundId, (fundTotals.get(r.fundId) ?? 0) + r.amountCents);
  const disbursements = [
    { fundId: funds[0]!.id, amountCents: 3_000, purpose: "Winterjacken für zwei Kinder", familyName: "Familie Haidari", approvedBy: "Frau Brandt (Koordination)", days: 20 },
    { fundId: funds[1]!.id, amountCents: 12_000, purpose: "Schulranzen und Hefte zum Schuljahresbeginn", familyName: "Familie Bondarenko", approvedBy: "Amtsleitung", days: 60 },
    { fundId: funds[2]!.id, amountCents: 8_500, purpose: "Fahrtkosten Aufbaumodul", recipient: "Integrationslotsen-Gruppe Kreyenbrück", approvedBy: "Amtsleitung", days: 14 },
  ];
  await tx.fund.createMany({
    data: funds.map((f) => {
      const accepted = fundTotals.get(f.id) ?? 0;
      const disbursed = disbursements.filter((d) => d.fundId === f.id).reduce((s, d) => s + d.amountCents, 0);
      return { ...f, organizationId, acceptedCents: accepted, disbursedCents: disbursed, balanceCents: accepted - disbursed };
    }),
  });
  await tx.donation.createMany({ data: rows });
  await tx.fundDisbursement.createMany({
    data: disbursements.map(({ days, ...d }) => ({ organizationId, ...d, paidOn: parseIsoDate(daysAgo(Math.min(days, dayOfYear - 1))), recordedById: coordinator })),
  });

  // Goods on the shelves, with two reservations for families.
  const categories = new Map((await tx.goodsCategory.findMany({ where: { organizationId } })).map((c) => [c.name, c.id]));
  const goods = [
    { donor: 6, items: [["Kleidung", "Winterjacke Kinder, Gr. 128", 6, "GOOD", "ca. 2 Jahre", 1_500, "Regal A1"], ["Kleidung", "Gummistiefel Gr. 30–34", 8, "AS_NEW", "ca. 1 Jahr", 800, "Regal A2"]] },
    { donor: 4, items: [["Fahrräder", "Kinderfahrrad 20 Zoll, 3-Gang", 3, "USED", "ca. 4 Jahre", 6_000, "Keller"], ["Elektrogeräte", "Wasserkocher 1,7 l", 5, "NEW", "neu, originalverpackt", 2_500, "Regal C1"]] },
    { donor: 0, items: [["Möbel", "Kinderschreibtisch Buche", 1, "GOOD", "ca. 5 Jahre", 4_000, "Lager Halle 2"], ["Schulbedarf", "Federmäppchen, gefüllt", 20, "NEW", "neu", 900, "Regal B3"]] },
  ] as const;
  for (const g of goods) {
    const donor = donors[g.donor]!;
    const value = g.items.reduce((s, i) => s + i[2] * i[5], 0);
    const total = (totals.get(donor.id) ?? 0) + value;
    totals.set(donor.id, total);
    const donationId = rnd.uuid();
    const receivedOn = inYear(120);
    await tx.donation.create({
      data: {
        id: donationId, organizationId, donorId: donor.id, kind: "GOODS", amountCents: value, receivedOn: parseIsoDate(receivedOn), budgetYear: year,
        goodsOrigin: donor.kind === "COMPANY" ? "BUSINESS" : "PRIVATE", body: acceptanceBodyFor(total, settings.donations), donorYearTotalCents: total,
        status: "ACCEPTED", decidedOn: parseIsoDate(receivedOn), decisionReference: `Annahmeverfügung ${rnd.int(100, 999)}/${year}`, decidedById: coordinator, recordedById: coordinator,
      },
    });
    for (const [category, description, quantity, condition, age, valuePerItemCents, storageLocation] of g.items) {
      const itemId = rnd.uuid();
      await tx.goodsItem.create({
        data: { id: itemId, organizationId, donationId, categoryId: categories.get(category)!, description, quantity, condition, age, valuePerItemCents, valuationBasis: condition === "NEW" ? "INVOICE" : "MARKET_ESTIMATE", storageLocation, available: quantity },
      });
      await tx.goodsMovement.create({ data: { organizationId, itemId, kind: "RECEIVED", quantity, byId: coordinator } });
    }
  }
  const jackets = await tx.goodsItem.findFirstOrThrow({ where: { organizationId, description: { startsWith: "Winterjacke" } } });
  const bike = await tx.goodsItem.findFirstOrThrow({ where: { organizationId, description: { startsWith: "Kinderfahrrad" } } });
  for (const [item, quantity, familyName, days] of [[jackets, 2, "Familie Haidari", 5], [bike, 1, "Familie Mohammadi", 9]] as const) {
    const reservationId = rnd.uuid();
    await tx.goodsItem.update({ where: { id: item.id }, data: { available: { decrement: quantity }, reserved: { increment: quantity } } });
    await tx.goodsReservation.create({ data: { id: reservationId, organizationId, itemId: item.id, quantity, familyName, reservedUntil: parseIsoDate(daysAgo(-days)), createdById: coordinator } });
    await tx.goodsMovement.create({ data: { organizationId, itemId: item.id, kind: "RESERVED", quantity, reservationId, byId: coordinator } });
  }

  // Two issued receipts (the counter gives their numbers, as in the app).
  const user = await tx.user.findUniqueOrThrow({ where: { id: coordinator }, select: { name: true } });
  for (const donorIndex of [1, 3]) {
    const donor = donors[donorIndex]!;
    const mine = rows.filter((r) => r.donorId === donor.id && r.status === "ACCEPTED");
    const sequence = await nextNumber(tx, organizationId, `donationReceipt:${year}`);
    const number = receiptNumber(year, sequence);
    const totalCents = mine.reduce((s, r) => s + r.amountCents, 0);
    const collective = mine.length > 1;
    const content: ReceiptContent = {
      template: RECEIPT_TEMPLATE,
      kind: collective ? "COLLECTIVE" : "SINGLE",
      donationKind: "MONEY",
      number,
      issuer: { name: org.name, address: settings.donations.issuerAddress || settings.nachweis.address },
      donor: { name: donor.name, address: donor.address },
      totalCents,
      totalInWords: amountInWords(totalCents),
      date: collective ? null : formatIsoDate(mine[0]!.receivedOn as Date),
      period: collective ? { from: `${year}-01-01`, to: `${year}-12-31` } : null,
      waiverOfExpenses: collective ? null : false,
      purpose: settings.donations.defaultPurpose,
      place: settings.donations.receiptPlace || "Oldenburg",
      issuedOn: today,
      issuerPerson: user.name,
      goods: null,
      lines: mine.map((r) => ({ date: formatIsoDate(r.receivedOn as Date), type: "Geldzuwendung", waiverOfExpenses: false, amountCents: r.amountCents })),
    };
    const receiptId = rnd.uuid();
    await tx.donationReceipt.create({
      data: {
        id: receiptId, organizationId, year, sequence, number, kind: content.kind, donationKind: "MONEY", donorId: donor.id, totalCents, content: content as unknown as Prisma.InputJsonValue,
        issuedAt: ctx.now, issuedById: coordinator, retainUntil: parseIsoDate(`${year + settings.donations.receiptRetentionYears}-12-31`),
      },
    });
    await tx.donation.updateMany({ where: { id: { in: mine.map((r) => r.id!) } }, data: { receiptId } });
    await tx.donationReceiptLine.createMany({ data: mine.map((r) => ({ organizationId, receiptId, donationId: r.id! })) });
  }
}

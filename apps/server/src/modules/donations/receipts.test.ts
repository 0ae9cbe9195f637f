// Zuwendungsbestätigungen through the API and the downloads: only accepted
// donations of named donors with an address, each at most once; numbers
// "<year>-000001" consecutive per organisation and year; the PDF read by an
// independent reader (PDF.js via unpdf): the BMF template's sentences, the
// amount in figures and words, the number, for money, goods and the
// Sammelbestätigung with its Anlage; cancellation (STORNIERT, reason kept,
// number never reused) and a new receipt; the frozen content survives a
// change of the donor's address and the database refuses any edit; a whole
// year in one batch with its progress; the ZIP and the yearly CSV report.
import { demo } from "@lotse/testing/factories";
import { pdfPageCount, pdfText } from "@lotse/testing/pdf";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { accept, acceptedMoney, categories, Docs, donor, item, money, ok, send, today, uuidOf } from "./testing.ts";

let t: TestApp;
let coordinator: TestSession;
const year = Number(today().slice(0, 4));
const flat = (text: string) => text.replace(/\s+/g, " ");

type Receipt = { id: string; number: string; year: number; kind: string; totalCents: number; totalInWords: string; donorName: string; cancelledAt: string | null; retainUntil: string; pdfUrl: string };

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn(demo.coordinator);
});
afterAll(async () => {
  await t?.close();
});

async function download(path: string, session = coordinator) {
  const res = await t.request(path, { headers: { cookie: session.cookie } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const sequenceOf = (number: string) => Number(number.split("-")[1]);

describe("a single receipt for money", () => {
  it("prints the BMF template with the amount in figures and words, numbered per year", async () => {
    const d = await donor(coordinator, { name: "Hanna Meyer", address: "Gartenstraße 12\n26122 Oldenburg" });
    const gift = await acceptedMoney(coordinator, d.id, 123_456, { waiverOfExpenses: false });
    const r = await ok<Receipt>(coordinator, Docs.issue, { donationId: gift.id });
    expect(r).toMatchObject({ year, kind: "SINGLE", totalCents: 123_456, totalInWords: "eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent", donorName: "Hanna Meyer", retainUntil: `${year + 10}-12-31` });
    expect(r.number).toMatch(new RegExp(`^${year}-\\d{6}$`));
    const { res, bytes } = await download(r.pdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`zuwendungsbestaetigung-${r.number}-hanna-meyer.pdf`);
    expect(await pdfPageCount(bytes)).toBe(1);
    const text = flat(await pdfText(bytes));
    for (const sentence of [
      "Bestätigung über Geldzuwendungen",
      "im Sinne des § 10b des Einkommensteuergesetzes an inländische juristische Personen des öffentlichen Rechts oder inländische öffentliche Dienststellen",
      "Name und Anschrift des Zuwendenden:",
      "Hanna Meyer",
      "Gartenstraße 12",
      "1.234,56 €",
      "eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent",
      `Nr. ${r.number}`,
      "Es handelt sich um den Verzicht auf Erstattung von Aufwendungen: Ja ☐ Nein ☒",
      "Es wird bestätigt, dass die Zuwendung nur zur Förderung",
      "Die Zuwendung wird von uns unmittelbar für den angegebenen Zweck verwendet.",
      "(Ort, Datum und Unterschrift des Zuwendungsempfängers)",
      "Wer vorsätzlich oder grob fahrlässig eine unrichtige Zuwendungsbestätigung erstellt",
      "haftet für die entgangene Steuer (§ 10b Absatz 4 EStG, § 9 Absatz 3 KStG, § 9 Nummer 5 GewStG).",
    ]) {
      expect(text, sentence).toContain(sentence);
    }
    expect(text).not.toContain("STORNIERT");
  });

  it("refuses a receipt for an anonymous, unaccepted, refused or already receipted donation, or without address: nothing changes", async () => {
    const anonymous = await ok<{ id: string }>(coordinator, Docs.createDonor, { input: { kind: "ANONYMOUS" } });
    const anonGift = await acceptedMoney(coordinator, anonymous.id, 5_000);
    const d = await donor(coordinator);
    const pending = await money(coordinator, d.id, 5_000);
    const refused = await money(coordinator, d.id, 5_000);
    await ok(coordinator, Docs.refuse, { input: { donationId: refused.id, decidedOn: today(), reference: "abgelehnt" } });
    const noAddress = await donor(coordinator, { address: null });
    const noAddressGift = await acceptedMoney(coordinator, noAddress.id, 5_000);
    const done = await acceptedMoney(coordinator, d.id, 5_000);
    await ok(coordinator, Docs.issue, { donationId: done.id });
    const receipts = await t.db.prisma.donationReceipt.count();
    const counter = await t.db.prisma.organizationCounter.findMany({ where: { name: `donationReceipt:${year}` } });
    expect(await send(coordinator, Docs.issue, { donationId: anonGift.id })).toMatchObject({ code: "VALIDATION", field: "donationId", message: "Für anonyme Spenden kann keine Zuwendungsbestätigung ausgestellt werden." });
    expect(await send(coordinator, Docs.issue, { donationId: pending.id })).toMatchObject({ code: "VALIDATION", field: "donationId" });
    expect(await send(coordinator, Docs.issue, { donationId: refused.id })).toMatchObject({ code: "VALIDATION", field: "donationId" });
    expect(await send(coordinator, Docs.issue, { donationId: noAddressGift.id })).toMatchObject({ code: "VALIDATION", field: "donationId" });
    expect(await send(coordinator, Docs.issue, { donationId: done.id })).toMatchObject({ code: "CONFLICT", field: "donationId", message: "Für diese Spende wurde bereits eine Zuwendungsbestätigung ausgestellt." });
    expect(await t.db.prisma.donationReceipt.count()).toBe(receipts);
    expect(await t.db.prisma.organizationCounter.findMany({ where: { name: `donationReceipt:${year}` } })).toEqual(counter);
  });
});

describe("goods and the Sammelbestätigung", () => {
  it("prints a goods receipt with the items, the origin and the valuation sentence", async () => {
    const cats = await categories(coordinator);
    const d = await ok<{ id: string }>(coordinator, Docs.createDonor, { input: { kind: "COMPANY", name: "Autohaus Wübbena KG", address: "Bremer Heerstraße 210\n26135 Oldenburg" } });
    const g = await ok<{ id: string }>(coordinator, Docs.goods, {
      input: { donorId: d.id, receivedOn: today(), goodsOrigin: "BUSINESS", items: [item(cats.Fahrräder!, { description: "Kinderfahrrad 20 Zoll, 3-Gang", quantity: 3, valuePerItemCents: 6_000, condition: "USED", age: "ca. 4 Jahre", purchasePriceCents: 24_900 })] },
    });
    await accept(coordinator, g.id);
    const r = await ok<Receipt>(coordinator, Docs.issue, { donationId: g.id });
    expect(r).toMatchObject({ totalCents: 18_000, totalInWords: "einhundertachtzig Euro" });
    const text = flat(await pdfText((await download(r.pdfUrl)).bytes));
    for (const sentence of [
      "Bestätigung über Sachzuwendungen",
      "Wert der Zuwendung",
      "180,00 €",
      "einhundertachtzig Euro",
      "Genaue Bezeichnung der Sachzuwendung mit Alter, Zustand, Kaufpreis usw.",
      "3 × Kinderfahrrad 20 Zoll, 3-Gang",
      "Alter: ca. 4 Jahre",
      "Kaufpreis: 249,00 €",
      "Wert je Stück: 60,00 €",
      "☒ Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betriebsvermögen.",
      "☐ Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Privatvermögen.",
      "☒ Geeignete Unterlagen, die zur Wertermittlung gedient haben, z. B. Rechnung, Gutachten, liegen vor.",
    ]) {
      expect(text, sentence).toContain(sentence);
    }
    expect(text).not.toContain("Verzicht auf Erstattung");
  });

  it("issues a Sammelbestätigung with the 'keine weiteren Bestätigungen' sentence and the Anlage", async () => {
    const d = await donor(coordinator, { name: "Ayşe Yılmaz" });
    const gifts = [await acceptedMoney(coordinator, d.id, 3_000), await acceptedMoney(coordinator, d.id, 2_500, { waiverOfExpenses: true }), await acceptedMoney(coordinator, d.id, 1_250)];
    await money(coordinator, d.id, 9_999);
    const r = await ok<Receipt & { donations: { id: string }[] }>(coordinator, Docs.collective, { donorId: d.id, from: `${year}-01-01`, to: `${year}-12-31` });
    expect(r).toMatchObject({ kind: "COLLECTIVE", totalCents: 6_750, totalInWords: "siebenundsechzig Euro fünfzig Cent" });
    expect(r.donations.map((x) => x.id).sort()).toEqual(gifts.map((g) => g.id).sort());
    const bytes = (await download(`/receipts/${r.id}.pdf`)).bytes;
    expect(await pdfPageCount(bytes)).toBe(2);
    const text = flat(await pdfText(bytes));
    for (const sentence of [
      "Sammelbestätigung über Geldzuwendungen",
      "Gesamtbetrag der Zuwendung",
      "Zeitraum der Sammelbestätigung:",
      "Es wird bestätigt, dass über die in der Gesamtsumme enthaltenen Zuwendungen keine weiteren Bestätigungen, weder formelle Zuwendungsbestätigungen noch Beitragsquittungen oder ähnliches ausgestellt wurden und werden.",
      "Ob es sich um den Verzicht auf Erstattung von Aufwendungen handelt, ist der Anlage zur Sammelbestätigung zu entnehmen.",
      `Anlage zur Sammelbestätigung Nr. ${r.number}`,
      "Geldzuwendung",
      "Gesamtsumme",
      "67,50 €",
      "siebenundsechzig Euro fünfzig Cent",
    ]) {
      expect(text, sentence).toContain(sentence);
    }
    expect(text.match(/Geldzuwendung nein/g)).toHaveLength(2);
    expect(text.match(/Geldzuwendung ja/g)).toHaveLength(1);
    expect(await send(coordinator, Docs.collective, { donorId: d.id, from: `${year}-01-01`, to: `${year}-12-31` })).toMatchObject({ code: "VALIDATION", field: "donorId" });
    expect(await send(coordinator, Docs.collective, { donorId: d.id, from: `${year}-12-31`, to: `${year}-01-01` })).toMatchObject({ code: "VALIDATION", field: "to" });
  });
});

describe("cancellation and immutability", () => {
  it("cancels with a reason (PDF marked STORNIERT, number never reused) and issues a new receipt; the content stays frozen", async () => {
    const d = await donor(coordinator, { name: "Klaus-Dieter Janssen", address: "Donnerschweer Straße 88\n26123 Oldenburg" });
    const gift = await acceptedMoney(coordinator, d.id, 10_000);
    const first = await ok<Receipt>(coordinator, Docs.issue, { donationId: gift.id });
    // The donor moves: the issued receipt still says what it said.
    await ok(coordinator, Docs.updateDonor, { id: d.id, input: { kind: "PERSON", name: "Klaus-Dieter Janssen", address: "Cloppenburger Straße 1\n26135 Oldenburg" } });
    expect(flat(await pdfText((await download(first.pdfUrl)).bytes))).toContain("Donnerschweer Straße 88");
    const cancelled = await ok(coordinator, Docs.cancel, { id: first.id, reason: "Anschrift falsch" });
    expect(cancelled).toMatchObject({ cancelReason: "Anschrift falsch", cancelledAt: expect.any(String) });
    expect(await send(coordinator, Docs.cancel, { id: first.id, reason: "nochmal" })).toMatchObject({ code: "CONFLICT" });
    const text = flat(await pdfText((await download(first.pdfUrl)).bytes));
    expect(text).toContain("STORNIERT");
    expect(text).toContain("Grund: Anschrift falsch");
    const second = await ok<Receipt>(coordinator, Docs.issue, { donationId: gift.id });
    expect(second.number).not.toBe(first.number);
    expect(sequenceOf(second.number)).toBeGreaterThan(sequenceOf(first.number));
    expect(flat(await pdfText((await download(second.pdfUrl)).bytes))).toContain("Cloppenburger Straße 1");
    const row = await t.db.prisma.donationReceipt.findUniqueOrThrow({ where: { id: uuidOf(first.id) } });
    await expect(t.db.prisma.donationReceipt.update({ where: { id: row.id }, data: { totalCents: 1 } })).rejects.toThrow(/DonationReceipt_frozen/);
    await expect(t.db.prisma.donationReceipt.update({ where: { id: row.id }, data: { cancelReason: "anders" } })).rejects.toThrow(/DonationReceipt_frozen/);
    await expect(t.db.prisma.donationReceipt.delete({ where: { id: row.id } })).rejects.toThrow(/DonationReceipt_retained/);
  });
});

describe("a year in one batch, the ZIP and the report", () => {
  it("issues every receipt still due with its progress, gapless, and zips them", async () => {
    const a = await donor(coordinator);
    const b = await donor(coordinator);
    await acceptedMoney(coordinator, a.id, 1_000);
    await acceptedMoney(coordinator, a.id, 2_000);
    await acceptedMoney(coordinator, b.id, 3_000);
    const batch = await ok<{ id: string; status: string; total: number; done: number; skipped: number }>(coordinator, Docs.forYear, { year });
    expect(batch.status).toBe("DONE");
    expect(batch.done).toBe(batch.total);
    expect(batch.total).toBeGreaterThanOrEqual(2);
    const open = await t.db.prisma.donation.count({ where: { organization: { slug: "oldenburg" }, budgetYear: year, status: "ACCEPTED", receiptId: null, donor: { kind: { not: "ANONYMOUS" }, address: { not: null } } } });
    expect(open).toBe(0);
    const again = await ok<{ total: number }>(coordinator, Docs.forYear, { year });
    expect(again.total).toBe(0);
    const rows = await t.db.prisma.donationReceipt.findMany({ where: { organization: { slug: "oldenburg" }, year }, orderBy: { sequence: "asc" } });
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    const { res, bytes } = await download(`/receipts/${year}.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toHaveLength(rows.length);
    const firstPdf = Object.values(files)[0]!;
    expect(flat(await pdfText(firstPdf))).toContain("Zuwendung");
  });

  it("writes the report to the Kommunalaufsicht as CSV", async () => {
    const { res, bytes } = await download(`/exports/donations-report.csv?year=${year}`);
    expect(res.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFFZuwendende/r;Art;Eingang;Betrag bzw. Wert (EUR);Zweck;Annehmendes Organ;Status;Entscheidung am;Beschluss/Aktenzeichen\r\n")).toBe(true);
    expect(text).toContain("Hanna Meyer;Geld;");
    expect(text).toContain(";1234,56;");
    expect(text).toContain("Verwaltungsausschuss");
    expect((await download(`/exports/donations-report.csv?year=abc`)).res.status).toBe(400);
  });

  it("writes the same report as a PDF with the year's totals", async () => {
    const { res, bytes } = await download(`/exports/donations-report.pdf?year=${year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`spendenbericht-${year}.pdf`);
    const text = flat(await pdfText(bytes));
    expect(text).toContain(`Bericht über die Annahme von Spenden, Schenkungen und ähnlichen Zuwendungen im Haushaltsjahr ${year}`);
    expect(text).toContain("Hanna Meyer");
    expect(text).toContain("1.234,56 €");
    expect(text).toContain("Verwaltungsausschuss");
    const accepted = await t.db.prisma.donation.aggregate({ where: { organization: { slug: "oldenburg" }, budgetYear: year, status: "ACCEPTED" }, _sum: { amountCents: true }, _count: true });
    const euros = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2 }).format((accepted._sum.amountCents ?? 0) / 100);
    expect(text).toContain(`angenommen: ${accepted._count} Zuwendungen, ${euros} €`);
    expect((await download(`/exports/donations-report.pdf?year=abc`)).res.status).toBe(400);
  });

  it("serves the downloads to coordinators of the organisation only", async () => {
    const receipt = await t.db.prisma.donationReceipt.findFirstOrThrow({ where: { organization: { slug: "oldenburg" } } });
    for (const email of [demo.volunteer, demo.admin]) {
      const s = await t.signIn(email);
      expect((await download(`/receipts/${receipt.id}.pdf`, s)).res.status, email).toBe(403);
      expect((await download(`/receipts/${year}.zip`, s)).res.status, email).toBe(403);
      expect((await download(`/exports/donations-report.csv?year=${year}`, s)).res.status, email).toBe(403);
      expect((await download(`/exports/donations-report.pdf?year=${year}`, s)).res.status, email).toBe(403);
    }
    const osnabrueck = await t.signIn(demo.osnabrueckCoordinator);
    expect((await download(`/receipts/${receipt.id}.pdf`, osnabrueck)).res.status).toBe(404);
    expect((await t.request(`/receipts/${receipt.id}.pdf`)).status).toBe(401);
    const summary = await coordinator.gql<{ donationSummary: Record<string, number> }, Record<string, unknown>>(
      `query TestSummary($year: Int!) { donationSummary(year: $year) { acceptedMoneyCents pendingCount receiptsIssued receiptsCancelled inventoryValueCents byFundAndMonth { month amountCents } } }`,
      { year },
    );
    expect(summary.data!.donationSummary).toMatchObject({ receiptsCancelled: 1 });
    expect(summary.data!.donationSummary.receiptsIssued).toBeGreaterThan(3);
  });
});

// Donors, money donations and their formal acceptance, funds, through the API:
// the body follows the donor's total in the budget year (a chain of small
// gifts goes to the higher body, and the donor's pending gifts move up with
// it); accept and refuse once, with date and reference; refused money is
// marked for return; only accepted money counts in a fund; a disbursement
// above the balance is refused with what remains. Every bad input is a typed
// error on its field and changes nothing; only coordinators manage donations,
// and another organisation sees none of it.
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { acceptedMoney, Docs, donor, money, ok, send, today, uuidOf } from "./testing.ts";

let t: TestApp;
let coordinator: TestSession;
let osnabrueck: TestSession;
const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, osnabrueck] = await Promise.all([t.signIn(demo.coordinator), t.signIn(demo.osnabrueckCoordinator)]);
});
afterAll(async () => {
  await t?.close();
});

const countRows = async () => ({
  donations: await t.db.prisma.donation.count(),
  donors: await t.db.prisma.donor.count(),
  disbursements: await t.db.prisma.fundDisbursement.count(),
  audit: await t.db.prisma.auditLog.count(),
});

describe("donors", () => {
  it("creates and updates a person, a company and the anonymous donor", async () => {
    const person = await donor(coordinator, { name: "Hanna Meyer", email: "Hanna.Meyer@Example.org" });
    expect(person).toMatchObject({ kind: "PERSON", name: "Hanna Meyer", email: "hanna.meyer@example.org" });
    const company = await ok(coordinator, Docs.createDonor, { input: { kind: "COMPANY", name: "Bäckerei Onken GmbH", address: "Lange Straße 40\n26122 Oldenburg" } });
    expect(company).toMatchObject({ kind: "COMPANY", email: null });
    const anonymous = await ok(coordinator, Docs.createDonor, { input: { kind: "ANONYMOUS" } });
    expect(anonymous).toMatchObject({ kind: "ANONYMOUS", name: null, address: null });
    const updated = await ok(coordinator, Docs.updateDonor, { id: person.id, input: { kind: "PERSON", name: "Hanna Meyer-Onken", address: "Neue Straße 1\n26121 Oldenburg" } });
    expect(updated).toMatchObject({ name: "Hanna Meyer-Onken", address: "Neue Straße 1\n26121 Oldenburg", email: null });
  });

  it("refuses a named donor without a name and an anonymous one with details, changing nothing", async () => {
    const before = await countRows();
    expect(await send(coordinator, Docs.createDonor, { input: { kind: "PERSON", name: "  " } })).toMatchObject({ code: "VALIDATION", field: "name" });
    expect(await send(coordinator, Docs.createDonor, { input: { kind: "ANONYMOUS", name: "Jemand" } })).toMatchObject({ code: "VALIDATION", field: "name" });
    expect(await countRows()).toEqual(before);
  });

  it("shows a donor's donations, receipts, year total and whether the simplified proof applies", async () => {
    const d = await donor(coordinator);
    await acceptedMoney(coordinator, d.id, 20_000);
    await acceptedMoney(coordinator, d.id, 5_000);
    await money(coordinator, d.id, 7_000);
    const year = Number(today().slice(0, 4));
    const res = await coordinator.gql<{ donor: Record<string, unknown> }, Record<string, unknown>>(
      `query TestDonor($id: ID!, $year: Int!) { donor(id: $id) { name yearTotalCents(year: $year) simplifiedProofApplies(year: $year) donations { amountCents status } receipts { id } } }`,
      { id: d.id, year },
    );
    expect(res.data!.donor).toMatchObject({ yearTotalCents: 25_000, simplifiedProofApplies: true, receipts: [] });
    expect(res.data!.donor.donations).toHaveLength(3);
    await acceptedMoney(coordinator, d.id, 30_001);
    const again = await coordinator.gql<{ donor: { simplifiedProofApplies: boolean } }, Record<string, unknown>>(`query TestDonor2($id: ID!, $year: Int!) { donor(id: $id) { simplifiedProofApplies(year: $year) } }`, { id: d.id, year });
    expect(again.data!.donor.simplifiedProofApplies).toBe(false);
  });
});

describe("formal acceptance", () => {
  it("sends each gift to the body of the donor's year total, and moves the pending ones up with it", async () => {
    const d = await donor(coordinator);
    const first = await money(coordinator, d.id, 6_000);
    expect(first).toMatchObject({ status: "PENDING", body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: 6_000 });
    // 60 € + 50 € = 110 €: above 100 €, the Verwaltungsausschuss decides, also the first gift still pending.
    const second = await money(coordinator, d.id, 5_000);
    expect(second).toMatchObject({ body: "COMMITTEE", donorYearTotalCents: 11_000 });
    const firstNow = await t.db.prisma.donation.findUniqueOrThrow({ where: { id: uuidOf(first.id) } });
    expect(firstNow.body).toBe("COMMITTEE");
    const third = await money(coordinator, d.id, 190_000);
    expect(third).toMatchObject({ body: "COUNCIL", donorYearTotalCents: 201_000 });
    const queue = await coordinator.gql<{ donations: { totalCount: number; edges: { node: { id: string; body: string } }[] } }, Record<string, unknown>>(
      `query TestQueue($filter: DonationsFilter) { donations(filter: $filter, first: 50) { totalCount edges { node { id body } } } }`,
      { filter: { status: "PENDING", body: "COUNCIL", donorId: d.id } },
    );
    expect(queue.data!.donations.edges.map((e) => e.node.id).sort()).toEqual([first.id, second.id, third.id].sort());
    expect(queue.data!.donations.totalCount).toBe(3);
  });

  it("decides an anonymous gift alone, and leaves refused gifts out of the total", async () => {
    const anonymous = await ok<{ id: string }>(coordinator, Docs.createDonor, { input: { kind: "ANONYMOUS" } });
    await money(coordinator, anonymous.id, 9_000);
    expect(await money(coordinator, anonymous.id, 9_000)).toMatchObject({ body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: 9_000 });
    const d = await donor(coordinator);
    const big = await money(coordinator, d.id, 9_000);
    await ok(coordinator, Docs.refuse, { input: { donationId: big.id, decidedOn: today(), reference: "Abgelehnt, Verfügung 7" } });
    expect(await money(coordinator, d.id, 2_000)).toMatchObject({ body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: 2_000 });
  });

  it("accepts with date and reference once; a refused gift is marked for return and never counts in its fund", async () => {
    const fund = await ok<{ id: string }>(coordinator, Docs.createFund, { name: "Kleiderkammer Test", purpose: "Kleidung für Familien" });
    const d = await donor(coordinator);
    const a = await money(coordinator, d.id, 4_000, { fundId: fund.id });
    const accepted = await ok(coordinator, Docs.accept, { input: { donationId: a.id, decidedOn: today(), reference: "Annahmeverfügung 12/2026" } });
    expect(accepted).toMatchObject({ status: "ACCEPTED", decidedOn: today(), decisionReference: "Annahmeverfügung 12/2026", returnPending: false, fund: { balanceCents: 4_000 } });
    expect(await send(coordinator, Docs.accept, { input: { donationId: a.id, decidedOn: today(), reference: "nochmal" } })).toMatchObject({ code: "CONFLICT", field: "donationId" });
    expect(await send(coordinator, Docs.refuse, { input: { donationId: a.id, decidedOn: today(), reference: "zu spät" } })).toMatchObject({ code: "CONFLICT", field: "donationId" });
    const b = await money(coordinator, d.id, 3_000, { fundId: fund.id });
    const refused = await ok(coordinator, Docs.refuse, { input: { donationId: b.id, decidedOn: today(), reference: "Ratsbeschluss 2026/114" } });
    expect(refused).toMatchObject({ status: "REFUSED", returnPending: true, fund: { balanceCents: 4_000 } });
    const audits = await t.db.prisma.auditLog.findMany({ where: { entityId: { in: [uuidOf(a.id), uuidOf(b.id)] }, action: { in: ["donation.accepted", "donation.refused"] } } });
    expect(audits.map((x) => x.action).sort()).toEqual(["donation.accepted", "donation.refused"]);
  });
});

describe("bad input gets a typed error on its field and changes nothing", () => {
  it("refuses zero, negative and oversized amounts, a future date and an unknown donor", async () => {
    const d = await donor(coordinator);
    const other = await donor(osnabrueck);
    const before = await countRows();
    const input = { donorId: d.id, amountCents: 1_000, receivedOn: today(), method: "CASH", waiverOfExpenses: false };
    for (const amountCents of [0, -500, 100_000_001]) {
      const r = await send(coordinator, Docs.money, { input: { ...input, amountCents } });
      expect(r, String(amountCents)).toMatchObject({ code: "VALIDATION", field: "amountCents" });
    }
    expect(await send(coordinator, Docs.money, { input: { ...input, receivedOn: tomorrow() } })).toMatchObject({ code: "VALIDATION", field: "receivedOn", message: "Das Datum darf nicht in der Zukunft liegen." });
    expect(await send(coordinator, Docs.money, { input: { ...input, receivedOn: "2026-02-30" } })).toMatchObject({ code: "VALIDATION", field: "receivedOn" });
    expect(await send(coordinator, Docs.money, { input: { ...input, donorId: other.id } })).toMatchObject({ code: "NOT_FOUND", field: "donorId" });
    expect(await countRows()).toEqual(before);
    const pending = await money(coordinator, d.id, 1_000);
    const after = await countRows();
    expect(await send(coordinator, Docs.accept, { input: { donationId: pending.id, decidedOn: tomorrow(), reference: "x" } })).toMatchObject({ code: "VALIDATION", field: "decidedOn" });
    expect(await send(coordinator, Docs.accept, { input: { donationId: pending.id, decidedOn: today(), reference: " " } })).toMatchObject({ code: "VALIDATION", field: "reference" });
    expect((await t.db.prisma.donation.findUniqueOrThrow({ where: { id: uuidOf(pending.id) } })).status).toBe("PENDING");
    expect(await countRows()).toEqual(after);
  });
});

describe("funds", () => {
  it("keeps balance = accepted − disbursements and refuses a disbursement above it with what remains", async () => {
    const fund = await ok<{ id: string }>(coordinator, Docs.createFund, { name: "Schulstarthilfe Test", purpose: "Schulbedarf" });
    const d = await donor(coordinator);
    await acceptedMoney(coordinator, d.id, 10_000, { fundId: fund.id });
    await money(coordinator, d.id, 50_000, { fundId: fund.id });
    const input = { fundId: fund.id, amountCents: 6_000, paidOn: today(), purpose: "Schulranzen", familyName: "Familie Haidari", approvedBy: "Amtsleitung" };
    const paid = await ok(coordinator, Docs.disburse, { input });
    expect(paid).toMatchObject({ amountCents: 6_000, fund: { balanceCents: 4_000, disbursedCents: 6_000, acceptedCents: 10_000 } });
    const before = await countRows();
    const refused = await send(coordinator, Docs.disburse, { input: { ...input, amountCents: 4_001 } });
    expect(refused).toMatchObject({ code: "VALIDATION", field: "amountCents", message: expect.stringMatching(/^Der Fonds reicht dafür nicht: Es sind noch 40,00\s€ verfügbar\.$/) });
    expect(await send(coordinator, Docs.disburse, { input: { ...input, amountCents: 0 } })).toMatchObject({ code: "VALIDATION", field: "amountCents" });
    expect(await send(coordinator, Docs.disburse, { input: { ...input, paidOn: tomorrow() } })).toMatchObject({ code: "VALIDATION", field: "paidOn" });
    expect(await send(coordinator, Docs.disburse, { input: { ...input, familyName: null } })).toMatchObject({ code: "VALIDATION", field: "recipient" });
    expect(await countRows()).toEqual(before);
    expect(await ok(coordinator, Docs.disburse, { input: { ...input, amountCents: 4_000 } })).toMatchObject({ fund: { balanceCents: 0 } });
    expect(await send(coordinator, Docs.createFund, { name: "Schulstarthilfe Test" })).toMatchObject({ code: "CONFLICT", field: "name" });
  });

  it("refuses a negative balance in the database itself", async () => {
    const fund = await t.db.prisma.fund.findFirstOrThrow({ where: { name: "Schulstarthilfe Test" } });
    await expect(t.db.prisma.fund.update({ where: { id: fund.id }, data: { balanceCents: -1, disbursedCents: { increment: 1 } } })).rejects.toThrow(/Fund_balance_not_negative/);
  });
});

describe("who may", () => {
  it("lets only coordinators manage donations, and keeps organisations apart", async () => {
    const d = await donor(coordinator);
    const donation = await money(coordinator, d.id, 1_000);
    for (const email of [demo.volunteer, demo.trainer, demo.admin]) {
      const s = await t.signIn(email);
      const res = await s.gql(Docs.createDonor, { input: { kind: "ANONYMOUS" } });
      expect(res.errors?.[0]?.extensions?.code, email).toBe("FORBIDDEN");
      const list = await s.gql(`query TestList { donations(first: 5) { edges { node { id } } } }`);
      expect(list.errors?.[0]?.extensions?.code, email).toBe("FORBIDDEN");
    }
    const anon = await t.anonymous.gql(`query TestAnon { funds { id } }`);
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // Osnabrück sees nothing of Oldenburg's.
    const theirs = await osnabrueck.gql<{ donations: { totalCount: number } }, Record<string, never>>(`query TestTheirs { donations(first: 5) { totalCount } }`);
    const ours = await t.db.prisma.donation.count({ where: { organization: { slug: "osnabrueck" } } });
    expect(theirs.data!.donations.totalCount).toBe(ours);
    expect(await send(osnabrueck, Docs.accept, { input: { donationId: donation.id, decidedOn: today(), reference: "x" } })).toMatchObject({ code: "NOT_FOUND", field: "donationId" });
    const node = await osnabrueck.gql<{ node: unknown }, Record<string, unknown>>(`query TestNode($id: ID!) { node(id: $id) { id } }`, { id: donation.id });
    expect(node.data?.node ?? null).toBeNull();
  });

  it("lets admins maintain the thresholds and retention, coordinators only read them", async () => {
    const admin = await t.signIn(demo.admin);
    const Update = `mutation TestSettings($input: DonationSettingsInput!) { updateDonationSettings(input: $input) { __typename ... on MutationUpdateDonationSettingsSuccess { data { acceptanceByMayorUpToCents acceptanceByCommitteeUpToCents receiptRetentionYears } } ... on Error { code field } } }`;
    const bad = await admin.gql<{ updateDonationSettings: Record<string, unknown> }, Record<string, unknown>>(Update, { input: { acceptanceByMayorUpToCents: 300_000 } });
    expect(bad.data!.updateDonationSettings).toMatchObject({ code: "VALIDATION", field: "acceptanceByCommitteeUpToCents" });
    const res = await admin.gql<{ updateDonationSettings: Record<string, unknown> }, Record<string, unknown>>(Update, { input: { acceptanceByMayorUpToCents: 5_000 } });
    expect(res.data!.updateDonationSettings).toMatchObject({ data: { acceptanceByMayorUpToCents: 5_000, acceptanceByCommitteeUpToCents: 200_000, receiptRetentionYears: 10 } });
    const fresh = await t.signIn(demo.coordinator);
    const d = await donor(fresh);
    expect(await money(fresh, d.id, 6_000)).toMatchObject({ body: "COMMITTEE" });
    expect((await fresh.gql(Update, { input: { receiptRetentionYears: 8 } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await admin.gql(Update, { input: { acceptanceByMayorUpToCents: 10_000 } });
  });
});

describe("privacy", () => {
  it("exports a donor's rows by email and plans erasure as anonymisation that keeps amounts and receipts", async () => {
    const { modules } = await import("../index.ts");
    const { buildServiceCtx } = await import("../service-context.ts");
    const { createLogger } = await import("../../logger.ts");
    const { createSession, viewerOfSession } = await import("../identity/sessions.ts");
    const { sessionSettings } = await import("../identity/auth.service.ts");
    const { anonymiseDonor } = await import("./donors.service.ts");
    const d = await donor(coordinator, { email: "erase.me@example.org" });
    await acceptedMoney(coordinator, d.id, 2_500);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
    const { session } = await createSession(t.db.prisma, user.id, membership.organizationId, sessionSettings(t.config));
    const ctx = buildServiceCtx({ config: t.config, logger: createLogger("silent"), prisma: t.db.prisma }, await viewerOfSession(t.db.prisma, session.id), "de");
    const subject = { kind: "user" as const, userId: "00000000-0000-0000-0000-000000000001", email: "Erase.Me@example.org" };
    const privacy = modules.find((m) => m.name === "donations")!.privacy;
    const exported = Object.fromEntries(await Promise.all(privacy.flatMap((p) => (p.personalData ? [p.export(ctx, subject).then((rows) => [p.model, rows] as const)] : []))));
    expect(exported.Donor).toHaveLength(1);
    expect(exported.Donation).toMatchObject([{ amountCents: 2_500 }]);
    const plans = await Promise.all(privacy.flatMap((p) => (p.personalData ? [p.plan(ctx, subject)] : [])));
    expect(plans.find((p) => p.model === "Donor")).toMatchObject({ rows: 1, kept: expect.stringContaining("anonymised") });
    expect(plans.find((p) => p.model === "Donation")).toMatchObject({ rows: 1, kept: expect.any(String) });
    expect(await anonymiseDonor(ctx, uuidOf(d.id))).toBe(true);
    const row = await t.db.prisma.donor.findUniqueOrThrow({ where: { id: uuidOf(d.id) } });
    expect(row).toMatchObject({ name: null, address: null, email: null });
    expect(await t.db.prisma.donation.aggregate({ where: { donorId: row.id }, _sum: { amountCents: true } })).toMatchObject({ _sum: { amountCents: 2_500 } });
    expect(await send(coordinator, Docs.updateDonor, { id: d.id, input: { kind: "PERSON", name: "Wieder da" } })).toMatchObject({ code: "CONFLICT", field: "id" });
  });
});

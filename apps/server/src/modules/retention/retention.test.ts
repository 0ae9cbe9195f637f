// The retention jobs on data made here, dated in the past: each job does what
// is due once (a second run finds nothing and writes no report), a run cut off
// midway leaves every unit either done and counted or untouched and the next
// run finishes, audit pruning keeps the chain verifiable from the first kept
// entry, the admins set the periods (errors at the field) and read the reports,
// and two runners at once (PostgreSQL) do each thing once.
import { formatIsoDate } from "@lotse/domain/calendar-date";
import { addMonths, addYears } from "@lotse/domain/calendar-months";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/open.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { runDueJobs } from "../../jobs/scheduler.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { sealAuditEntries, verifyAuditChain } from "../audit/index.ts";
import { moduleJobs, modules } from "../index.ts";
import { runRetention } from "./index.ts";

const logger = createLogger("silent");
const tasks = modules.flatMap((m) => m.retention ?? []);
const DAY = 86_400_000;

let t: TestApp;
let admin: TestSession;
let org: string;
let coordinatorId: string;
let counsellorId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin@oldenburg.example");
  org = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
  coordinatorId = (await t.db.prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } })).id;
  counsellorId = (await t.db.prisma.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } })).id;
});
afterAll(() => t?.close());

const run = (now = new Date(), prisma: PrismaClient = t.db.prisma) => runRetention({ prisma, logger, now }, tasks);
const runs = () => t.db.prisma.retentionRun.findMany({ where: { organizationId: org }, orderBy: { startedAt: "asc" } });
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function volunteer(name: string, data: { status: "APPROVED" | "ENDED"; approvedAt: Date; endedAt?: Date }) {
  const user = await t.db.prisma.user.create({ data: { email: `${name}-${randomUUID().slice(0, 6)}@example.org`, name } });
  return t.db.prisma.volunteerProfile.create({
    data: { organizationId: org, userId: user.id, germanLevel: "C1", consentVersion: 1, consentedAt: ago(800), createdAt: ago(800), ...data },
  });
}

async function closedFamily(name: string, closedAt: Date) {
  return t.db.prisma.family.create({
    data: {
      organizationId: org,
      addressedAs: name,
      phone: "0441 123456",
      address: "Lange Straße 1",
      wishes: "Hilfe bei Behörden",
      waitingSince: ago(900),
      consentVersion: 1,
      consentedAt: ago(900),
      registeredById: coordinatorId,
      status: "CLOSED",
      closedAt,
      closedReason: "moved",
      members: { create: [{ firstName: `${name} Kind`, birthYear: 2015, adult: false }] },
    },
  });
}

let slot = 0;
async function childWithAppointment(lastName: string, at: Date) {
  const child = await t.db.prisma.child.create({
    data: {
      organizationId: org,
      firstName: "Amal",
      lastName,
      birthDate: new Date("2014-05-17"),
      arrivalDate: new Date("2020-01-10"),
      languages: ["ar"],
      schoolCountries: ["SY"],
      notes: "spricht gut Englisch",
      consentGivenBy: `Mutter ${lastName}`,
      consentedAt: at,
      createdById: counsellorId,
      createdAt: at,
      guardians: { create: [{ name: `Mutter ${lastName}`, phone: "0151 000", email: `${lastName}@example.org`, readsLanguage: "ar" }] },
    },
  });
  // Each appointment an hour apart: the counsellor's and the room's exclusion constraints hold.
  const startsAt = new Date(at.getTime() + slot++ * 3_600_000);
  await t.db.prisma.appointment.create({
    data: {
      organizationId: org,
      childId: child.id,
      counsellorId,
      kind: "INITIAL",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      blockedUntil: new Date(startsAt.getTime() + 50 * 60_000),
      room: "R 1",
      idempotencyKey: randomUUID(),
      requestFingerprint: "test",
      note: `Gespräch mit ${lastName}`,
      bookedById: counsellorId,
    },
  });
  return child;
}

let receiptSeq = 900;
async function receiptedDonation(retainUntil: Date) {
  const donor = await t.db.prisma.donor.create({ data: { organizationId: org, kind: "PERSON", name: "Erika Spender", address: "Weg 2" } });
  const receivedOn = new Date("2014-03-01");
  const donation = await t.db.prisma.donation.create({
    data: {
      organizationId: org, donorId: donor.id, kind: "MONEY", amountCents: 12_345, receivedOn, budgetYear: 2014, status: "ACCEPTED",
      body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: 12_345, decidedOn: receivedOn, decisionReference: "V-1", recordedById: coordinatorId,
    },
  });
  const seq = receiptSeq++;
  const receipt = await t.db.prisma.donationReceipt.create({
    data: {
      organizationId: org, year: 2014, sequence: seq, number: `2014-${String(seq).padStart(6, "0")}`, kind: "SINGLE", donationKind: "MONEY",
      donorId: donor.id, totalCents: 12_345, content: { donor: "Erika Spender" }, issuedAt: receivedOn, issuedById: coordinatorId, retainUntil,
      lines: { create: [{ donationId: donation.id }] },
    },
  });
  await t.db.prisma.donation.update({ where: { id: donation.id }, data: { receiptId: receipt.id } });
  return { donation, receipt };
}

describe("each retention job, run twice", () => {
  it("deletes, anonymises and flags what is due, reports it, and the second run does nothing", async () => {
    const before = await runs();
    // Führungszeugnis: volunteering ended 4 months ago (default: 3).
    const ended = await volunteer("Ende Zeugnis", { status: "ENDED", approvedAt: ago(700), endedAt: ago(122) });
    await t.db.prisma.conductCertificate.create({ data: { organizationId: org, volunteerId: ended.id, inspectedOn: ago(600), issuedOn: ago(620), hasRelevantEntry: false, inspectedById: coordinatorId } });
    // Families: closed 7 months ago (default 6) and 1 month ago.
    const old = await closedFamily("Familie Alt", addMonths(new Date(), -7));
    const recent = await closedFamily("Familie Neu", addMonths(new Date(), -1));
    // Children: last appointment 4 years ago (default 3), and one last year.
    const oldChild = await childWithAppointment("Haddad", addYears(new Date(), -4));
    const youngChild = await childWithAppointment("Nasser", addYears(new Date(), -1));
    // Receipts: retention date passed, and one still running.
    const expired = await receiptedDonation(new Date(Date.now() - 2 * DAY));
    const kept = await receiptedDonation(addYears(new Date(), 1));
    const totalBefore = await t.db.prisma.donation.aggregate({ where: { organizationId: org }, _sum: { amountCents: true } });
    // Inactive: approved long ago, last hours 7 months ago (default 6); active: hours last week.
    const activity = await t.db.prisma.activityType.findFirstOrThrow({ where: { organizationId: org } });
    const quiet = await volunteer("Stille Helferin", { status: "APPROVED", approvedAt: ago(700) });
    const busy = await volunteer("Fleißiger Helfer", { status: "APPROVED", approvedAt: ago(700) });
    const lastHours = formatIsoDate(addMonths(new Date(), -7));
    await t.db.prisma.hourLog.create({ data: { organizationId: org, volunteerId: quiet.id, date: new Date(lastHours), minutes: 60, activityTypeId: activity.id, status: "APPROVED" } });
    await t.db.prisma.hourLog.create({ data: { organizationId: org, volunteerId: busy.id, date: ago(7), minutes: 60, activityTypeId: activity.id, status: "APPROVED" } });

    const done = await run();
    expect(done).toBeGreaterThanOrEqual(5);

    expect(await t.db.prisma.conductCertificate.count({ where: { volunteerId: ended.id } })).toBe(0);

    const erased = await t.db.prisma.family.findUniqueOrThrow({ where: { id: old.id }, include: { members: true } });
    expect(erased).toMatchObject({ addressedAs: "—", phone: null, address: null, wishes: "", closedReason: "erased", status: "CLOSED" });
    expect(erased.closedAt?.getTime()).toBe(old.closedAt?.getTime());
    expect(erased.members.map((m) => m.firstName)).toEqual(["—"]);
    expect(await t.db.prisma.family.findUniqueOrThrow({ where: { id: recent.id } })).toMatchObject({ addressedAs: "Familie Neu", phone: "0441 123456" });

    const anonymised = await t.db.prisma.child.findUniqueOrThrow({ where: { id: oldChild.id }, include: { guardians: true, appointments: true } });
    expect(anonymised).toMatchObject({ firstName: "—", lastName: "—", notes: null, arrivalDate: null, consentGivenBy: "—", languages: ["ar"], schoolCountries: ["SY"] });
    expect(formatIsoDate(anonymised.birthDate)).toBe("2014-01-01");
    expect(anonymised.anonymisedAt).not.toBeNull();
    expect(anonymised.guardians).toEqual([]);
    expect(anonymised.appointments.map((a) => a.note)).toEqual([null]);
    expect(await t.db.prisma.child.findUniqueOrThrow({ where: { id: youngChild.id } })).toMatchObject({ lastName: "Nasser", anonymisedAt: null });

    expect(await t.db.prisma.donationReceipt.count({ where: { id: expired.receipt.id } })).toBe(0);
    expect(await t.db.prisma.donationReceipt.count({ where: { id: kept.receipt.id } })).toBe(1);
    expect(await t.db.prisma.donation.findUniqueOrThrow({ where: { id: expired.donation.id } })).toMatchObject({ receiptId: null, amountCents: 12_345 });
    const totalAfter = await t.db.prisma.donation.aggregate({ where: { organizationId: org }, _sum: { amountCents: true } });
    expect(totalAfter._sum.amountCents).toBe(totalBefore._sum.amountCents);

    expect(formatIsoDate((await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: quiet.id } })).inactiveSince!)).toBe(lastHours);
    expect((await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: busy.id } })).inactiveSince).toBeNull();

    // The report: one new row, finished, with the counts per kind.
    const after = await runs();
    expect(after).toHaveLength(before.length + 1);
    const report = after.at(-1)!;
    expect(report.finishedAt).not.toBeNull();
    expect(report).toMatchObject({ conductRecordsDeleted: 1, familiesAnonymised: 1, childrenAnonymised: 1, receiptsDeleted: 1 });
    expect(report.volunteersFlagged).toBeGreaterThanOrEqual(1);
    // Audited, without the data that went.
    const entries = await t.db.prisma.auditLog.findMany({ where: { organizationId: org, entityId: { in: [old.id, oldChild.id, expired.receipt.id] } } });
    expect(entries.map((e) => e.action).sort()).toEqual(["child.anonymised", "donation.receiptDeleted", "family.erased"]);
    expect(JSON.stringify(entries.map((e) => e.changes))).not.toMatch(/Haddad|Familie Alt|Erika/);

    // The second run: nothing to do, no report row.
    expect(await run()).toBe(0);
    expect(await runs()).toHaveLength(after.length);

    // The flag goes when hours come in again.
    await t.db.prisma.hourLog.create({ data: { organizationId: org, volunteerId: quiet.id, date: ago(1), minutes: 30, activityTypeId: activity.id, status: "PENDING" } });
    expect(await run()).toBe(1);
    expect((await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: quiet.id } })).inactiveSince).toBeNull();
    expect((await runs()).at(-1)).toMatchObject({ volunteersUnflagged: 1 });
  });
});

describe("a run cut off midway", () => {
  it("leaves each family either anonymised and counted or untouched, and the next run finishes", async () => {
    const first = await closedFamily("Familie Eins", addMonths(new Date(), -8));
    const second = await closedFamily("Familie Zwei", addMonths(new Date(), -8));
    const [a, b] = [first, second].sort((x, y) => x.id.localeCompare(y.id));
    // The database connection breaks while the second family is being erased.
    let updates = 0;
    const crashing = t.db.prisma.$extends({
      query: {
        family: {
          async update({ args, query }) {
            if (++updates === 2) throw new Error("connection lost");
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    const count = (await runs()).length;
    await run(new Date(), crashing);

    expect(await t.db.prisma.family.findUniqueOrThrow({ where: { id: a!.id } })).toMatchObject({ closedReason: "erased", phone: null });
    expect(await t.db.prisma.family.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ closedReason: "moved", phone: "0441 123456", addressedAs: b!.addressedAs });
    expect(await t.db.prisma.familyMember.count({ where: { familyId: b!.id, firstName: "—" } })).toBe(0);
    const cut = (await runs()).slice(count);
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ familiesAnonymised: 1, finishedAt: null });
    expect(await t.db.prisma.auditLog.count({ where: { entityId: b!.id, action: "family.erased" } })).toBe(0);

    // After the restart: the rest, once.
    expect(await run()).toBe(1);
    expect(await t.db.prisma.family.findUniqueOrThrow({ where: { id: b!.id } })).toMatchObject({ closedReason: "erased", phone: null });
    const next = (await runs()).slice(count);
    expect(next).toHaveLength(2);
    expect(next[1]).toMatchObject({ familiesAnonymised: 1 });
    expect(next[1]!.finishedAt).not.toBeNull();
    expect(await run()).toBe(0);
  });
});

describe("audit pruning", () => {
  it("prunes old entries from the chain's start and the chain verifies intact from the first kept one", async () => {
    await sealAuditEntries(t.db.prisma, { organizationId: org });
    const cutoff = new Date();
    await new Promise((r) => setTimeout(r, 20));
    // Entries after the cutoff: settings changes by the admin.
    for (const months of [4, 5, 6]) {
      const res = await admin.gql<{ updateRetentionSettings: { __typename: string } }, Record<string, unknown>>(UPDATE, { input: { familyClosedMonths: months } });
      expect(res.data?.updateRetentionSettings.__typename).toBe("MutationUpdateRetentionSettingsSuccess");
    }
    await sealAuditEntries(t.db.prisma, { organizationId: org });
    const oldEntries = await t.db.prisma.auditLog.count({ where: { organizationId: org, createdAt: { lt: cutoff } } });
    const newEntries = await t.db.prisma.auditLog.count({ where: { organizationId: org, createdAt: { gte: cutoff } } });
    expect(oldEntries).toBeGreaterThan(0);
    const chainBefore = await t.db.prisma.auditChain.findUniqueOrThrow({ where: { organizationId: org } });

    // Three years after the cutoff (the default), only the entries before it are old enough.
    const pruneAt = addYears(cutoff, 3);
    await runRetention({ prisma: t.db.prisma, logger, now: pruneAt }, tasks.filter((task) => task.name.startsWith("prune audit")));
    expect(await t.db.prisma.auditLog.count({ where: { organizationId: org, createdAt: { lt: cutoff } } })).toBe(0);
    expect(await t.db.prisma.auditLog.count({ where: { organizationId: org, createdAt: { gte: cutoff }, chainSeq: { not: null } } })).toBe(newEntries);
    const chain = await t.db.prisma.auditChain.findUniqueOrThrow({ where: { organizationId: org } });
    expect(chain.prunedThroughSeq).toBe(chainBefore.lastSeq - BigInt(newEntries));
    expect((await runs()).at(-1)).toMatchObject({ auditEntriesPruned: oldEntries });

    await sealAuditEntries(t.db.prisma, { organizationId: org });
    const report = await verifyAuditChain(t.db.prisma, org);
    expect(report).toMatchObject({ intact: true, firstBreak: null, pending: 0 });
    // The kept entries, the pruning's own entry and the report row's … : everything after the anchor.
    expect(BigInt(report.checked)).toBe(report.lastSeq - chain.prunedThroughSeq);
    // And through the API, as the admin page asks.
    const api = await admin.gql<{ verifyAuditChain: { intact: boolean } }, Record<string, unknown>>(`{ verifyAuditChain { intact } }`);
    expect(api.data?.verifyAuditChain.intact).toBe(true);

    // The pruning left its anchor in the log; a second run prunes nothing.
    const pruned = await t.db.prisma.auditLog.findFirstOrThrow({ where: { organizationId: org, action: "audit.pruned" } });
    expect(pruned.changes).toMatchObject({ throughSeq: String(chain.prunedThroughSeq), anchorHash: chain.prunedThroughHash });
    const rows = (await runs()).length;
    await runRetention({ prisma: t.db.prisma, logger, now: pruneAt }, tasks.filter((task) => task.name.startsWith("prune audit")));
    expect(await runs()).toHaveLength(rows);

    // Past the application, a sealed entry after the anchor cannot be deleted.
    await expect(t.db.prisma.$executeRaw`DELETE FROM "AuditLog" WHERE "organizationId" = ${org}::uuid AND "chainSeq" = ${chain.prunedThroughSeq + 1n}`).rejects.toThrow(/only pruning/);
  });
});

const UPDATE = `mutation TestRetentionSettings($input: RetentionSettingsInput!) {
  updateRetentionSettings(input: $input) {
    __typename
    ... on MutationUpdateRetentionSettingsSuccess { data { periods { conductRecordMonths familyClosedMonths childYears receiptYears inactiveVolunteerMonths auditYears } } }
    ... on Error { code field message }
  }
}`;

describe("retention settings and reports (admins)", () => {
  it("shows the defaults, saves a period, refuses one out of range at its field, and lists the runs", async () => {
    const read = await admin.gql<{ retentionSettings: { periods: Record<string, number>; defaults: Record<string, number> } }, Record<string, unknown>>(
      `{ retentionSettings { periods { conductRecordMonths familyClosedMonths childYears auditYears } defaults { conductRecordMonths familyClosedMonths childYears receiptYears inactiveVolunteerMonths auditYears } } }`,
    );
    expect(read.data?.retentionSettings.defaults).toEqual({ conductRecordMonths: 3, familyClosedMonths: 6, childYears: 3, receiptYears: 10, inactiveVolunteerMonths: 6, auditYears: 3 });

    const bad = await admin.gql<{ updateRetentionSettings: { code: string; field: string; message: string } }, Record<string, unknown>>(UPDATE, { input: { conductRecordMonths: 4 } });
    expect(bad.data?.updateRetentionSettings).toMatchObject({ code: "VALIDATION", field: "conductRecordMonths", message: expect.stringMatching(/1 bis 3/) });

    const ok = await admin.gql<{ updateRetentionSettings: { data: { periods: Record<string, number> } } }, Record<string, unknown>>(UPDATE, { input: { childYears: 5, auditYears: 10 } });
    expect(ok.data?.updateRetentionSettings.data.periods).toMatchObject({ childYears: 5, auditYears: 10, conductRecordMonths: 3 });
    const stored = await t.db.prisma.organization.findUniqueOrThrow({ where: { id: org } });
    expect(stored.settings).toMatchObject({ retention: { childYears: 5, auditYears: 10 } });

    const coordinator = await t.signIn("koordination@oldenburg.example");
    expect((await coordinator.gql(UPDATE, { input: { childYears: 1 } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const list = await admin.gql<{ retentionRuns: { edges: { node: { familiesAnonymised: number; finishedAt: string | null } }[] } }, Record<string, unknown>>(
      `{ retentionRuns(first: 10) { edges { node { startedAt finishedAt familiesAnonymised childrenAnonymised receiptsDeleted conductRecordsDeleted volunteersFlagged auditEntriesPruned } } } }`,
    );
    expect(list.data?.retentionRuns.edges.length).toBeGreaterThan(0);
  });
});

describe("two runners at once", () => {
  let second: Database | undefined;
  afterAll(() => second?.close());

  itOnPostgres("anonymise, delete and flag each due thing once", async () => {
    second = await openDatabase({ ...t.config, SEED_DEMO: false }, logger);
    const families = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => closedFamily(`Familie Wettlauf ${i}`, addMonths(new Date(), -9))));
    const children = [];
    for (const name of ["W1", "W2", "W3", "W4"]) children.push(await childWithAppointment(name, addYears(new Date(), -7)));
    const receipts = [];
    for (let i = 0; i < 4; i++) receipts.push(await receiptedDonation(new Date(Date.now() - 3 * DAY)));
    const rowsBefore = (await runs()).length;

    // Straight, without the lease (the per-item locks alone must hold), and through the scheduler as main.ts runs it.
    await Promise.all([run(new Date(), t.db.prisma), run(new Date(), second.prisma), run(new Date(), t.db.prisma), run(new Date(), second.prisma)]);
    await Promise.all([t.db.prisma, second.prisma].map((client, i) => runDueJobs(client, logger, moduleJobs, new Date(), { holder: `instance-${i}` })));

    const familyIds = families.map((f) => f.id);
    expect(await t.db.prisma.family.count({ where: { id: { in: familyIds }, closedReason: "erased" } })).toBe(6);
    expect(await t.db.prisma.auditLog.count({ where: { entityId: { in: familyIds }, action: "family.erased" } })).toBe(6);
    expect(await t.db.prisma.auditLog.count({ where: { entityId: { in: children.map((c) => c.id) }, action: "child.anonymised" } })).toBe(4);
    expect(await t.db.prisma.auditLog.count({ where: { entityId: { in: receipts.map((r) => r.receipt.id) }, action: "donation.receiptDeleted" } })).toBe(4);
    const newRuns = (await runs()).slice(rowsBefore);
    const sum = (key: "familiesAnonymised" | "childrenAnonymised" | "receiptsDeleted") => newRuns.reduce((n, r) => n + r[key], 0);
    expect([sum("familiesAnonymised"), sum("childrenAnonymised"), sum("receiptsDeleted")]).toEqual([6, 4, 4]);
  }, 120_000);
});

// The audit log as a tamper-evident chain: entries written by real changes are
// sealed into their organisation's chain; an entry changed, removed or cut from
// the end in the database is reported where the chain breaks; the application
// itself cannot change a sealed entry; admins read and export the log, others
// cannot. Two sealers at once (PostgreSQL) never give an entry twice a place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/open.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { familyInput, RegisterFamily } from "../../testing/matching.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";
import { sealAuditEntries, verifyAuditChain } from "./chain.service.ts";

const VERIFY = `query { verifyAuditChain { intact checkedEntries pendingEntries lastSeq lastDigest firstBreak { reason seq entryId at } } }`;
const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at actorName action entityType entityId changes chainSeq chainDigest } }
  }
}`;

interface Report {
  intact: boolean;
  checkedEntries: number;
  pendingEntries: number;
  lastSeq: string;
  lastDigest: string;
  firstBreak: { reason: string; seq: string; entryId: string | null } | null;
}

let t: TestApp;
let admin: TestSession;
let coordinator: TestSession;
let oldenburg: string;

async function registerFamilies(session: TestSession, names: string[]) {
  for (const name of names) {
    const res = await session.gql<{ registerFamily: { __typename: string } }, Record<string, unknown>>(RegisterFamily, {
      input: familyInput({ addressedAs: `Familie ${name}`, members: [{ firstName: name, birthYear: 1985, adult: true }] }),
    });
    expect(res.data?.registerFamily.__typename).toBe("MutationRegisterFamilySuccess");
  }
}

const verify = async (session = admin) => (await session.gql<{ verifyAuditChain: Report }, Record<string, unknown>>(VERIFY)).data!.verifyAuditChain;
const sealedRow = (organizationId: string, seq: number) =>
  t.db.prisma.auditLog.findFirstOrThrow({ where: { organizationId, chainSeq: BigInt(seq) } });

/** What only someone past the application can do: change the table with its guard switched off. */
async function tamper(sql: string, ...values: unknown[]) {
  await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`);
  try {
    await t.db.prisma.$executeRawUnsafe(sql, ...values);
  } finally {
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  oldenburg = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
});
afterAll(() => t?.close());

describe("the audit chain", () => {
  it("seals the entries that changes wrote and finds the chain intact", async () => {
    await registerFamilies(coordinator, ["Haddad", "Karimi", "Petrenko", "Yilmaz"]);
    const before = await verify();
    expect(before.pendingEntries).toBeGreaterThanOrEqual(4);

    expect(await sealAuditEntries(t.db.prisma)).toBeGreaterThanOrEqual(4);
    const report = await verify();
    const total = await t.db.prisma.auditLog.count({ where: { organizationId: oldenburg } });
    expect(report).toMatchObject({ intact: true, pendingEntries: 0, checkedEntries: total, lastSeq: String(total), firstBreak: null });
    expect(report.lastDigest).toMatch(/^[0-9a-f]{64}$/);
    // Sealing again finds nothing new; the chain stays as it was.
    expect(await sealAuditEntries(t.db.prisma, { organizationId: oldenburg })).toBe(0);
    expect((await verify()).lastDigest).toBe(report.lastDigest);

    // Entries written later continue the chain.
    await registerFamilies(coordinator, ["Nasser"]);
    await sealAuditEntries(t.db.prisma);
    expect(await verify()).toMatchObject({ intact: true, checkedEntries: total + 1, lastSeq: String(total + 1) });
    const last = await sealedRow(oldenburg, total + 1);
    expect(last.prevHash).toBe(report.lastDigest);
    expect(last.action).toBe("family.registered");
  });

  it("refuses to let the application change a sealed entry", async () => {
    const entry = await sealedRow(oldenburg, 1);
    await expect(t.db.prisma.auditLog.update({ where: { id: entry.id }, data: { changes: { forged: true } } })).rejects.toThrow(/sealed/);
    expect((await sealedRow(oldenburg, 1)).changes).toEqual(entry.changes);
  });

  it("reports an entry changed in the database where the chain breaks, and is intact again once it is restored", async () => {
    const entry = await sealedRow(oldenburg, 2);
    await tamper(`UPDATE "AuditLog" SET "changes" = '{"forged": true}'::jsonb WHERE "id" = $1`, entry.id);
    expect(await verify()).toMatchObject({ intact: false, firstBreak: { reason: "CHANGED", seq: "2", entryId: entry.id.toString() } });

    // Recomputing the forged entry's hash does not help: the next entry's link gives it away.
    const [{ text }] = await t.db.prisma.$queryRawUnsafe<{ text: string }[]>(`SELECT "changes"::text AS text FROM "AuditLog" WHERE "id" = $1`, entry.id);
    const { entryHash } = await import("./chain.service.ts");
    const forged = entryHash(entry.prevHash!, { ...entry, seq: 2n, changesText: text });
    await tamper(`UPDATE "AuditLog" SET "hash" = $1 WHERE "id" = $2`, forged, entry.id);
    expect(await verify()).toMatchObject({ intact: false, firstBreak: { reason: "LINK_BROKEN", seq: "3" } });

    await tamper(`UPDATE "AuditLog" SET "changes" = $1::jsonb, "hash" = $2 WHERE "id" = $3`, JSON.stringify(entry.changes), entry.hash, entry.id);
    expect(await verify()).toMatchObject({ intact: true, firstBreak: null });
  });

  it("reports a removed entry, and entries removed from the end", async () => {
    const third = await sealedRow(oldenburg, 3);
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = $1`, third.id);
    expect(await verify()).toMatchObject({ intact: false, firstBreak: { reason: "MISSING", seq: "3", entryId: null } });

    // Another organisation's chain is its own: Osnabrück's stays intact meanwhile.
    const osnabrueck = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "osnabrueck" } })).id;
    await t.db.prisma.auditLog.createMany({
      data: [1, 2, 3].map((n) => ({ organizationId: osnabrueck, action: "test.entry", entityType: "Test", entityId: `o-${n}`, changes: { n } })),
    });
    await sealAuditEntries(t.db.prisma, { organizationId: osnabrueck });
    const intact = await verifyAuditChain(t.db.prisma, osnabrueck);
    expect(intact).toMatchObject({ intact: true, firstBreak: null });

    const lastSeq = Number(intact.lastSeq);
    await tamper(`DELETE FROM "AuditLog" WHERE "organizationId" = $1::uuid AND "chainSeq" = $2`, osnabrueck, lastSeq);
    expect(await verifyAuditChain(t.db.prisma, osnabrueck)).toMatchObject({ intact: false, firstBreak: { reason: "END_MISSING", seq: BigInt(lastSeq) } });
  });

  it("is for admins: a coordinator may neither verify nor read the log", async () => {
    const refused = await coordinator.gql(VERIFY);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await coordinator.gql(AUDIT_LOG, { first: 5 });
    expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const csv = await t.request("/exports/audit-log.csv", { headers: { cookie: coordinator.cookie } });
    expect(csv.status).toBe(403);
  });
});

describe("reading the audit log", () => {
  beforeAll(() => registerFamilies(coordinator, ["Omar", "Sara", "Lina"]));
  type Page = { auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Record<string, string | null> }[] } };

  it("lists newest first, pages through, and finds by person, record and period", async () => {
    const page = (await admin.gql<Page, Record<string, unknown>>(AUDIT_LOG, { first: 2 })).data!.auditLog;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const [a, b] = page.edges.map((e) => e.node);
    expect(Number(a!.id)).toBeGreaterThan(Number(b!.id));
    const next = (await admin.gql<Page, Record<string, unknown>>(AUDIT_LOG, { first: 2, after: page.pageInfo.endCursor })).data!.auditLog;
    expect(Number(next.edges[0]!.node.id)).toBeLessThan(Number(b!.id));

    // By the person who made the entries (the coordinator registered the families).
    const personRes = await admin.gql<Page, Record<string, unknown>>(AUDIT_LOG, { filter: { personEmail: "KOORDINATION@oldenburg.example" }, first: 50 });
    expect(personRes.errors).toBeUndefined();
    const byPerson = personRes.data!.auditLog;
    expect(byPerson.edges.map((e) => e.node.action)).toContain("family.registered");
    expect(byPerson.edges.every((e) => e.node.actorName === byPerson.edges[0]!.node.actorName)).toBe(true);
    expect(byPerson.edges[0]!.node.actorName).toBeTruthy();

    // By record.
    const family = byPerson.edges.find((e) => e.node.action === "family.registered")!.node;
    const byRecord = (await admin.gql<Page, Record<string, unknown>>(AUDIT_LOG, { filter: { entityType: "Family", entityId: family.entityId }, first: 10 })).data!.auditLog;
    expect(byRecord.edges.map((e) => e.node.id)).toContain(family.id);
    expect(byRecord.edges.every((e) => e.node.entityId === family.entityId)).toBe(true);

    // By period: nothing was written in 2020; an unknown person finds nothing.
    expect((await admin.gql<Page, Record<string, unknown>>(AUDIT_LOG, { filter: { from: "2020-01-01", to: "2020-12-31" }, first: 5 })).data!.auditLog.totalCount).toBe(0);
    expect((await admin.gql<Page, Record<string, unknown>>(AUDIT_LOG, { filter: { personEmail: "niemand@example.org" }, first: 5 })).data!.auditLog.totalCount).toBe(0);
    // A malformed date is a clear error, not an empty list.
    const bad = await admin.gql(AUDIT_LOG, { filter: { from: "2026-02-30" }, first: 5 });
    expect(bad.errors?.[0]?.message).toBeTruthy();
  });

  it("exports the filtered log as CSV for admins", async () => {
    const res = await t.request("/exports/audit-log.csv?entityType=Family", { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Zeit;Nr. in der Kette;Wer;E-Mail;Aktion;Datensatz-Art;Datensatz;Änderungen;Hash");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.slice(1).every((line) => line.includes(";family."))).toBe(true);
    expect(text).toContain("koordination@oldenburg.example");

    const bad = await t.request("/exports/audit-log.csv?from=gestern", { headers: { cookie: admin.cookie } });
    expect(bad.status).toBe(400);
  });
});

describeOnPostgres("sealing under concurrency", () => {
  it("two instances sealing at once give every entry exactly one place in the chain", async () => {
    const second = await openDatabase({ ...t.config, SEED_DEMO: false }, createLogger("silent"));
    try {
      for (let round = 0; round < 5; round++) {
        await t.db.prisma.auditLog.createMany({
          data: Array.from({ length: 40 }, (_, n) => ({ organizationId: oldenburg, action: "test.concurrent", entityType: "Test", entityId: `${round}-${n}` })),
        });
        await Promise.all([sealAuditEntries(t.db.prisma), sealAuditEntries(second.prisma), sealAuditEntries(t.db.prisma)]);
      }
      const pending = await t.db.prisma.auditLog.count({ where: { organizationId: oldenburg, chainSeq: null } });
      expect(pending).toBe(0);
      const seqs = await t.db.prisma.auditLog.findMany({ where: { organizationId: oldenburg, action: "test.concurrent" }, select: { chainSeq: true } });
      expect(new Set(seqs.map((s) => s.chainSeq)).size).toBe(200);
    } finally {
      await second.close();
    }
  });
});

// Two API instances (two Prisma clients, two job runners) on one PostgreSQL
// database: every due item — a mail in the outbox, a delayed job, an expiring
// waiting-list offer, a Führungszeugnis record past its retention — is handled
// exactly once, and instances starting together apply each migration once.
// PostgreSQL only: PGlite runs one transaction at a time, so nothing can race there.
import { readdirSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { testConfig } from "../config.ts";
import { openDatabase, type Database } from "../db/open.ts";
import { paths } from "../db/migrate/paths.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createLogger } from "../logger.ts";
import { moduleJobs } from "../modules/index.ts";
import { expireOffers } from "../modules/training/enrolment.service.ts";
import { runRetention } from "../modules/retention/index.ts";
import { conductRecordsRetention } from "../modules/volunteers/retention.ts";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { describeOnPostgres } from "../testing/postgres-only.ts";
import { createThrowawayDatabase } from "../testing/throwaway-postgres.ts";
import { createApprovedVolunteers } from "../testing/volunteers.ts";
import { enqueueJob, runDueDelayedJobs } from "./delayed-jobs.ts";
import type { DelayedJobHandler } from "./delayed-job-handler.ts";
import { takeLease } from "./leases.ts";
import type { MailTransport } from "./mail-transport.ts";
import { drainOutbox, enqueueMail } from "./outbox.ts";
import { runDueJobs } from "./scheduler.ts";

const pgBase = process.env.TEST_DATABASE_URL;
const logger = createLogger("silent");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ITEMS = 24;

describeOnPostgres("two API instances on one PostgreSQL", () => {
  let t: TestApp;
  let second: Database;
  let instances: PrismaClient[];
  beforeAll(async () => {
    t = await createTestApp();
    // The second instance: its own client and connection pool on the same database, as a second process has.
    second = await openDatabase({ ...t.config, SEED_DEMO: false }, logger);
    instances = [t.db.prisma, second.prisma];
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  it("handles each due mail, delayed job, expiring offer and retention deletion once", async () => {
    const prisma = t.db.prisma;
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const now = new Date();
    const longAgo = new Date(now.getTime() - 2 * 365 * 24 * 3600_000);

    // Mail in the outbox.
    for (let i = 0; i < ITEMS; i++) await enqueueMail(prisma, { to: `race-${i}@example.org`, subject: "Lotse: Wettlauf", text: "…", organizationId: org.id });
    // Delayed jobs.
    for (let i = 0; i < ITEMS; i++) await enqueueJob(prisma, { organizationId: org.id, kind: "race.reminder", runAt: now, payload: { n: i } });
    // Waiting-list offers that have run out.
    const cohort = await prisma.cohort.findFirstOrThrow({ where: { organizationId: org.id } });
    const { _max } = await prisma.enrolment.aggregate({ where: { cohortId: cohort.id }, _max: { position: true } });
    const offered = await createApprovedVolunteers(prisma, "oldenburg", "race-offer", ITEMS);
    const offerIds: string[] = [];
    for (const [i, email] of offered.entries()) {
      const volunteer = await prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email } } });
      const enrolment = await prisma.enrolment.create({
        data: { organizationId: org.id, cohortId: cohort.id, volunteerId: volunteer.id, status: "OFFERED", position: (_max.position ?? 0) + 1 + i, offeredAt: longAgo, offerExpiresAt: new Date(now.getTime() - 3600_000) },
      });
      offerIds.push(enrolment.id);
    }
    // Führungszeugnis records of volunteers whose volunteering ended long ago.
    const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } });
    const ended = await createApprovedVolunteers(prisma, "oldenburg", "race-ended", ITEMS);
    const endedIds: string[] = [];
    for (const email of ended) {
      const volunteer = await prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email } } });
      await prisma.volunteerProfile.update({ where: { id: volunteer.id }, data: { status: "ENDED", endedAt: longAgo } });
      await prisma.conductCertificate.create({
        data: { organizationId: org.id, volunteerId: volunteer.id, inspectedOn: longAgo, issuedOn: longAgo, hasRelevantEntry: false, inspectedById: coordinator.id },
      });
      endedIds.push(volunteer.id);
    }
    // Due: the volunteering ended, the volunteer was rejected or withdrew consent more than three months ago.
    const cutoff = new Date(now.getTime() - 120 * 24 * 3600_000);
    const dueRecords = {
      volunteer: { OR: [{ status: "ENDED" as const, endedAt: { lte: cutoff } }, { status: "REJECTED" as const, reviewedAt: { lte: cutoff } }, { consentWithdrawnAt: { lte: cutoff } }] },
    };
    const dueRecordsBefore = await prisma.conductCertificate.count({ where: dueRecords });
    expect(dueRecordsBefore).toBeGreaterThanOrEqual(ITEMS);

    const sent: string[] = [];
    const transport: MailTransport = {
      kind: "smtp",
      async send(mail) {
        await sleep(2); // a real send takes a while: long enough for the other instance to try the same row
        sent.push(mail.id);
      },
      close() {},
    };
    const ran: number[] = [];
    const reminder: DelayedJobHandler<{ n: number }> = {
      kind: "race.reminder",
      async handle(_tx, payload) {
        await sleep(2);
        ran.push(payload.n);
      },
    };

    // Both instances at once, each job straight (no lease: the per-item locks alone must hold), three rounds.
    const totals = { offers: 0, records: 0, mails: 0, jobs: 0 };
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        instances.flatMap((client) => [
          expireOffers({ prisma: client, logger, now }).then((n) => (totals.offers += n)),
          runRetention({ prisma: client, logger, now }, [conductRecordsRetention]).then((n) => (totals.records += n)),
          drainOutbox({ prisma: client, transport, logger, from: "Lotse <no-reply@lotse.example>" }, 50).then((n) => (totals.mails += n)),
          runDueDelayedJobs({ prisma: client, logger, handlers: [reminder] }, now).then((n) => (totals.jobs += n)),
        ]),
      );
      expect(results).toHaveLength(8);
    }
    // And through the runner as main.ts starts it (leases), both at once: nothing is left to do twice.
    await Promise.all(instances.map((client, i) => runDueJobs(client, logger, [...moduleJobs, reminder], now, { holder: `instance-${i}` })));

    const raceMails = await prisma.outboxMessage.findMany({ where: { subject: "Lotse: Wettlauf" } });
    expect(new Set(sent).size).toBe(sent.length);
    expect(raceMails.every((m) => m.status === "SENT" && m.attempts === 1)).toBe(true);
    expect(raceMails.filter((m) => sent.includes(m.id))).toHaveLength(ITEMS);

    expect(ran.sort((a, b) => a - b)).toEqual([...Array(ITEMS).keys()]);
    expect(totals.jobs).toBe(ITEMS);
    expect(await prisma.job.count({ where: { kind: "race.reminder", status: "DONE", attempts: 1 } })).toBe(ITEMS);

    expect(totals.offers).toBe(ITEMS);
    expect(await prisma.enrolment.count({ where: { id: { in: offerIds }, status: "EXPIRED" } })).toBe(ITEMS);
    const expiredAudits = await prisma.auditLog.groupBy({ by: ["entityId"], where: { action: "training.offerExpired", entityId: { in: offerIds } }, _count: true });
    expect(expiredAudits).toHaveLength(ITEMS);
    expect(expiredAudits.every((a) => a._count === 1)).toBe(true);

    expect(totals.records).toBe(dueRecordsBefore);
    expect(await prisma.conductCertificate.count({ where: { volunteerId: { in: endedIds } } })).toBe(0);
    const deletions = await prisma.auditLog.findMany({ where: { action: "volunteer.conductCertificateDeleted", organizationId: org.id } });
    expect(deletions.reduce((sum, a) => sum + (a.changes as { count: number }).count, 0)).toBe(totals.records);
  }, 120_000);

  it("gives a recurring job's lease to one instance at a time", async () => {
    const wins = await Promise.all(instances.flatMap((client, i) => [1, 2, 3].map((k) => takeLease(client, "race lease", `instance-${i}-${k}`, 60_000))));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it("applies each migration once when two instances start at the same time on an empty database", async () => {
    const database = await createThrowawayDatabase(pgBase!, "lotse_twostart");
    const config = testConfig({ DATABASE_URL: database.url, SEED_DEMO: "0" });
    try {
      const opened = await Promise.all([openDatabase(config, logger), openDatabase(config, logger)]);
      await Promise.all(opened.map((db) => db.close()));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>(`SELECT migration_name, finished_at FROM _prisma_migrations`);
        const folders = readdirSync(paths().migrationsDir).filter((name) => /^\d{14}_/.test(name));
        expect(rows.map((r) => r.migration_name).sort()).toEqual(folders.sort());
        expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      } finally {
        await client.end();
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});

// Delayed one-off jobs: written in the caller's transaction, run once when due,
// their writes committed together with the DONE mark, retried with backoff,
// given up after maxAttempts. (Two instances at once: two-instances.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopedClientFor } from "../db/tenancy.ts";
import { createLogger } from "../logger.ts";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { cancelJob, enqueueJob, retryDelayMs, runDueDelayedJobs } from "./delayed-jobs.ts";
import type { DelayedJobHandler } from "./delayed-job-handler.ts";
import { enqueueMail } from "./outbox.ts";

const logger = createLogger("silent");
let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp({ SEED_DEMO: "0" });
  orgId = (await t.db.prisma.organization.create({ data: { slug: "jobs-test", name: "Jobs Test" } })).id;
});
afterAll(async () => {
  await t?.close();
});

const minutes = (n: number) => n * 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** A reminder handler that mails through the outbox (in the job's transaction) and can be told to fail. */
function reminder(kind: string, options: { failTimes?: number; maxAttempts?: number } = {}) {
  const calls: { to: string; attempts: number }[] = [];
  let failures = 0;
  const handler: DelayedJobHandler<{ to: string }> = {
    kind,
    maxAttempts: options.maxAttempts,
    async handle(tx, payload, job) {
      calls.push({ to: payload.to, attempts: job.attempts });
      await enqueueMail(tx, { to: payload.to, subject: `Erinnerung ${kind}`, text: "…", organizationId: job.organizationId });
      if (failures < (options.failTimes ?? 0)) {
        failures++;
        throw new Error("reminder service down");
      }
    },
  };
  return { handler, calls };
}

const mails = (kind: string) => t.db.prisma.outboxMessage.count({ where: { subject: `Erinnerung ${kind}` } });
const run = (handler: DelayedJobHandler<never>, now: Date) => runDueDelayedJobs({ prisma: t.db.prisma, logger, handlers: [handler] }, now);

describe("delayed one-off jobs", () => {
  it("runs a job once, when it is due, in its organisation, and keeps its writes", async () => {
    const { handler, calls } = reminder("once");
    const now = new Date();
    await enqueueJob(scopedClientFor(t.db.prisma, orgId), { organizationId: orgId, kind: "once", runAt: at(now, minutes(10)), payload: { to: "a@example.org" } });
    expect(await run(handler, now)).toBe(0); // not due yet
    expect(await run(handler, at(now, minutes(11)))).toBe(1);
    expect(await run(handler, at(now, minutes(12)))).toBe(0); // done: never again
    expect(calls).toEqual([{ to: "a@example.org", attempts: 0 }]);
    expect(await mails("once")).toBe(1);
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { subject: "Erinnerung once" } });
    expect(mail.organizationId).toBe(orgId);
    expect(await t.db.prisma.job.findFirstOrThrow({ where: { kind: "once" } })).toMatchObject({ status: "DONE", attempts: 1, lastError: null });
  });

  it("is written in the caller's transaction: a rolled-back change leaves no job", async () => {
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await enqueueJob(tx, { organizationId: orgId, kind: "rolled-back", runAt: new Date() });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.prisma.job.count({ where: { kind: "rolled-back" } })).toBe(0);
  });

  it("enqueues a job with a dedupe key once, and a pending one can be cancelled", async () => {
    const db = scopedClientFor(t.db.prisma, orgId);
    const job = { organizationId: orgId, kind: "dedupe", runAt: new Date(), dedupeKey: "reminder:session:1" };
    // A second enqueue in the same transaction must not abort it.
    const results = await db.$transaction(async (tx) => [await enqueueJob(tx, job), await enqueueJob(tx, job)]);
    expect(results).toEqual([true, false]);
    expect(await t.db.prisma.job.count({ where: { dedupeKey: "reminder:session:1" } })).toBe(1);
    expect(await cancelJob(db, "reminder:session:1")).toBe(true);
    expect(await t.db.prisma.job.count({ where: { dedupeKey: "reminder:session:1" } })).toBe(0);
  });

  it("undoes a failing handler's writes, retries with backoff and succeeds once", async () => {
    const { handler, calls } = reminder("flaky", { failTimes: 2 });
    const now = new Date();
    await enqueueJob(t.db.prisma, { organizationId: orgId, kind: "flaky", runAt: now, payload: { to: "b@example.org" } });
    expect(await run(handler, now)).toBe(0);
    let row = await t.db.prisma.job.findFirstOrThrow({ where: { kind: "flaky" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "reminder service down" });
    expect(row.runAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    expect(await mails("flaky")).toBe(0); // the failed attempt's mail was rolled back

    expect(await run(handler, at(now, retryDelayMs(1) - 1000))).toBe(0); // backing off
    expect(await run(handler, at(now, retryDelayMs(1)))).toBe(0); // second failure
    row = await t.db.prisma.job.findFirstOrThrow({ where: { kind: "flaky" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(await run(handler, at(now, minutes(60)))).toBe(1);
    expect(calls.map((c) => c.attempts)).toEqual([0, 1, 2]);
    expect(await mails("flaky")).toBe(1);
    expect(await t.db.prisma.job.findFirstOrThrow({ where: { kind: "flaky" } })).toMatchObject({ status: "DONE", attempts: 3 });
  });

  it("gives up after maxAttempts and keeps the error", async () => {
    const { handler, calls } = reminder("broken", { failTimes: 99, maxAttempts: 3 });
    await enqueueJob(t.db.prisma, { organizationId: orgId, kind: "broken", runAt: new Date(), payload: { to: "c@example.org" } });
    for (let hour = 0; hour < 6; hour++) await run(handler, at(new Date(), minutes(61 * hour)));
    expect(calls).toHaveLength(3);
    expect(await t.db.prisma.job.findFirstOrThrow({ where: { kind: "broken" } })).toMatchObject({ status: "FAILED", attempts: 3, lastError: "reminder service down" });
    expect(await mails("broken")).toBe(0);
  });

  it("leaves kinds alone that this instance has no handler for", async () => {
    await enqueueJob(t.db.prisma, { organizationId: orgId, kind: "from-a-newer-version", runAt: new Date() });
    const { handler } = reminder("other");
    expect(await run(handler, at(new Date(), minutes(1)))).toBe(0);
    expect(await t.db.prisma.job.findFirstOrThrow({ where: { kind: "from-a-newer-version" } })).toMatchObject({ status: "PENDING", attempts: 0 });
  });
});

// Sign-in attempts and hash budgets do not pile up: the identity module's
// retention job deletes the rows that can no longer count against a limit,
// and keeps those that still can.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueJobs } from "../../jobs/scheduler.ts";
import { isDelayedJobHandler } from "../../jobs/delayed-job-handler.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { moduleJobs } from "../index.ts";
import { HASH_BUDGET_WINDOW_MS } from "./hash-budget.ts";
import { deleteExpiredThrottleRows, SIGN_IN_ATTEMPTS_KEPT_MS } from "./retention.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SEED_DEMO: "0" });
});
afterAll(async () => {
  await t?.close();
});

const HOUR = 3_600_000;

describe("retention of sign-in attempts and hash budgets", () => {
  it("deletes attempts older than a day and budgets of past hours, keeps the rest", async () => {
    const now = new Date();
    const prisma = t.db.prisma;
    await prisma.signInAttempt.createMany({
      data: [
        { email: "old@example.org", ip: "198.51.100.1", succeeded: false, createdAt: new Date(now.getTime() - SIGN_IN_ATTEMPTS_KEPT_MS - 60_000) },
        { email: "old@example.org", ip: "198.51.100.1", succeeded: true, createdAt: new Date(now.getTime() - 3 * SIGN_IN_ATTEMPTS_KEPT_MS) },
        { email: "recent@example.org", ip: "198.51.100.2", succeeded: false, createdAt: new Date(now.getTime() - SIGN_IN_ATTEMPTS_KEPT_MS + 60_000) },
        { email: "recent@example.org", ip: "198.51.100.2", succeeded: false, createdAt: now },
      ],
    });
    const thisHour = new Date(Math.floor(now.getTime() / HASH_BUDGET_WINDOW_MS) * HASH_BUDGET_WINDOW_MS);
    await prisma.passwordHashBudget.createMany({
      data: [
        { ip: "198.51.100.3", windowStart: new Date(thisHour.getTime() - 5 * HOUR), spent: 20 },
        { ip: "198.51.100.3", windowStart: new Date(thisHour.getTime() - HOUR), spent: 20 },
        { ip: "198.51.100.3", windowStart: thisHour, spent: 4 },
      ],
    });

    expect(await deleteExpiredThrottleRows({ prisma, logger: createLogger("silent"), now })).toBe(4);
    const attempts = await prisma.signInAttempt.findMany({ select: { email: true } });
    expect(attempts.map((a) => a.email)).toEqual(["recent@example.org", "recent@example.org"]);
    const budgets = await prisma.passwordHashBudget.findMany();
    expect(budgets).toEqual([{ ip: "198.51.100.3", windowStart: thisHour, spent: 4 }]);
    // Nothing more is due at once.
    expect(await deleteExpiredThrottleRows({ prisma, logger: createLogger("silent"), now })).toBe(0);
  });

  it("runs as a recurring job of the identity module", async () => {
    const name = "delete sign-in attempts and hash budgets that no longer count";
    expect(moduleJobs.flatMap((j) => (isDelayedJobHandler(j) ? [] : [j.name]))).toContain(name);
    const now = new Date();
    await t.db.prisma.signInAttempt.create({ data: { email: "stale@example.org", ip: "198.51.100.4", succeeded: false, createdAt: new Date(now.getTime() - 2 * SIGN_IN_ATTEMPTS_KEPT_MS) } });
    await runDueJobs(t.db.prisma, createLogger("silent"), moduleJobs, now);
    expect(await t.db.prisma.signInAttempt.count({ where: { email: "stale@example.org" } })).toBe(0);
  });
});

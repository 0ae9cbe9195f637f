// The job runner: recurring work that must happen without anyone clicking
// (expiring waiting-list offers, deleting Führungszeugnis records after the
// volunteering ended) and delayed one-off jobs (delayed-jobs.ts). Everything
// due is read from the database, so nothing is lost across restarts, and
// several API instances may run side by side on one PostgreSQL: a recurring
// job runs in one instance at a time (leases.ts) and changes each due row under
// a lock; a delayed job is taken by one instance with FOR UPDATE SKIP LOCKED.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { ModuleJob } from "../modules/module.ts";
import { isDelayedJobHandler, type SchedulerJob } from "./delayed-job-handler.ts";
import { runDueDelayedJobs } from "./delayed-jobs.ts";
import { releaseLease, takeLease } from "./leases.ts";

// The recurring jobs come from the modules (modules/index.ts: moduleJobs), passed in by main.ts.
export type Job = ModuleJob;

export interface RunnerOptions {
  /** Who holds a lease: one id per scheduler (host, process, random). */
  holder?: string;
  /** How long a recurring job's lease lasts if its instance dies mid-run. */
  leaseMs?: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

export function runnerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** One tick: every recurring job whose lease this instance gets, then the due delayed jobs. */
export async function runDueJobs(
  prisma: PrismaClient,
  logger: Logger,
  jobs: readonly SchedulerJob[],
  now = new Date(),
  { holder = runnerId(), leaseMs = DEFAULT_LEASE_MS }: RunnerOptions = {},
) {
  for (const job of jobs) {
    if (isDelayedJobHandler(job)) continue;
    try {
      if (!(await takeLease(prisma, job.name, holder, leaseMs))) {
        logger.debug({ job: job.name }, "job runs in another instance");
        continue;
      }
      try {
        const done = await job.run({ prisma, logger, now });
        if (done) logger.info({ job: job.name, done }, "job ran");
      } finally {
        await releaseLease(prisma, job.name, holder);
      }
    } catch (err) {
      logger.error({ err, job: job.name }, "job failed; it runs again at the next tick");
    }
  }
  try {
    const done = await runDueDelayedJobs({ prisma, logger, handlers: jobs.filter(isDelayedJobHandler) }, now);
    if (done) logger.info({ done }, "delayed jobs ran");
  } catch (err) {
    logger.error({ err }, "delayed jobs could not be read; they run at the next tick");
  }
}

export function startScheduler(prisma: PrismaClient, logger: Logger, intervalMs: number, jobs: readonly SchedulerJob[]): { stop(): Promise<void> } {
  const holder = runnerId();
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = runDueJobs(prisma, logger, jobs, new Date(), { holder });
    await current;
    if (running) timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, 100);
  return {
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}

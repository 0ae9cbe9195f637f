// Recurring work that must happen without anyone clicking: expiring
// waiting-list offers, deleting Führungszeugnis records after the volunteering
// ended (and later reminders). Each job reads what is due from
// the database, so nothing is lost across restarts and several API processes
// may run it side by side (the jobs lock the rows they change).
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import type { ModuleJob } from "../modules/module.ts";

// The jobs come from the modules (modules/index.ts: moduleJobs), passed in by main.ts.
export type Job = ModuleJob;

export async function runDueJobs(prisma: PrismaClient, logger: Logger, jobs: readonly Job[], now = new Date()) {
  for (const job of jobs) {
    try {
      const done = await job.run({ prisma, logger, now });
      if (done) logger.info({ job: job.name, done }, "job ran");
    } catch (err) {
      logger.error({ err, job: job.name }, "job failed; it runs again at the next tick");
    }
  }
}

export function startScheduler(prisma: PrismaClient, logger: Logger, intervalMs: number, jobs: readonly Job[]): { stop(): Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = runDueJobs(prisma, logger, jobs);
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

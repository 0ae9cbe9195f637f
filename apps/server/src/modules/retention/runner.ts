// The retention runner: one recurring job that runs every module's retention
// tasks (modules/retention-task.ts) for each organisation and keeps a report
// row per organisation and run that changed something (RetentionRun, shown on
// /admin/aufbewahrung). It runs through the scheduler's lease (jobs/leases.ts),
// so with several API instances one runs it at a time; and the tasks only touch
// what is still due, in small transactions, so a second run finds nothing and a
// run cut off midway is finished by the next one.
import { randomUUID } from "node:crypto";
import { scopedClientFor } from "../../db/tenancy.ts";
import { takeLease } from "../../jobs/leases.ts";
import type { ModuleJob } from "../module.ts";
import { readSettings } from "../organizations/index.ts";
import type { RetentionScope, RetentionTask } from "../retention-task.ts";
import type { JobCtx } from "../service-context.ts";

export const RETENTION_JOB_NAME = "retention: delete, anonymise, flag and prune what its period has passed";

const RETENTION_GATE = "retention: interval";

/** Retention counts in days and months: looking once an hour is soon enough, and spares the database every scheduler tick. */
export const RETENTION_EVERY_MS = 60 * 60_000;

/** Runs every task in every organisation now; returns how many things were done. */
export async function runRetention(ctx: JobCtx, tasks: readonly RetentionTask[]): Promise<number> {
  const organizations = await ctx.prisma.organization.findMany({ select: { id: true, settings: true }, orderBy: { id: "asc" } });
  let done = 0;
  for (const org of organizations) {
    const db = scopedClientFor(ctx.prisma, org.id);
    const runId = randomUUID();
    const startedAt = new Date();
    let failed = false;
    const scope: RetentionScope = {
      organizationId: org.id,
      db,
      settings: readSettings(org.settings),
      now: ctx.now,
      logger: ctx.logger,
      async record(tx, kind, count) {
        if (count <= 0) return;
        await tx.retentionRun.upsert({
          where: { id: runId },
          create: { id: runId, startedAt, [kind]: count },
          update: { [kind]: { increment: count } },
        });
      },
    };
    for (const task of tasks) {
      try {
        done += await task.run(scope);
      } catch (err) {
        // The units done so far are committed and counted; the rest stays due for the next run.
        failed = true;
        ctx.logger.error({ err, task: task.name, organizationId: org.id }, "retention task failed; the next run continues");
      }
    }
    // A run that finished everything says so; one cut off keeps finishedAt empty (the page says "interrupted").
    if (!failed) await db.retentionRun.updateMany({ where: { id: runId }, data: { finishedAt: new Date() } });
  }
  return done;
}

/**
 * The recurring job: at most once per RETENTION_EVERY_MS across all instances.
 * The gate is a second lease that is never released: whoever takes it holds it
 * for the interval (a run cut off midway is finished after it).
 */
export function retentionJob(tasks: readonly RetentionTask[]): ModuleJob {
  return {
    name: RETENTION_JOB_NAME,
    async run(ctx) {
      if (!(await takeLease(ctx.prisma, RETENTION_GATE, "retention", RETENTION_EVERY_MS))) return 0;
      return runRetention(ctx, tasks);
    },
  };
}

// Delayed one-off jobs (reminders and the like). enqueueJob writes the job in
// the caller's transaction, so it exists exactly when the change asking for it
// commits. The runner takes due jobs one at a time per organisation with
// FOR UPDATE SKIP LOCKED: instances never wait for each other and never take
// the same job, and the handler's writes commit together with the DONE mark.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { scopedClientFor } from "../db/tenancy.ts";
import type { Logger } from "../logger.ts";
import type { DelayedJobHandler, JobTx } from "./delayed-job-handler.ts";

/** Any client that can write jobs: the system client, a scoped one, or a transaction. */
interface JobWriter {
  job: {
    createMany(args: { data: Prisma.JobCreateManyInput[]; skipDuplicates?: boolean }): PromiseLike<{ count: number }>;
    deleteMany(args: { where: Prisma.JobWhereInput }): PromiseLike<{ count: number }>;
  };
}

export interface JobRequest {
  organizationId: string;
  kind: string;
  runAt: Date;
  /**
   * What the handler needs. A payload about a person carries `userId` and/or
   * `email` at its top level: the privacy export finds the job by them
   * (modules/identity/index.ts).
   */
  payload?: Prisma.InputJsonValue;
  /** At most one job with this key is ever enqueued; e.g. `reminder:session:<id>`. */
  dedupeKey?: string;
}

/** Writes a job in the caller's transaction. False when a job with the same dedupeKey exists already. */
export async function enqueueJob(tx: JobWriter, job: JobRequest): Promise<boolean> {
  // ON CONFLICT DO NOTHING (skipDuplicates): a unique violation would abort the caller's whole transaction.
  const { count } = await tx.job.createMany({
    data: [{ organizationId: job.organizationId, kind: job.kind, runAt: job.runAt, payload: job.payload ?? {}, dedupeKey: job.dedupeKey ?? null }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** Removes a job that has not run yet (e.g. the session it reminds of was cancelled). */
export async function cancelJob(tx: JobWriter, dedupeKey: string): Promise<boolean> {
  const { count } = await tx.job.deleteMany({ where: { dedupeKey, status: "PENDING" } });
  return count === 1;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/** 1, 2, 4, 8 … minutes after each failure, at most an hour. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(2 ** (failedAttempts - 1) * 60_000, 60 * 60_000);
}

interface DueJob {
  id: string;
  kind: string;
  payload: unknown;
  runAt: Date;
  attempts: number;
}

type Outcome = "none" | "done" | "retry" | "failed";

export interface DelayedJobsDeps {
  prisma: PrismaClient;
  logger: Logger;
  handlers: readonly DelayedJobHandler<never>[];
}

/** Runs due jobs of the kinds this instance has handlers for; returns how many succeeded. */
export async function runDueDelayedJobs({ prisma, logger, handlers }: DelayedJobsDeps, now = new Date(), limit = 50): Promise<number> {
  if (handlers.length === 0) return 0;
  const byKind = new Map(handlers.map((h) => [h.kind, h]));
  // Only kinds this instance knows: during a rolling update an older instance leaves newer kinds alone.
  const kinds = Prisma.join([...byKind.keys()]);
  const organizations = await prisma.$queryRaw<{ organizationId: string }[]>`
    SELECT DISTINCT "organizationId" FROM "Job" WHERE "status" = 'PENDING' AND "runAt" <= ${now} AND "kind" IN (${kinds})`;
  let done = 0;
  let tried = 0;
  for (const { organizationId } of organizations) {
    const db = scopedClientFor(prisma, organizationId);
    while (tried < limit) {
      tried++;
      let taken: DueJob | undefined;
      let outcome: Outcome;
      try {
        outcome = await db.$transaction(
          async (tx) => {
            // Raw SQL: the lock clause has no Prisma form. The organisation is named explicitly for the same reason.
            [taken] = await tx.$queryRaw<DueJob[]>`
              SELECT "id", "kind", "payload", "runAt", "attempts" FROM "Job"
              WHERE "organizationId" = ${organizationId}::uuid AND "status" = 'PENDING' AND "runAt" <= ${now} AND "kind" IN (${kinds})
              ORDER BY "runAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
            if (!taken) return "none";
            return runOne(tx, taken, organizationId, byKind.get(taken.kind)!, logger, now);
          },
          { maxWait: 10_000, timeout: 30_000 },
        );
      } catch (err) {
        // The transaction itself broke (timeout, lost connection): count the attempt so a job that always
        // breaks it cannot come back at every tick.
        if (!taken) throw err;
        logger.error({ err, jobId: taken.id, kind: taken.kind }, "delayed job's transaction failed; it is retried later");
        await prisma.job.updateMany({
          where: { id: taken.id, status: "PENDING", attempts: taken.attempts },
          data: { attempts: taken.attempts + 1, lastError: errorText(err), runAt: new Date(now.getTime() + retryDelayMs(taken.attempts + 1)) },
        });
        continue;
      }
      if (outcome === "none") break;
      if (outcome === "done") done++;
    }
  }
  return done;
}

async function runOne(tx: JobTx, job: DueJob, organizationId: string, handler: DelayedJobHandler<never>, logger: Logger, now: Date): Promise<Outcome> {
  // A savepoint lets a failing handler's writes be undone while this transaction keeps the row locked
  // and records the failure.
  await tx.$executeRawUnsafe("SAVEPOINT lotse_job");
  try {
    await handler.handle(tx, job.payload as never, { id: job.id, organizationId, kind: job.kind, runAt: job.runAt, attempts: job.attempts, now });
  } catch (err) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT lotse_job");
    const attempts = job.attempts + 1;
    const failed = attempts >= (handler.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    logger[failed ? "error" : "warn"]({ err, jobId: job.id, kind: job.kind, attempts }, failed ? "delayed job failed for good" : "delayed job failed, will retry");
    await tx.job.update({
      where: { id: job.id },
      data: failed
        ? { attempts, status: "FAILED", lastError: errorText(err), finishedAt: new Date() }
        : { attempts, lastError: errorText(err), runAt: new Date(now.getTime() + retryDelayMs(attempts)) },
    });
    return failed ? "failed" : "retry";
  }
  await tx.job.update({ where: { id: job.id }, data: { status: "DONE", attempts: job.attempts + 1, finishedAt: new Date() } });
  return "done";
}

const errorText = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 500);

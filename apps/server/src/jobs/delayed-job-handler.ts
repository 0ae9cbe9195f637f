// What a delayed one-off job's handler looks like (enqueued with enqueueJob,
// run by delayed-jobs.ts). Recurring work is a ModuleJob (modules/module.ts);
// the scheduler takes both kinds in one list and tells them apart by `kind`.
import type { ScopedDb } from "../db/tenancy.ts";
import type { ModuleJob } from "../modules/module.ts";

/** The organisation-scoped transaction a delayed job's handler writes through. */
export type JobTx = Parameters<Parameters<ScopedDb["$transaction"]>[0]>[0];

export interface DelayedJobInfo {
  id: string;
  organizationId: string;
  kind: string;
  runAt: Date;
  /** Failed attempts before this one. */
  attempts: number;
  /** The runner's clock (tests pin it): what "today" is for the handler. */
  now: Date;
}

/**
 * Runs the delayed one-off jobs of one kind. The handler gets a transaction
 * scoped to the job's organisation; the job is marked done in that same
 * transaction, so it succeeds at most once and its writes commit only together
 * with that mark. Anything leaving the process (mail) goes through the outbox
 * in the same transaction. A throw rolls the handler's writes back and retries
 * later with backoff, up to maxAttempts.
 */
export interface DelayedJobHandler<Payload = unknown> {
  kind: string;
  /** Attempts before the job is marked FAILED (default 5). */
  maxAttempts?: number;
  handle(tx: JobTx, payload: Payload, job: DelayedJobInfo): Promise<void>;
}

/** What the scheduler runs: recurring module jobs and delayed-job handlers. */
export type SchedulerJob = ModuleJob | DelayedJobHandler<never>;

export function isDelayedJobHandler(job: SchedulerJob): job is DelayedJobHandler<never> {
  return "kind" in job;
}

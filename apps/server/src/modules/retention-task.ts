// What a module hands the retention runner (modules/retention): tasks that
// delete, anonymise, flag or prune its data once the organisation's retention
// period has passed. The runner calls each task once per organisation and run;
// the task does its work in small transactions (one family, one child, one
// batch …) and counts each in that same transaction (`record`), so the run's
// report says exactly what committed, and a run cut off midway leaves each
// unit either done and counted or untouched for the next run.
import type { ScopedDb, ScopedTx } from "../db/tenancy.ts";
import type { Logger } from "../logger.ts";
import type { OrganizationSettings } from "./organizations/index.ts";

/** The counts a run reports (the RetentionRun columns). */
export type RetentionKind =
  | "conductRecordsDeleted"
  | "familiesAnonymised"
  | "childrenAnonymised"
  | "receiptsDeleted"
  | "volunteersFlagged"
  | "volunteersUnflagged"
  | "auditEntriesPruned";

export interface RetentionScope {
  organizationId: string;
  /** The organisation-scoped client: every read and write of the task goes through it (raw SQL names the organisation). */
  db: ScopedDb;
  settings: OrganizationSettings;
  /** The run's clock (tests pin it). */
  now: Date;
  logger: Logger;
  /** Adds `count` to the run's report, in the transaction that did the work. */
  record(tx: Pick<ScopedTx, "retentionRun">, kind: RetentionKind, count: number): Promise<void>;
}

export interface RetentionTask {
  name: string;
  /** Does what is due in one organisation; returns how many things it did. */
  run(scope: RetentionScope): Promise<number>;
}

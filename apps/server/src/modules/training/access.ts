// Who runs a cohort: the trainers assigned to it, and admins (who stand in
// when a trainer is away). Other trainers of the organisation may read a
// cohort but not change it, take its attendance or issue its certificates.
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import type { Viewer } from "../identity/sessions.ts";

/**
 * The one rule for running a cohort. `isTrainerOf` answers whether the caller
 * is assigned to it; by default one query, and the GraphQL field passes a
 * per-request set so a list of cohorts costs one query in all.
 */
export async function teachesCohort(
  db: Pick<ScopedDb, "cohortTrainer">,
  viewer: Pick<Viewer, "userId" | "roles">,
  cohortId: string,
  isTrainerOf: (cohortId: string) => Promise<boolean> = async (id) =>
    !!(await db.cohortTrainer.findFirst({ where: { cohortId: id, userId: viewer.userId }, select: { cohortId: true } })),
): Promise<boolean> {
  if (!viewer.roles.includes("TRAINER")) return false;
  if (viewer.roles.includes("ADMIN")) return true;
  return isTrainerOf(cohortId);
}

/** Refuses, naming the field, unless the caller runs this (already tenancy-checked) cohort. */
export async function assertRunsCohort(db: Pick<ScopedDb, "cohortTrainer">, viewer: Viewer, cohortId: string, field: string) {
  if (!(await teachesCohort(db, viewer, cohortId))) throw new DomainError("FORBIDDEN", "training.notYourCohort", field);
}

// The training area's "who may", for GraphQL and the plain routes alike.
// Who runs a cohort: the trainers assigned to it, and admins (who stand in
// when a trainer is away). Other trainers of the organisation may read a
// cohort but not change it, take its attendance or issue its certificates.
// Staff (trainers and coordinators) see every cohort's people and papers.
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import type { Role } from "../../generated/prisma/client.ts";
import type { Viewer } from "../identity/sessions.ts";

/** Trainers run cohorts; coordinators look over their shoulder. */
export const STAFF: Role[] = ["TRAINER", "COORDINATOR"];

export const isTrainingStaff = (viewer: Pick<Viewer, "roles"> | null | undefined) => STAFF.some((r) => viewer?.roles.includes(r));

/** A certificate: its participant, or staff. */
export function canDownloadCertificate(viewer: Viewer, certificate: { volunteer: { userId: string } }): boolean {
  return isTrainingStaff(viewer) || certificate.volunteer.userId === viewer.userId;
}

/** A cohort's calendar file: staff, or a volunteer who applied to the cohort. */
export async function canReadCohortCalendar(db: Pick<ScopedDb, "enrolment">, viewer: Viewer, cohortId: string): Promise<boolean> {
  if (isTrainingStaff(viewer)) return true;
  return !!(await db.enrolment.findFirst({ where: { cohortId, volunteer: { userId: viewer.userId } }, select: { id: true } }));
}

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

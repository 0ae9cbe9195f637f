// The training area's "who may", for GraphQL and the plain routes alike.
// Who runs a cohort: the trainers assigned to it, and admins (who stand in
// when a trainer is away). Other trainers of the organisation may read a
// cohort but not change it, take its attendance or issue its certificates.
// Staff (trainers and coordinators) see every cohort's people and papers.
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import type { EnrolmentStatus } from "../../generated/prisma/client.ts";
import { perRequest } from "../../graphql/request-cache.ts";
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import type { ServiceCtx } from "../service-context.ts";
import { HOLDS_PLACE } from "./places.ts";

/** A GraphQL context or a route's ServiceCtx: these rules read the caller and the scoped client only. */
type Caller = Pick<ServiceCtx, "viewer" | "db">;

type Who = Pick<Viewer, "roles"> | null | undefined;

/** Trainers run cohorts; coordinators look over their shoulder (people, interviews, attendance). */
export const isTrainingStaff = (viewer: Who) => holdsAnyRole(viewer, "TRAINER", "COORDINATOR");

/** Courses, cohorts, sessions, admissions, attendance and certificates are changed by trainers (teachesCohort narrows to the cohort's own). */
export const mayTeach = (viewer: Who) => holdsAnyRole(viewer, "TRAINER");

/** Applying, answering an offer, withdrawing, one's own course calendar: volunteers. */
export const mayTakePartInCourses = (viewer: Who) => holdsAnyRole(viewer, "VOLUNTEER");

/** Who chooses a cohort's trainers: admins. A trainer who creates a cohort runs it; one who edits it keeps the team. */
export const choosesCohortTrainers = (viewer: Pick<Viewer, "roles">) => holdsAnyRole(viewer, "ADMIN");

/** A certificate: its participant, or staff. */
export function canDownloadCertificate(viewer: Viewer, certificate: { volunteer: { userId: string } }): boolean {
  return isTrainingStaff(viewer) || certificate.volunteer.userId === viewer.userId;
}

/** The cohorts the caller is a trainer of, once per request. */
export function taughtCohortIds(ctx: Caller): Promise<Set<string>> {
  const userId = ctx.viewer?.userId;
  if (!userId) return Promise.resolve(new Set());
  return perRequest(ctx, `taughtCohorts:${userId}:${ctx.viewer?.organizationId}`, async () =>
    new Set((await ctx.db.cohortTrainer.findMany({ where: { userId }, select: { cohortId: true } })).map((r) => r.cohortId)),
  );
}

/** The cohorts where the caller holds a place or an open offer, once per request. */
function placedCohortIds(ctx: Caller): Promise<Set<string>> {
  const userId = ctx.viewer?.userId;
  if (!userId) return Promise.resolve(new Set());
  return perRequest(ctx, `placedCohorts:${userId}:${ctx.viewer?.organizationId}`, async () =>
    new Set(
      (await ctx.db.enrolment.findMany({ where: { volunteer: { userId }, status: { in: HOLDS_PLACE } }, select: { cohortId: true } })).map((e) => e.cohortId),
    ),
  );
}

/**
 * A cohort's schedule (dates, topic, room) is for every member of its
 * organisation, through GraphQL and as the cohort's ICS file alike (the scoped
 * client finds no other organisation's cohort).
 */
export const canReadCohortSchedule = (viewer: Viewer | null): viewer is Viewer => viewer !== null;

/**
 * A session's online link (a meeting room anyone holding it can enter) only
 * for the cohort's staff, i.e. its trainers, admins and coordinators, and for
 * volunteers holding a place or an offer in it. CohortSession.onlineUrl and
 * the cohort's ICS file both ask this; the private feed gives links only for
 * enrolments that hold a place (see holdsPlace).
 */
export async function seesOnlineLinks(ctx: Caller, cohortId: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (holdsAnyRole(viewer, "ADMIN", "COORDINATOR")) return true;
  if (mayTeach(viewer) && (await taughtCohortIds(ctx)).has(cohortId)) return true;
  return (await placedCohortIds(ctx)).has(cohortId);
}

/** In the private feed: an enrolment shows the online links while it holds a place or an offer. */
export const holdsPlace = (status: EnrolmentStatus) => HOLDS_PLACE.includes(status);

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
  if (!mayTeach(viewer)) return false;
  if (holdsAnyRole(viewer, "ADMIN")) return true;
  return isTrainerOf(cohortId);
}

/** Refuses, naming the field, unless the caller runs this (already tenancy-checked) cohort. */
export async function assertRunsCohort(db: Pick<ScopedDb, "cohortTrainer">, viewer: Viewer, cohortId: string, field: string) {
  if (!(await teachesCohort(db, viewer, cohortId))) throw new DomainError("FORBIDDEN", "training.notYourCohort", field);
}

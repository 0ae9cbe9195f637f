// Who may see one volunteer's data: the volunteer themself, and coordinators
// of the organisation (the scoped client already keeps other organisations out).
// Used by the GraphQL resolvers and by the plain routes alike: both hand in
// their caller (a GraphQL context or a ServiceCtx; only viewer and db are read).
import { DomainError, notFound } from "../../errors.ts";
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import type { ServiceCtx } from "../service-context.ts";

type Caller = Pick<ServiceCtx, "viewer" | "db">;
type Who = Pick<Viewer, "roles"> | null | undefined;

/** Coordinators look after the organisation's volunteers: review, pause, end, papers, payments, the lists. */
export const mayCoordinateVolunteers = (viewer: Who) => holdsAnyRole(viewer, "COORDINATOR");

/** The review queue, the hour lists, the hours export and the organisation's hour summary: coordinators. */
export const mayReviewHours = mayCoordinateVolunteers;

/** One's own volunteering (profile, consent, hours, allowances declared elsewhere): volunteers. */
export const mayActAsVolunteer = (viewer: Who) => holdsAnyRole(viewer, "VOLUNTEER");

/** Asking for a Nachweis (or entering the birth date it prints): volunteers for themselves, coordinators for others (canIssueNachweisFor decides whose). */
export const mayAskForNachweis = (viewer: Who) => mayActAsVolunteer(viewer) || mayCoordinateVolunteers(viewer);

export function canSeeVolunteer(ctx: Pick<Caller, "viewer">, profile: { userId: string }): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  return profile.userId === viewer.userId || mayCoordinateVolunteers(viewer);
}

/** Loads a volunteer by id for the caller, or fails with NOT_FOUND / FORBIDDEN. */
export async function volunteerForViewer(ctx: Caller, id: string, field = "volunteerId") {
  const profile = await ctx.db.volunteerProfile.findUnique({ where: { id } });
  if (!profile) throw notFound(field);
  if (!canSeeVolunteer(ctx, profile)) throw new DomainError("FORBIDDEN", "error.forbidden", field);
  return profile;
}

/** The caller's own volunteer profile id in the current organisation (the session lookup brought it). */
export function ownVolunteerId(ctx: Pick<Caller, "viewer">): Promise<string | null> {
  return Promise.resolve(ctx.viewer?.volunteerProfileId ?? null);
}

/** For rows that belong to one volunteer (hour logs, payments): theirs, or a coordinator's to see. */
/** Synchronous: lists run it once per row, and the session lookup already brought the caller's own volunteer id. */
export function canSeeVolunteerRow(ctx: Pick<Caller, "viewer">, row: { volunteerId: string }): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (mayCoordinateVolunteers(viewer)) return true;
  return viewer.volunteerProfileId !== null && row.volunteerId === viewer.volunteerProfileId;
}

/** The hours export and the hour summary of the whole organisation: coordinators only. */
export function canExportHours(ctx: Pick<Caller, "viewer">): boolean {
  return mayReviewHours(ctx.viewer);
}

/** Four eyes: a coordinator never decides on their own volunteer record (hours, payments, the Ehrenamtskarte, a review). */
export function assertNotOwnRecord(viewer: Pick<Viewer, "userId">, profile: { userId: string }, field: string) {
  if (profile.userId === viewer.userId) throw new DomainError("FORBIDDEN", "volunteer.ownRecord", field);
}

/**
 * Whether the caller may decide on an hour entry now: pending, a coordinator,
 * and not their own (four eyes, as assertNotOwnRecord). Synchronous (once per
 * row of the review queue): the session lookup brought the caller's own volunteer id.
 */
export function canReviewHourLog(ctx: Pick<Caller, "viewer">, log: { status: string; volunteerId: string }): boolean {
  const viewer = ctx.viewer;
  return log.status === "PENDING" && mayReviewHours(viewer) && log.volunteerId !== (viewer!.volunteerProfileId ?? null);
}

// Nachweis (issue 9)
/** Issuing a Nachweis (and entering the birth date it prints): the volunteer for themself, or a coordinator. */
export function canIssueNachweisFor(ctx: Pick<Caller, "viewer">, profile: { userId: string }): boolean {
  return canSeeVolunteer(ctx, profile);
}

/** A Nachweis is signed by a coordinator when one issues it for someone else; one's own is self-issued. */
export function issuesAsCoordinator(ctx: Pick<Caller, "viewer">, profile: { userId: string }): boolean {
  return mayCoordinateVolunteers(ctx.viewer) && profile.userId !== ctx.viewer!.userId;
}

/** Withdrawing an issued Nachweis: coordinators, never for their own volunteer record. */
export function canWithdrawNachweis(ctx: Pick<Caller, "viewer">, volunteer: { userId: string }): boolean {
  return issuesAsCoordinator(ctx, volunteer);
}

/** Checking a Nachweis by its verification code is public: the code is the key (no sign-in, any organisation). */
export const NACHWEIS_VERIFICATION_IS_PUBLIC = true;

// Who may see one volunteer's data: the volunteer themself, and coordinators
// of the organisation (the scoped client already keeps other organisations out).
// Used by the GraphQL resolvers and by the plain routes alike: both hand in
// their caller (a GraphQL context or a ServiceCtx; only viewer and db are read).
import { DomainError, notFound } from "../../errors.ts";
import type { ServiceCtx } from "../service-context.ts";

type Caller = Pick<ServiceCtx, "viewer" | "db">;

export function canSeeVolunteer(ctx: Pick<Caller, "viewer">, profile: { userId: string }): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  return profile.userId === viewer.userId || viewer.roles.includes("COORDINATOR");
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
export async function canSeeVolunteerRow(ctx: Caller, row: { volunteerId: string }): Promise<boolean> {
  if (!ctx.viewer) return false;
  if (ctx.viewer.roles.includes("COORDINATOR")) return true;
  return row.volunteerId === (await ownVolunteerId(ctx));
}

/** The hours export of the whole organisation: coordinators only. */
export function canExportHours(ctx: Pick<Caller, "viewer">): boolean {
  return !!ctx.viewer?.roles.includes("COORDINATOR");
}

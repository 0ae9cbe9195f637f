// The appointments area's only "who may", for GraphQL and the plain routes alike.
// - Children's records, appointments and outcomes: counsellors and admins.
//   Never coordinators or volunteers (special categories of a minor's data).
// - The interpreter pool and its requests: coordinators (and admins). They see
//   an appointment's time, place and language, never the child.
// - An interpreter (a volunteer) answers and sees only what was assigned to them.
// - Availability: a counsellor keeps their own; an admin anyone's.
import { DomainError } from "../../errors.ts";
import type { CalendarFeedKind, Prisma } from "../../generated/prisma/client.ts";
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

type WithRoles = Pick<Viewer, "roles"> | null | undefined;

/** Who sees children, books appointments and records outcomes. */
export const canCounsel = (viewer: WithRoles) => holdsAnyRole(viewer, "COUNSELLOR", "ADMIN");
/** Who runs the Sprachmittlerpool. */
export const canRunPool = (viewer: WithRoles) => holdsAnyRole(viewer, "COORDINATOR", "ADMIN");
/** A counsellor's own appointments (their day, their feed, outcomes still to record). */
export const counselsOwnAppointments = (viewer: WithRoles) => holdsAnyRole(viewer, "COUNSELLOR");
/** The open interpreter requests on a coordinator's start page. */
export const coordinatesInterpreting = (viewer: WithRoles) => holdsAnyRole(viewer, "COORDINATOR");
/** A volunteer may interpret (the requests assigned to them). */
export const mayInterpret = (viewer: WithRoles) => holdsAnyRole(viewer, "VOLUNTEER");
/** The counsellors (to book with) and who interprets for an appointment: both of the above. */
export const maySeeCounsellors = (viewer: WithRoles) => canCounsel(viewer) || canRunPool(viewer);

/** The members appointments are booked with: active members holding the counsellor role. */
export const COUNSELLOR_MEMBERSHIPS = { active: true, roles: { some: { role: "COUNSELLOR" } } } satisfies Prisma.MembershipWhereInput;

/** A private appointments feed: a counsellor's of their appointments, a volunteer's of their interpreting. */
export function mayKeepAppointmentFeed(viewer: Pick<Viewer, "roles" | "volunteerProfileId">, kind: CalendarFeedKind): boolean {
  return kind === "COUNSELLOR" ? counselsOwnAppointments(viewer) : viewer.volunteerProfileId !== null;
}

function require(ok: boolean): void {
  if (!ok) throw new DomainError("FORBIDDEN", "error.forbidden");
}

/** Services call this first: children, appointments, outcomes. */
export function assertCounselling(ctx: Pick<ServiceCtx, "viewer">): Viewer {
  const viewer = signedIn(ctx as ServiceCtx);
  require(canCounsel(viewer));
  return viewer;
}

/** Services of the pool (suggestions, assignment, pledges, statements). */
export function assertRunsPool(ctx: Pick<ServiceCtx, "viewer">): Viewer {
  const viewer = signedIn(ctx as ServiceCtx);
  require(canRunPool(viewer));
  return viewer;
}

/** A counsellor sets their own availability; an admin anyone's. */
export function assertManagesAvailability(ctx: Pick<ServiceCtx, "viewer">, counsellorId: string): Viewer {
  const viewer = signedIn(ctx as ServiceCtx);
  require(holdsAnyRole(viewer, "ADMIN") || (holdsAnyRole(viewer, "COUNSELLOR") && viewer.userId === counsellorId));
  return viewer;
}

/** An appointment's calendar file: those who see appointments, and its assigned interpreter. */
export function canReadAppointmentCalendar(viewer: Viewer, appointment: { interpreterUserId: string | null }): boolean {
  return canCounsel(viewer) || (appointment.interpreterUserId !== null && appointment.interpreterUserId === viewer.userId);
}

/** The statements: the pool's staff for anyone, an interpreter for themself. */
export function canReadStatement(viewer: Viewer, interpreterUserId: string | null): boolean {
  return canRunPool(viewer) || (interpreterUserId !== null && interpreterUserId === viewer.userId);
}

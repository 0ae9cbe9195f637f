// The tandems area's only "who may", for GraphQL and any plain route alike.
// Families have no login; coordinators record and match them. A volunteer sees
// a family only through their own tandem: while it is proposed (or paused) the
// first names, languages, district and needs; while it is ACTIVE also how the
// family wants to be addressed and its contact data; nothing once it ended or
// was declined. The Art. 9 note is for coordinators only.
import { DomainError } from "../../errors.ts";
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";

type Who = Pick<Viewer, "roles" | "volunteerProfileId" | "userId">;

export const isCoordinator = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "COORDINATOR");
export const isAdmin = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "ADMIN");

/** Families, suggestions, proposals, the tandem lists and batch assignment: coordinators. */
export const mayCoordinateMatching = isCoordinator;

/** A volunteer may be proposed tandems and answer them. */
export const mayHaveTandems = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "VOLUNTEER");

/** A family's data export and its erasure (data protection): admins. */
export const mayHandleFamilyPrivacy = isAdmin;

/** The tandem's own volunteer. */
export const isTandemVolunteer = (viewer: Who | null | undefined, tandem: { volunteerId: string }) =>
  !!viewer?.volunteerProfileId && viewer.volunteerProfileId === tandem.volunteerId;

export const canSeeTandem = (viewer: Who | null | undefined, tandem: { volunteerId: string }) => isCoordinator(viewer) || isTandemVolunteer(viewer, tandem);

/** How much of the family the viewer sees through this tandem. */
export type FamilyView = "NONE" | "PROPOSAL" | "CONTACT" | "FULL";

export function familyViewOf(viewer: Who | null | undefined, tandem: { volunteerId: string; status: string }): FamilyView {
  if (isCoordinator(viewer)) return "FULL";
  if (!isTandemVolunteer(viewer, tandem)) return "NONE";
  if (tandem.status === "ACTIVE") return "CONTACT";
  if (tandem.status === "PROPOSED" || tandem.status === "PAUSED") return "PROPOSAL";
  return "NONE";
}

/** Accepting or declining a proposal: only the volunteer it was made to. */
export function assertCanRespond(viewer: Who, tandem: { volunteerId: string }) {
  if (!isTandemVolunteer(viewer, tandem)) throw new DomainError("FORBIDDEN", "matching.notYourTandem", "id");
}

/** Pausing, resuming, ending, logging contacts: a coordinator or the tandem's volunteer. */
export function assertCanChange(viewer: Who, tandem: { volunteerId: string }, field = "id") {
  if (!canSeeTandem(viewer, tandem)) throw new DomainError("FORBIDDEN", "matching.notYourTandem", field);
}

/** The matching settings: admins change them, coordinators read them (the weights explain the scores). */
export const canChangeMatchingSettings = (viewer: Pick<Viewer, "roles"> | null | undefined) => isAdmin(viewer);
export const mayReadMatchingSettings = (viewer: Pick<Viewer, "roles"> | null | undefined) => isAdmin(viewer) || isCoordinator(viewer);

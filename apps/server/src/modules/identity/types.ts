// GraphQL types of the identity area: Organization, User (a person as a member
// of the viewer's organisation), Viewer, and the role/locale enums.
import { ROLES } from "@lotse/domain/roles";
import type { Context } from "../../context.ts";
import { builder } from "../../graphql/builder.ts";
import { answerFromRow } from "../../graphql/row-in-hand.ts";
import type { Membership } from "../../generated/prisma/client.ts";
import type { Viewer, ViewerMembership } from "./sessions.ts";
import { rolesOf } from "./roles.ts";
import { statusOf } from "./users.service.ts";
import { maySeeAccount } from "./access.ts";

export const RoleEnum = builder.enumType("Role", {
  values: ROLES,
});
export const LocaleEnum = builder.enumType("Locale", { values: ["DE", "EN", "AR", "FA", "UK", "TR"] as const });
export const UserStatusEnum = builder.enumType("UserStatus", { values: ["ACTIVE", "DEACTIVATED", "INVITED"] as const });

// Only organisations the caller belongs to are visible (node(id) included).
export const OrganizationRef = builder.prismaNode("Organization", {
  id: { field: "id" },
  authScopes: (org, ctx) => isViewerOrganization(ctx, org.id),
  fields: (t) => ({
    name: t.exposeString("name"),
    slug: t.exposeString("slug"),
  }),
});

// A "User" in the API is a person as seen by one organisation: their
// membership row (organisation-owned, so scoped) joined to their account.
// The password hash is never selected: only whether a credential exists.
export const UserRef = builder.prismaNode("Membership", {
  name: "User",
  id: { field: "id" },
  // Only the columns the asked fields need.
  select: { id: true, userId: true },
  // Oneself, or an admin of the organisation (the list of users is theirs too).
  authScopes: (m, ctx) => maySeeAccount(ctx.viewer, m),
  fields: (t) => ({
    email: t.string({ select: { user: { select: { email: true } } }, resolve: (m) => m.user.email }),
    // Until the person accepts, the organisation sees only what its admin typed:
    // an existing account's own name and language must not leak.
    name: t.string({
      select: { acceptedAt: true, invitedName: true, user: { select: { name: true } } },
      resolve: (m) => (m.acceptedAt ? m.user.name : (m.invitedName ?? m.user.name)),
    }),
    locale: t.field({
      type: LocaleEnum,
      select: { acceptedAt: true, user: { select: { locale: true } } },
      resolve: (m) => (m.acceptedAt ? m.user.locale : "DE"),
    }),
    roles: t.field({
      type: [RoleEnum],
      description: "Roles in the viewer's current organisation.",
      select: { roles: { select: { role: true } } },
      resolve: (m) => rolesOf(m),
    }),
    status: t.field({
      type: UserStatusEnum,
      description: "Status in the viewer's current organisation.",
      select: { active: true, acceptedAt: true, user: { select: { credential: { select: { userId: true } } } } },
      resolve: (m) => statusOf(m, m.user.credential !== null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** The organisations the caller is an active member of: the session lookup brought them. */
function isViewerOrganization(ctx: Context, organizationId: string): boolean {
  return ctx.viewer?.memberships.some((m) => m.organization.id === organizationId) ?? false;
}

const OrganizationMembership = builder.objectRef<ViewerMembership>("OrganizationMembership").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    // The viewer's own memberships span organisations; their rows came with the session.
    organization: t.field({ type: OrganizationRef, resolve: (m) => m.organization }),
    roles: t.field({ type: [RoleEnum], resolve: (m) => m.roles }),
  }),
});

export const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    user: t.prismaField({
      type: "Membership",
      // The session lookup brought the caller's membership with their name, email and language:
      // a selection of those needs no statement of its own.
      resolve: (query, viewer, _args, ctx) =>
        (answerFromRow("Membership", query, viewer.membership) as Membership | null) ??
        ctx.db.membership.findUniqueOrThrow({
          ...query,
          where: { organizationId_userId: { organizationId: viewer.organizationId, userId: viewer.userId } },
        }),
    }),
    organization: t.field({ type: OrganizationRef, resolve: (viewer) => viewer.organization }),
    roles: t.field({ type: [RoleEnum], resolve: (viewer) => viewer.roles }),
    memberships: t.field({ type: [OrganizationMembership], resolve: (viewer) => viewer.memberships }),
  }),
});

// Administration of the people in an organisation: invite, roles, deactivate.
// Memberships are organisation-owned, so every lookup here runs through the
// scoped client and can never reach another organisation's people.
import type { Config } from "../../config.ts";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma, PrismaClient, Role } from "../../generated/prisma/client.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/service.ts";
import { normalizeEmail } from "./auth.service.ts";
import { addedToOrganizationMail, invitationMail } from "./mails.ts";
import { rolesOf, uniqueRoles } from "./roles.ts";
import { revokeSessionsOfUser, type Viewer } from "./sessions.ts";
import { digest, newSecret } from "./tokens.ts";

export type UserStatus = "ACTIVE" | "INVITED" | "DEACTIVATED";

export interface UsersFilter {
  search?: string | null;
  role?: Role | null;
  status?: UserStatus | null;
}

export function membershipWhere(filter: UsersFilter | null | undefined): Prisma.MembershipWhereInput {
  const where: Prisma.MembershipWhereInput[] = [];
  const search = filter?.search?.trim();
  if (search) {
    where.push({
      user: {
        OR: [
          { name: { contains: search, mode: "insensitive" } },
          { email: { contains: search, mode: "insensitive" } },
        ],
      },
    });
  }
  if (filter?.role) where.push({ roles: { some: { role: filter.role } } });
  if (filter?.status === "DEACTIVATED") where.push({ active: false });
  if (filter?.status === "ACTIVE") where.push({ active: true, user: { credential: { isNot: null } } });
  if (filter?.status === "INVITED") where.push({ active: true, user: { credential: { is: null } } });
  return where.length ? { AND: where } : {};
}

export function statusOf(membership: { active: boolean }, hasPassword: boolean): UserStatus {
  if (!membership.active) return "DEACTIVATED";
  return hasPassword ? "ACTIVE" : "INVITED";
}

function assertRoles(roles: Role[]) {
  if (roles.length === 0) throw new DomainError("VALIDATION", "validation.rolesRequired", "roles");
}

/**
 * Changes that can remove an admin are serialised per organisation (a row lock
 * on the organisation), so two admins deactivating each other at once cannot
 * both pass the "another admin remains" check.
 */
async function lockAdminChanges(tx: Pick<ScopedDb, "$queryRaw">, organizationId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId}::uuid FOR UPDATE`;
}

/** Refuses a change that would leave the organisation without an active admin. */
async function assertAnotherAdminRemains(db: Pick<ScopedDb, "membership">, membershipId: string) {
  const others = await db.membership.count({
    where: { id: { not: membershipId }, active: true, roles: { some: { role: "ADMIN" } } },
  });
  if (others === 0) throw new DomainError("CONFLICT", "users.lastAdmin", "roles");
}

export async function inviteUser(
  deps: { prisma: PrismaClient; db: ScopedDb; config: Config },
  viewer: Viewer,
  input: { email: string; name: string; roles: Role[] },
) {
  const { prisma, db, config } = deps;
  assertRoles(input.roles);
  const email = normalizeEmail(input.email);
  const organization = await prisma.organization.findUniqueOrThrow({ where: { id: viewer.organizationId } });
  const existing = await prisma.user.findUnique({ where: { email }, include: { credential: { select: { userId: true } } } });
  if (existing) {
    const already = await db.membership.findFirst({ where: { userId: existing.id } });
    if (already) throw new DomainError("CONFLICT", "users.alreadyMember", "email");
  }
  return db.$transaction(async (tx) => {
    const user = existing ?? (await tx.user.create({ data: { email, name: input.name.trim() } }));
    const membership = await tx.membership.create({
      data: { userId: user.id, roles: { create: uniqueRoles(input.roles).map((role) => ({ role })) } },
    });
    if (existing?.credential) {
      const mail = addedToOrganizationMail(user.locale, user.name, organization.name, `${config.PUBLIC_URL}/login`);
      await enqueueMail(tx, { to: user.email, ...mail });
    } else {
      const token = newSecret();
      await tx.actionToken.create({
        data: {
          tokenHash: digest(token),
          purpose: "INVITATION",
          userId: user.id,
          invitedToOrgId: organization.id,
          expiresAt: new Date(Date.now() + config.INVITATION_TTL_HOURS * 3_600_000),
        },
      });
      const link = `${config.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}&invite=1`;
      const mail = invitationMail(user.locale, user.name, organization.name, link, config.INVITATION_TTL_HOURS);
      await enqueueMail(tx, { to: user.email, ...mail });
    }
    await audit(tx, viewer.userId, "user.invited", { type: "Membership", id: membership.id }, { email, roles: input.roles });
    return membership;
  });
}

export async function setUserRoles(db: ScopedDb, viewer: Viewer, membershipId: string, roles: Role[]) {
  assertRoles(roles);
  const next = uniqueRoles(roles);
  return db.$transaction(async (tx) => {
    await lockAdminChanges(tx, viewer.organizationId);
    const membership = await tx.membership.findUnique({ where: { id: membershipId }, include: { roles: true } });
    if (!membership) throw notFound("userId");
    const before = rolesOf(membership);
    if (before.includes("ADMIN") && !next.includes("ADMIN")) {
      await assertAnotherAdminRemains(tx, membershipId);
    }
    // The membership was found through the scoped client above, so its roles are ours to replace.
    const updated = await tx.membership.update({
      where: { id: membershipId },
      data: { roles: { deleteMany: {}, create: next.map((role) => ({ role })) } },
    });
    await audit(tx, viewer.userId, "user.rolesChanged", { type: "Membership", id: membershipId }, { from: before, to: next });
    return updated;
  });
}

export async function setUserActive(prisma: PrismaClient, db: ScopedDb, viewer: Viewer, membershipId: string, active: boolean) {
  const membership = await db.membership.findUnique({ where: { id: membershipId }, include: { roles: true } });
  if (!membership) throw notFound("userId");
  if (!active && membership.userId === viewer.userId) {
    throw new DomainError("CONFLICT", "users.cannotDeactivateSelf", "userId");
  }
  const updated = await db.$transaction(async (tx) => {
    await lockAdminChanges(tx, viewer.organizationId);
    if (!active && rolesOf(membership).includes("ADMIN")) await assertAnotherAdminRemains(tx, membershipId);
    return tx.membership.update({ where: { id: membershipId }, data: { active } });
  });
  if (!active) {
    // Signed-in sessions in this organisation end at once, not at their next expiry.
    await revokeSessionsOfUser(prisma, membership.userId, { organizationId: viewer.organizationId });
  }
  await audit(db, viewer.userId, active ? "user.reactivated" : "user.deactivated", { type: "Membership", id: membershipId });
  return updated;
}

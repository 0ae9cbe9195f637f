// Administration of the people in an organisation: invite, roles, deactivate.
// Memberships are organisation-owned, so every lookup here runs through the
// scoped client and can never reach another organisation's people.
import { acceptInvitationPath, PATHS, resetPasswordPath } from "@lotse/domain/paths";
import { sortRoles } from "@lotse/domain/roles";
import { type ScopedDb, type ScopedTx, scopedClientFor } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma, Role } from "../../generated/prisma/client.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/index.ts";
import { normalizeEmail } from "./auth.service.ts";
import { invitationMail, membershipInvitationMail } from "./mails.ts";
import { rolesOf } from "./roles.ts";
import { revokeSessionsOfUser } from "./sessions.ts";
import { digest, newSecret } from "./tokens.ts";
import { type ServiceCtx, signedIn } from "../service-context.ts";

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
  if (filter?.status === "ACTIVE") where.push({ active: true, acceptedAt: { not: null }, user: { credential: { isNot: null } } });
  if (filter?.status === "INVITED") where.push({ active: true, OR: [{ acceptedAt: null }, { user: { credential: { is: null } } }] });
  return where.length ? { AND: where } : {};
}

export function statusOf(membership: { active: boolean; acceptedAt: Date | null }, hasPassword: boolean): UserStatus {
  if (!membership.active) return "DEACTIVATED";
  return hasPassword && membership.acceptedAt ? "ACTIVE" : "INVITED";
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
    where: { id: { not: membershipId }, active: true, acceptedAt: { not: null }, roles: { some: { role: "ADMIN" } } },
  });
  if (others === 0) throw new DomainError("CONFLICT", "users.lastAdmin", "roles");
}

/**
 * Invites a person by email. Whatever exists behind the address, the admin gets
 * the same answer: an INVITED person under the name the admin typed. What
 * happens depends on who owns the address:
 *  - nobody, or an account whose address was never verified: the mail carries
 *    a link to set a password. An unverified account's password was chosen by
 *    whoever signed up, who never proved the address is theirs, so it is removed
 *    now (with its open links and sessions): the address's owner sets their own.
 *  - a verified account (of another organisation): the owner accepts the
 *    membership with the emailed link; until then it grants nothing.
 */
export async function inviteUser(ctx: ServiceCtx, input: { email: string; name: string; roles: Role[] }) {
  const viewer = signedIn(ctx);
  const { prisma, db, config } = ctx;
  assertRoles(input.roles);
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const { organization } = viewer;
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    const already = await db.membership.findFirst({ where: { userId: existing.id } });
    if (already) throw new DomainError("CONFLICT", "users.alreadyMember", "email");
  }
  return db.$transaction(async (tx) => {
    const user = existing ?? (await tx.user.create({ data: { email, name } }));
    const membership = await tx.membership.create({
      data: {
        userId: user.id,
        acceptedAt: null,
        invitedName: name,
        roles: { create: sortRoles(input.roles).map((role) => ({ role })) },
      },
    });
    const token = newSecret();
    const expiresAt = new Date(Date.now() + config.INVITATION_TTL_HOURS * 3_600_000);
    if (existing?.emailVerifiedAt) {
      await tx.actionToken.create({
        data: { tokenHash: digest(token), purpose: "MEMBERSHIP_INVITATION", userId: user.id, invitedToOrgId: organization.id, expiresAt },
      });
      const link = `${config.PUBLIC_URL}${acceptInvitationPath(token)}`;
      const mail = membershipInvitationMail(user.locale, user.name, organization.name, link, config.INVITATION_TTL_HOURS);
      await enqueueMail(tx, { to: user.email, ...mail });
    } else {
      // Account-level rows (not organisation-owned): the scoped transaction passes them through unchanged.
      if (existing) await disownUnverifiedAccount(tx, existing.id);
      await tx.actionToken.create({
        data: { tokenHash: digest(token), purpose: "INVITATION", userId: user.id, invitedToOrgId: organization.id, expiresAt },
      });
      const link = `${config.PUBLIC_URL}${resetPasswordPath(token, { invite: true })}`;
      const mail = invitationMail(existing?.locale ?? user.locale, name, organization.name, link, config.INVITATION_TTL_HOURS);
      await enqueueMail(tx, { to: user.email, ...mail });
    }
    await audit(tx, viewer.userId, "user.invited", { type: "Membership", id: membership.id }, { email, roles: input.roles });
    return membership;
  });
}

/**
 * An account nobody has verified does not own its address: its password, open
 * links and sessions go, so whoever set them cannot come back once the real
 * owner proves the address (by the invitation or by an older verification mail).
 */
async function disownUnverifiedAccount(tx: ScopedTx, userId: string) {
  await tx.passwordCredential.deleteMany({ where: { userId } });
  await tx.actionToken.updateMany({
    where: { userId, usedAt: null, purpose: { in: ["EMAIL_VERIFICATION", "PASSWORD_RESET"] } },
    data: { usedAt: new Date() },
  });
  await revokeSessionsOfUser(tx, userId);
}

/**
 * Accepts a membership from the emailed link; the link works once. Holding the
 * link is the proof (it went to the account's address), so it works signed out;
 * signed in as someone else it is refused and stays usable: that person would
 * otherwise believe they had joined while the invited account did. A second
 * click after the acceptance is told so ("already accepted"): only the
 * link's holder can ask, and the answer tells them nothing the mail did not.
 */
export async function acceptInvitation(ctx: ServiceCtx, { token }: { token: string }) {
  const { prisma } = ctx;
  const invalid = () => new DomainError("INVALID_TOKEN", "token.invalid", "token");
  // Signed in (as the invited account), there is nobody to sign in: the answer points to the organisation switch.
  const alreadyAccepted = () => new DomainError("CONFLICT", ctx.viewer ? "invitation.alreadyAcceptedSignedIn" : "invitation.alreadyAccepted", "token");
  const row = await prisma.actionToken.findUnique({ where: { tokenHash: digest(token) } });
  if (!row || row.purpose !== "MEMBERSHIP_INVITATION" || !row.invitedToOrgId) throw invalid();
  if (ctx.viewer && ctx.viewer.userId !== row.userId) throw new DomainError("FORBIDDEN", "invitation.otherAccount", "token");
  const organizationId = row.invitedToOrgId;
  if (row.usedAt) {
    // The link is used up once the membership it was sent for is accepted; that is what the holder learns.
    const membership = await prisma.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: row.userId } }, select: { acceptedAt: true } });
    throw membership?.acceptedAt ? alreadyAccepted() : invalid();
  }
  if (row.expiresAt.getTime() <= Date.now()) throw invalid();
  // A concurrent click on the same link read the token as unused, too: the
  // conditional claim lets one of them through, the other learns it is done.
  await scopedClientFor(prisma, organizationId).$transaction(async (tx) => {
    const claimed = await tx.actionToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw alreadyAccepted();
    const membership = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: row.userId } } });
    if (!membership) throw invalid();
    const accepted = await tx.membership.updateMany({ where: { id: membership.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (accepted.count !== 1) throw alreadyAccepted();
    await audit(tx, row.userId, "user.invitationAccepted", { type: "Membership", id: membership.id });
  });
}

export async function setUserRoles(ctx: ServiceCtx, { membershipId, roles }: { membershipId: string; roles: Role[] }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  assertRoles(roles);
  const next = sortRoles(roles);
  return db.$transaction(async (tx) => {
    await lockAdminChanges(tx, viewer.organizationId);
    const membership = await tx.membership.findUnique({ where: { id: membershipId }, include: { roles: true } });
    if (!membership) throw notFound("userId");
    const before = rolesOf(membership);
    // Read under the organisation's admin-change lock, so the comparison holds:
    // the same roles again write and audit nothing.
    if (before.length === next.length && before.every((role, i) => role === next[i])) return membership;
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

export async function setUserActive(ctx: ServiceCtx, { membershipId, active }: { membershipId: string; active: boolean }) {
  const { db, prisma } = ctx;
  const viewer = signedIn(ctx);
  const membership = await db.membership.findUnique({ where: { id: membershipId }, include: { roles: true } });
  if (!membership) throw notFound("userId");
  if (!active && membership.userId === viewer.userId) {
    throw new DomainError("CONFLICT", "users.cannotDeactivateSelf", "userId");
  }
  const updated = await db.$transaction(async (tx) => {
    await lockAdminChanges(tx, viewer.organizationId);
    if (!active && rolesOf(membership).includes("ADMIN")) await assertAnotherAdminRemains(tx, membershipId);
    // Conditional on the current value: a repeated or concurrent request writes and audits nothing.
    const { count } = await tx.membership.updateMany({ where: { id: membershipId, active: !active }, data: { active } });
    if (count === 1) await audit(tx, viewer.userId, active ? "user.reactivated" : "user.deactivated", { type: "Membership", id: membershipId });
    return { changed: count === 1, membership: await tx.membership.findUniqueOrThrow({ where: { id: membershipId } }) };
  });
  if (updated.changed && !active) {
    // Signed-in sessions in this organisation end at once, not at their next expiry.
    await revokeSessionsOfUser(prisma, membership.userId, { organizationId: viewer.organizationId });
  }
  return updated.membership;
}

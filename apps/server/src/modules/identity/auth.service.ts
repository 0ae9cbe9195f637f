// Sign-in, sign-out, password reset and change, organisation switch: the rules
// of who may act as whom. No GraphQL here; resolvers call these functions.
import type { Config } from "../../config.ts";
import type { PrismaClient, Locale } from "../../generated/prisma/client.ts";
import { DomainError } from "../../errors.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { passwordResetMail } from "./mails.ts";
import { assertStrongPassword, hashPassword, verifyAgainstDummy, verifyPassword } from "./passwords.ts";
import { createSession, revokeSession, revokeSessionsOfUser, viewerOfSession, type SessionSettings, type Viewer } from "./sessions.ts";
import { assertNotThrottled, recordAttempt } from "./throttle.ts";
import { digest, newSecret } from "./tokens.ts";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function sessionSettings(config: Config): SessionSettings {
  return { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
}

const invalidCredentials = () => new DomainError("INVALID_CREDENTIALS", "signIn.invalidCredentials", "password");

export async function signIn(prisma: PrismaClient, config: Config, input: { email: string; password: string; ip: string }) {
  const email = normalizeEmail(input.email);
  await assertNotThrottled(prisma, email, input.ip, {
    windowMinutes: config.SIGNIN_WINDOW_MINUTES,
    maxFailuresPerAccount: config.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: config.SIGNIN_MAX_FAILURES_PER_IP,
  });
  const user = await prisma.user.findUnique({ where: { email }, include: { credential: true } });
  const ok = user?.credential
    ? await verifyPassword(input.password, user.credential.hash)
    : (await verifyAgainstDummy(input.password), false);
  await recordAttempt(prisma, email, input.ip, ok);
  if (!ok || !user) throw invalidCredentials();
  if (!user.emailVerifiedAt) throw new DomainError("FORBIDDEN", "signIn.emailNotVerified", "email");

  const membership = await prisma.membership.findFirst({
    where: { userId: user.id, active: true },
    // The oldest membership first; the id breaks a tie, so the same person always lands in the same place.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { organizationId: true },
  });
  if (!membership) throw new DomainError("FORBIDDEN", "signIn.deactivated", "email");
  const { token, session } = await createSession(prisma, user.id, membership.organizationId, sessionSettings(config));
  const viewer = await viewerOfSession(prisma, session.id);
  return { token, expiresAt: session.expiresAt, viewer };
}

export async function signOut(prisma: PrismaClient, viewer: Viewer | null) {
  if (viewer) await revokeSession(prisma, viewer.sessionId);
}

/** Always succeeds from the caller's point of view, so it reveals no accounts. */
export async function requestPasswordReset(prisma: PrismaClient, config: Config, rawEmail: string) {
  const email = normalizeEmail(rawEmail);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return;
  const hasActiveMembership = await prisma.membership.count({ where: { userId: user.id, active: true } });
  if (!hasActiveMembership) return;
  // At most three open reset links an hour per account keeps the mailbox (and us) from being flooded.
  const recent = await prisma.actionToken.count({
    where: { userId: user.id, purpose: "PASSWORD_RESET", createdAt: { gt: new Date(Date.now() - 3_600_000) } },
  });
  if (recent >= 3) return;
  const token = newSecret();
  const link = `${config.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}`;
  const mail = passwordResetMail(user.locale, user.name, link, config.PASSWORD_RESET_TTL_MINUTES);
  await prisma.$transaction(async (tx) => {
    await tx.actionToken.create({
      data: {
        tokenHash: digest(token),
        purpose: "PASSWORD_RESET",
        userId: user.id,
        expiresAt: new Date(Date.now() + config.PASSWORD_RESET_TTL_MINUTES * 60_000),
      },
    });
    await enqueueMail(tx, { to: user.email, ...mail });
  });
}

/** Sets a password from an emailed link (reset or invitation); the link works once. */
export async function resetPassword(prisma: PrismaClient, token: string, password: string) {
  assertStrongPassword(password, "password");
  const hash = await hashPassword(password);
  const invalid = () => new DomainError("INVALID_TOKEN", "token.invalid", "token");
  const row = await prisma.actionToken.findUnique({ where: { tokenHash: digest(token) } });
  const settable = row?.purpose === "PASSWORD_RESET" || row?.purpose === "INVITATION";
  if (!row || !settable || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
  await prisma.$transaction(async (tx) => {
    // The conditional update makes two concurrent uses of one link end with one winner.
    const claimed = await tx.actionToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw invalid();
    await tx.passwordCredential.upsert({ where: { userId: row.userId }, create: { userId: row.userId, hash }, update: { hash } });
    // The link arrived by email, so the address is proven too.
    await tx.user.updateMany({ where: { id: row.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await revokeSessionsOfUser(tx, row.userId);
  });
}

export async function changePassword(prisma: PrismaClient, viewer: Viewer, currentPassword: string, newPassword: string) {
  const credential = await prisma.passwordCredential.findUnique({ where: { userId: viewer.userId } });
  if (!credential || !(await verifyPassword(currentPassword, credential.hash))) {
    throw new DomainError("INVALID_CREDENTIALS", "password.wrongCurrent", "currentPassword");
  }
  assertStrongPassword(newPassword, "newPassword");
  const hash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.passwordCredential.update({ where: { userId: viewer.userId }, data: { hash } });
    // Everyone else holding this account's sessions is signed out; this device stays in.
    await revokeSessionsOfUser(tx, viewer.userId, { exceptSessionId: viewer.sessionId });
  });
}

export async function switchOrganization(prisma: PrismaClient, viewer: Viewer, organizationId: string): Promise<Viewer> {
  const membership = await prisma.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: viewer.userId } },
    select: { active: true },
  });
  if (!membership?.active) throw new DomainError("NOT_FOUND", "organization.notMember", "organizationId");
  await prisma.session.update({ where: { id: viewer.sessionId }, data: { currentOrganizationId: organizationId } });
  return viewerOfSession(prisma, viewer.sessionId);
}

export async function setLocale(prisma: PrismaClient, viewer: Viewer, locale: Locale) {
  return prisma.user.update({ where: { id: viewer.userId }, data: { locale } });
}

// Sign-in, sign-out, password reset and change, organisation switch: the rules
// of who may act as whom. No GraphQL here; resolvers call these functions.
import { resetPasswordPath } from "@lotse/domain/paths";
import type { Config } from "../../config.ts";
import { Locale as Locales, Prisma, type PrismaClient, type Locale } from "../../generated/prisma/client.ts";
import { scopedClientFor, type ScopedTx } from "../../db/tenancy.ts";
import { audit } from "../audit/index.ts";
import { DomainError } from "../../errors.ts";
import { passwordResetMail } from "./mails.ts";
import { assertStrongPassword, hashPassword, verifyAgainstDummy, verifyPassword } from "./passwords.ts";
import { createSession, revokeSession, revokeSessionsOfUser, viewerOfSession, type SessionSettings, type Viewer } from "./sessions.ts";
import { refuseIfKnownSpent, spendHashBudget } from "./hash-budget.ts";
import { hashGate } from "./hash-gate.ts";
import { refusalsAfterPause } from "./refusal-pause.ts";
import { reserveAttempt, settleAttempt } from "./throttle.ts";
import { digest, isWellFormedSecret, newSecret } from "./tokens.ts";
import { type ServiceCtx, signedIn } from "../service-context.ts";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function sessionSettings(config: Config): SessionSettings {
  return { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS };
}

const invalidCredentials = () => new DomainError("INVALID_CREDENTIALS", "signIn.invalidCredentials", "password");

export async function signIn(ctx: ServiceCtx, input: { email: string; password: string; ip: string; replacesSessionId?: string | null }) {
  const { prisma, config } = ctx;
  const email = normalizeEmail(input.email);
  const attempt = await reserveAttempt(prisma, email, input.ip, {
    windowMinutes: config.SIGNIN_WINDOW_MINUTES,
    maxFailuresPerAccountAndAddress: config.SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_IP,
    maxFailuresPerAccount: config.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerAddress: config.SIGNIN_MAX_FAILURES_PER_IP,
  });
  const user = await prisma.user.findUnique({ where: { email }, include: { credential: true } });
  const ok = user?.credential
    ? await verifyPassword(input.password, user.credential.hash)
    : (await verifyAgainstDummy(input.password, config.scrypt), false);
  await settleAttempt(prisma, attempt, email, input.ip, ok);
  if (!ok || !user) throw invalidCredentials();
  if (!user.emailVerifiedAt) throw new DomainError("FORBIDDEN", "signIn.emailNotVerified", "email");

  const membership = await prisma.membership.findFirst({
    // An invitation not yet accepted grants nothing.
    where: { userId: user.id, active: true, acceptedAt: { not: null } },
    // The oldest membership first; the id breaks a tie, so the same person always lands in the same place.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { organizationId: true },
  });
  if (!membership) throw new DomainError("FORBIDDEN", "signIn.deactivated", "email");
  const { token, session } = await createSession(prisma, user.id, membership.organizationId, sessionSettings(config));
  // The new cookie replaces the browser's old one: the session behind the old cookie must not outlive it.
  if (input.replacesSessionId) await revokeSession(prisma, input.replacesSessionId);
  const viewer = await viewerOfSession(prisma, session.id);
  return { token, expiresAt: session.expiresAt, viewer };
}

export async function signOut(ctx: ServiceCtx) {
  const { prisma } = ctx;
  const viewer = ctx.viewer;
  if (viewer) await revokeSession(prisma, viewer.sessionId);
}

/** Placeholder for the recipient's name in the mail text; the database fills it in (see below). */
const NAME_SLOT = "\uE000name\uE000"; // a private-use character: never part of a real name or link
const RESETS_PER_HOUR = 3;

/**
 * Always succeeds from the caller's point of view, so it reveals no accounts;
 * and it takes as long for an unknown address as for a known one: both run the
 * same single statement (find the account, create the link, queue the mail),
 * which simply inserts nothing when there is no eligible account. The token and
 * both language versions of the mail are prepared before, whatever the address.
 */
export async function requestPasswordReset(ctx: ServiceCtx, { rawEmail }: { rawEmail: string }) {
  const { prisma, config } = ctx;
  const email = normalizeEmail(rawEmail);
  const token = newSecret();
  const link = `${config.PUBLIC_URL}${resetPasswordPath(token)}`;
  // The mail in the account's language, chosen in the same statement: one text per Locale value.
  const mails = Object.values(Locales).map((locale) => ({ locale, mail: passwordResetMail(locale, NAME_SLOT, link, config.PASSWORD_RESET_TTL_MINUTES) }));
  const de = passwordResetMail("DE", NAME_SLOT, link, config.PASSWORD_RESET_TTL_MINUTES);
  const subjectByLocale = Prisma.join(mails.map(({ locale, mail }) => Prisma.sql`WHEN ${locale} THEN ${mail.subject}`), " ");
  const textByLocale = Prisma.join(mails.map(({ locale, mail }) => Prisma.sql`WHEN ${locale} THEN ${mail.text}`), " ");
  const nowMs = Date.now();
  // At most three open reset links an hour per account keeps the mailbox (and us) from being flooded.
  await prisma.$executeRaw`
    WITH target AS (
      SELECT u."id", u."email", u."name", u."locale"::text AS "locale"
        FROM "User" u
       WHERE u."email" = ${email}
         AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u."id" AND m."active" AND m."acceptedAt" IS NOT NULL)
         AND (SELECT count(*) FROM "ActionToken" t
               WHERE t."userId" = u."id" AND t."purpose" = 'PASSWORD_RESET'
                 AND t."createdAt" > (to_timestamp(${nowMs - 3_600_000}::float8 / 1000) AT TIME ZONE 'UTC')) < ${RESETS_PER_HOUR}
    ), link AS (
      INSERT INTO "ActionToken" ("id", "tokenHash", "purpose", "userId", "expiresAt", "createdAt")
      SELECT gen_random_uuid(), ${digest(token)}, 'PASSWORD_RESET', target."id",
             to_timestamp(${nowMs + config.PASSWORD_RESET_TTL_MINUTES * 60_000}::float8 / 1000) AT TIME ZONE 'UTC',
             to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC'
        FROM target
      RETURNING "userId"
    )
    INSERT INTO "OutboxMessage" ("id", "toAddress", "subject", "textBody", "availableAt", "createdAt")
    SELECT gen_random_uuid(), target."email",
           CASE target."locale" ${subjectByLocale} ELSE ${de.subject} END,
           replace(CASE target."locale" ${textByLocale} ELSE ${de.text} END, ${NAME_SLOT}, target."name"),
           to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC',
           to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC'
      FROM target JOIN link ON link."userId" = target."id"`;
}

/** Open password-reset links of an account stop working once its password changes, however it changed. */
async function retireResetLinks(tx: Pick<PrismaClient, "actionToken">, userId: string) {
  await tx.actionToken.updateMany({ where: { userId, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: new Date() } });
}

/**
 * Sets a password from an emailed link (reset or invitation); the link works
 * once. The cheap checks (password policy, the link's shape, a spent address
 * budget, a full hash queue) come first and cost no database work. Every
 * well-formed link tried then spends one unit of the caller's address budget,
 * whether or not it turns out to be a link we sent, so random links cannot be
 * tried faster than real ones can be used; only then is the link looked up,
 * and the hash waits behind sign-ins (hash-gate.ts). Refusals are answered
 * after a pause (refusal-pause.ts).
 */
export async function resetPassword(ctx: ServiceCtx, input: { token: string; password: string; ip: string }) {
  return refusalsAfterPause(ctx.config.ANONYMOUS_REFUSAL_PAUSE_MS, () => setPasswordFromLink(ctx, input));
}

async function setPasswordFromLink(ctx: ServiceCtx, { token, password, ip }: { token: string; password: string; ip: string }) {
  const { prisma, config } = ctx;
  const input = { token, password };
  assertStrongPassword(input.password, "password");
  const invalid = () => new DomainError("INVALID_TOKEN", "token.invalid", "token");
  if (!isWellFormedSecret(input.token)) throw invalid();
  // Refusals that cost nothing come before the link is looked up: an address that spent its budget, a full hash queue.
  refuseIfKnownSpent(prisma, ip);
  hashGate.refuseIfFull();
  // Counted before the lookup: a guessed link costs the address as much as a real one.
  await spendHashBudget(prisma, ip, config.PASSWORD_HASHES_PER_IP_PER_HOUR);
  const row = await prisma.actionToken.findUnique({ where: { tokenHash: digest(input.token) } });
  const settable = row?.purpose === "PASSWORD_RESET" || row?.purpose === "INVITATION";
  if (!row || !settable || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
  const hash = await hashPassword(input.password, config.scrypt, "anonymous");
  // An invitation link is also the acceptance of the membership it was sent for:
  // that change and its audit entry belong to the inviting organisation.
  const invitedTo = row.purpose === "INVITATION" ? row.invitedToOrgId : null;
  const inTransaction = (body: (tx: Prisma.TransactionClient, scoped: ScopedTx | null) => Promise<void>) =>
    invitedTo
      ? // Account-level rows (not organisation-owned) pass the scoped client unchanged.
        scopedClientFor(prisma, invitedTo).$transaction((scoped) => body(scoped as unknown as Prisma.TransactionClient, scoped))
      : prisma.$transaction((tx) => body(tx, null));
  await inTransaction(async (tx, scoped) => {
    // The conditional update makes two concurrent uses of one link end with one winner.
    const claimed = await tx.actionToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw invalid();
    await tx.passwordCredential.upsert({ where: { userId: row.userId }, create: { userId: row.userId, hash }, update: { hash } });
    // The link arrived by email, so the address is proven too.
    await tx.user.updateMany({ where: { id: row.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await retireResetLinks(tx, row.userId);
    if (scoped && invitedTo) await acceptMembership(scoped, row.userId, invitedTo);
    await revokeSessionsOfUser(tx, row.userId);
  });
}

/**
 * Marks an open invitation as accepted (its emailed link was used), audited in
 * the caller's transaction of the inviting organisation. The invitation must
 * still be open: a membership that is gone or was accepted otherwise meanwhile
 * makes the link invalid, and the whole change (the password too) rolls back.
 */
async function acceptMembership(tx: ScopedTx, userId: string, organizationId: string) {
  const membership = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { id: true } });
  const accepted = membership ? await tx.membership.updateMany({ where: { id: membership.id, acceptedAt: null }, data: { acceptedAt: new Date() } }) : { count: 0 };
  if (!membership || accepted.count !== 1) throw new DomainError("INVALID_TOKEN", "token.invalid", "token");
  await audit(tx, userId, "user.invitationAccepted", { type: "Membership", id: membership.id });
}

export async function changePassword(ctx: ServiceCtx, { currentPassword, newPassword }: { currentPassword: string; newPassword: string }) {
  const { prisma, config } = ctx;
  const viewer = signedIn(ctx);
  const credential = await prisma.passwordCredential.findUnique({ where: { userId: viewer.userId } });
  if (!credential || !(await verifyPassword(currentPassword, credential.hash))) {
    throw new DomainError("INVALID_CREDENTIALS", "password.wrongCurrent", "currentPassword");
  }
  assertStrongPassword(newPassword, "newPassword");
  const hash = await hashPassword(newPassword, config.scrypt);
  await prisma.$transaction(async (tx) => {
    // Conditional on the hash the current password was checked against: of two changes at once
    // (two devices), one wins; the other's "current password" is no longer current.
    const { count } = await tx.passwordCredential.updateMany({ where: { userId: viewer.userId, hash: credential.hash }, data: { hash } });
    if (count !== 1) throw new DomainError("INVALID_CREDENTIALS", "password.wrongCurrent", "currentPassword");
    await retireResetLinks(tx, viewer.userId);
    // Everyone else holding this account's sessions is signed out; this device stays in.
    await revokeSessionsOfUser(tx, viewer.userId, { exceptSessionId: viewer.sessionId });
  });
}

export async function switchOrganization(ctx: ServiceCtx, { organizationId }: { organizationId: string }): Promise<Viewer> {
  const { prisma } = ctx;
  const viewer = signedIn(ctx);
  const membership = await prisma.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: viewer.userId } },
    select: { active: true, acceptedAt: true },
  });
  if (!membership?.active || !membership.acceptedAt) throw new DomainError("NOT_FOUND", "organization.notMember", "organizationId");
  await prisma.session.update({ where: { id: viewer.sessionId }, data: { currentOrganizationId: organizationId } });
  return viewerOfSession(prisma, viewer.sessionId);
}

export async function setLocale(ctx: ServiceCtx, { locale }: { locale: Locale }) {
  const { prisma } = ctx;
  const viewer = signedIn(ctx);
  return prisma.user.update({ where: { id: viewer.userId }, data: { locale } });
}

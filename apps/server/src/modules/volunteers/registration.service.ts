// Public sign-up of volunteers and the email verification that follows. The
// answer to a sign-up is the same whether or not the email is known, so the
// form cannot be used to find out who has an account.
import type { Config } from "../../config.ts";
import { scopedClientFor } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/service.ts";
import { normalizeEmail } from "../identity/auth.service.ts";
import { assertStrongPassword, hashPassword } from "../identity/passwords.ts";
import { digest, newSecret } from "../identity/tokens.ts";
import { readSettings } from "../organizations/settings.ts";
import { alreadyRegisteredMail, verifyEmailMail } from "./mails.ts";
import { checkProfile, type ProfileInput } from "./profile-input.ts";

export interface RegistrationInput extends ProfileInput {
  organizationSlug: string;
  name: string;
  email: string;
  password: string;
  consent: boolean;
  consentVersion: number;
}

const VERIFICATION_TTL_MS = 7 * 86_400_000;

export async function currentConsent(prisma: PrismaClient | Prisma.TransactionClient, organizationId: string) {
  return prisma.consentText.findFirst({ where: { organizationId }, orderBy: { version: "desc" } });
}

export async function registerVolunteer(prisma: PrismaClient, config: Config, input: RegistrationInput): Promise<void> {
  const organization = await prisma.organization.findUnique({ where: { slug: input.organizationSlug } });
  if (!organization) throw new DomainError("NOT_FOUND", "error.notFound", "organizationSlug");
  if (!input.consent) throw new DomainError("VALIDATION", "consent.required", "consent");
  const consent = await currentConsent(prisma, organization.id);
  if (!consent || consent.version !== input.consentVersion) throw new DomainError("VALIDATION", "consent.outdated", "consent");
  assertStrongPassword(input.password, "password");
  const db = scopedClientFor(prisma, organization.id);
  const profile = await checkProfile(db, readSettings(organization.settings), input);

  const email = normalizeEmail(input.email);
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    const mail = alreadyRegisteredMail(existing.locale, existing.name, organization.name, `${config.PUBLIC_URL}/login`, `${config.PUBLIC_URL}/forgot-password`);
    await enqueueMail(prisma, { to: existing.email, organizationId: organization.id, ...mail });
    return;
  }

  const hash = await hashPassword(input.password);
  const token = newSecret();
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name: input.name.trim(), credential: { create: { hash } } } });
    await tx.membership.create({
      data: { userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } as Prisma.MembershipUncheckedCreateInput,
    });
    const created = await tx.volunteerProfile.create({
      data: {
        userId: user.id,
        ...profile.scalars,
        consentVersion: consent.version,
        consentedAt: new Date(),
        languages: { create: profile.languages },
        topics: { create: profile.topics },
        availability: { create: profile.availability },
      } as Prisma.VolunteerProfileUncheckedCreateInput,
    });
    await tx.actionToken.create({
      data: { tokenHash: digest(token), purpose: "EMAIL_VERIFICATION", userId: user.id, expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS) },
    });
    const link = `${config.PUBLIC_URL}/verify-email?token=${encodeURIComponent(token)}`;
    await enqueueMail(tx, { to: email, ...verifyEmailMail(user.locale, user.name, organization.name, link) });
    await audit(tx, user.id, "volunteer.registered", { type: "VolunteerProfile", id: created.id }, { consentVersion: consent.version });
  });
}

export async function verifyEmail(prisma: PrismaClient, token: string): Promise<void> {
  const invalid = () => new DomainError("INVALID_TOKEN", "token.invalid", "token");
  const row = await prisma.actionToken.findUnique({ where: { tokenHash: digest(token) } });
  if (!row || row.purpose !== "EMAIL_VERIFICATION" || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.actionToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw invalid();
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } });
  });
}

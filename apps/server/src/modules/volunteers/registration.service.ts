// Public sign-up of volunteers and the email verification that follows. The
// answer to a sign-up is the same whether or not the email is known, so the
// form cannot be used to find out who has an account.
import { PATHS, verifyEmailPath } from "@lotse/domain/paths";
import type { Config } from "../../config.ts";
import { scopedClientFor, type ScopedDb } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/index.ts";
import { notify } from "../notifications/index.ts";
import { VOLUNTEER_WORK } from "./work-queue.service.ts";
import {
  assertStrongPassword,
  digest,
  hashGate,
  hashPassword,
  newSecret,
  normalizeEmail,
  refusalsAfterPause,
  refuseIfKnownSpent,
  spendHashBudget,
} from "../identity/index.ts";
import { readSettings } from "../organizations/index.ts";
import { ALREADY_REGISTERED_SUBJECTS, alreadyRegisteredMail, verifyEmailMail } from "./mails.ts";
import { checkProfile, type ProfileInput } from "./profile-input.ts";
import { type ServiceCtx } from "../service-context.ts";
import { toDbLocale } from "../../i18n/locales.ts";

/** The consent text's translation into the caller's language, if it has one (never for German). */
export function consentTranslation(consent: { translations: unknown }, locale: string): { locale: string; text: string } | null {
  if (locale === "de") return null;
  const all = consent.translations && typeof consent.translations === "object" ? (consent.translations as Record<string, unknown>) : {};
  const text = all[locale];
  return typeof text === "string" && text.trim() ? { locale, text } : null;
}

export interface RegistrationInput extends ProfileInput {
  organizationSlug: string;
  name: string;
  email: string;
  password: string;
  consent: boolean;
  consentVersion: number;
}

const VERIFICATION_TTL_MS = 7 * 86_400_000;

/** The organisation's current consent text (the scoped client supplies the organisation). */
export async function currentConsent(db: Pick<ScopedDb, "consentText">) {
  return db.consentText.findFirst({ orderBy: { version: "desc" } });
}

/**
 * Public sign-up. Everything that can be checked without a password hash is
 * checked first, what costs nothing before what costs a statement; the hash is
 * then counted against the caller's address and waits behind sign-ins
 * (hash-gate.ts). Refusals are answered after a pause (refusal-pause.ts).
 */
export async function registerVolunteer(ctx: ServiceCtx, request: { caller: { ip: string }; input: RegistrationInput }): Promise<void> {
  return refusalsAfterPause(ctx.config.ANONYMOUS_REFUSAL_PAUSE_MS, () => signUp(ctx, request));
}

async function signUp(ctx: ServiceCtx, { caller, input }: { caller: { ip: string }; input: RegistrationInput }): Promise<void> {
  const { prisma, config } = ctx;
  assertStrongPassword(input.password, "password");
  if (!input.consent) throw new DomainError("VALIDATION", "consent.required", "consent");
  // Refusals that cost nothing come before any database work: an address that spent its budget, a full hash queue.
  refuseIfKnownSpent(prisma, caller.ip);
  hashGate.refuseIfFull();
  const organization = await prisma.organization.findUnique({ where: { slug: input.organizationSlug } });
  if (!organization) throw new DomainError("NOT_FOUND", "error.notFound", "organizationSlug");
  const db = scopedClientFor(prisma, organization.id);
  const consent = await currentConsent(db);
  if (!consent || consent.version !== input.consentVersion) throw new DomainError("VALIDATION", "consent.outdated", "consent");
  const profile = await checkProfile(db, readSettings(organization.settings), input);

  const email = normalizeEmail(input.email);
  // Hashed before looking the address up, so a known address does not answer
  // faster than a new one (the answer must not tell whether an account exists).
  await spendHashBudget(prisma, caller.ip, config.PASSWORD_HASHES_PER_IP_PER_HOUR);
  const hash = await hashPassword(input.password, config.scrypt, "anonymous");
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    // A few of these a day at most: the public form must not become a way to flood someone's mailbox.
    const sentToday = await prisma.outboxMessage.count({
      where: { toAddress: existing.email, subject: { in: ALREADY_REGISTERED_SUBJECTS }, createdAt: { gt: new Date(Date.now() - 86_400_000) } },
    });
    if (sentToday >= config.SIGNUP_NOTICES_PER_ADDRESS_PER_DAY) return;
    const mail = alreadyRegisteredMail(existing.locale, existing.name, organization.name, `${config.PUBLIC_URL}${PATHS.login}`, `${config.PUBLIC_URL}${PATHS.forgotPassword}`);
    await enqueueMail(prisma, { to: existing.email, organizationId: organization.id, ...mail });
    return;
  }

  const token = newSecret();
  await db.$transaction(async (tx) => {
    // Emails go out in the language of the page the person signed up on (ctx.locale).
    const user = await tx.user.create({ data: { email, name: input.name.trim(), locale: toDbLocale(ctx.locale), credential: { create: { hash } } } });
    await tx.membership.create({
      data: { userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } },
    });
    const created = await tx.volunteerProfile.create({
      data: {
        userId: user.id,
        ...profile.scalars,
        consentVersion: consent.version,
        // Which translation was shown beside the binding German text (DE: none).
        consentLocale: toDbLocale(consentTranslation(consent, ctx.locale) ? ctx.locale : "de"),
        consentedAt: new Date(),
        languages: { create: profile.languages },
        availability: { create: profile.availability },
      },
    });
    // Topics link two organisation-owned rows (composite keys on both): written
    // on their own, where the scoped client supplies the organisation.
    if (profile.topics.length) await tx.volunteerTopic.createMany({ data: profile.topics.map((t) => ({ ...t, volunteerId: created.id })) });
    await tx.actionToken.create({
      data: { tokenHash: digest(token), purpose: "EMAIL_VERIFICATION", userId: user.id, expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS) },
    });
    await enqueueMail(tx, { to: email, ...verifyEmailMail(user.locale, user.name, organization.name, verificationLink(config, token)) });
    await audit(tx, user.id, "volunteer.registered", { type: "VolunteerProfile", id: created.id }, { consentVersion: consent.version, consentLocale: consentTranslation(consent, ctx.locale) ? ctx.locale : "de" });
  });
}

function verificationLink(config: Config, token: string) {
  return `${config.PUBLIC_URL}${verifyEmailPath(token)}`;
}

/** Sends a fresh verification link to an unverified sign-up; answers the same for any address. */
export async function resendVerificationEmail(ctx: ServiceCtx, { rawEmail }: { rawEmail: string }): Promise<void> {
  const { prisma, config } = ctx;
  const user = await prisma.user.findUnique({
    where: { email: normalizeEmail(rawEmail) },
    include: { volunteerProfiles: { include: { organization: { select: { name: true } } }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  const profile = user?.volunteerProfiles[0];
  if (!user || user.emailVerifiedAt || !profile) return;
  // Three links an hour at most, like password resets.
  const recent = await prisma.actionToken.count({
    where: { userId: user.id, purpose: "EMAIL_VERIFICATION", createdAt: { gt: new Date(Date.now() - 3_600_000) } },
  });
  if (recent >= 3) return;
  const token = newSecret();
  await prisma.$transaction(async (tx) => {
    await tx.actionToken.create({
      data: { tokenHash: digest(token), purpose: "EMAIL_VERIFICATION", userId: user.id, expiresAt: new Date(Date.now() + VERIFICATION_TTL_MS) },
    });
    await enqueueMail(tx, { to: user.email, organizationId: profile.organizationId, ...verifyEmailMail(user.locale, user.name, profile.organization.name, verificationLink(config, token)) });
  });
}

export async function verifyEmail(ctx: ServiceCtx, { token }: { token: string }): Promise<void> {
  const { prisma } = ctx;
  const invalid = () => new DomainError("INVALID_TOKEN", "token.invalid", "token");
  const row = await prisma.actionToken.findUnique({ where: { tokenHash: digest(token) } });
  if (!row || row.purpose !== "EMAIL_VERIFICATION" || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw invalid();
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.actionToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw invalid();
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } });
    // A confirmed sign-up is real work for the coordinators of each organisation it waits in.
    const waiting = await tx.volunteerProfile.findMany({ where: { userId: row.userId, status: "PENDING" }, select: { organizationId: true } });
    for (const { organizationId } of waiting) {
      await notify(tx, { organizationId, work: VOLUNTEER_WORK.signUpsWaiting, to: "role", actorUserId: row.userId });
    }
  });
}

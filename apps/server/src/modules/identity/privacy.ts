// What the identity area stores about a person and what erasing them does.
// The account spans organisations: it is read with the system client, and it
// is only anonymised while no other organisation still works with it. Erasure
// removes every way to sign in (password, sessions, links) and replaces the
// name and address, so the account row stays only as the id that past
// decisions (reviews, bookings, audit entries) point to.
import type { PrivacyDeclaration, UserSubject } from "../module.ts";
import { ERASED, noPersonalData, personalRows, planLine, type ErasureRule } from "../privacy.ts";
import { signedIn } from "../service-context.ts";

const ofUser = (s: UserSubject) => ({ userId: s.userId });

/** An address nobody can receive mail at or sign in with, unique per account (the column is unique). */
export const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

const userRule: ErasureRule = {
  anonymise: {},
  kept: "the account row stays as the id that past decisions and audit entries point to; name and email address are replaced, sign-in is removed",
};

const user: PrivacyDeclaration = {
  model: "User",
  personalData: true,
  export: async (ctx, s) => (s.kind === "user" ? ctx.prisma.user.findMany({ where: { id: s.userId } }) : []),
  plan: async (ctx, s) => planLine("User", s.kind === "user" ? await ctx.prisma.user.count({ where: { id: s.userId } }) : 0, userRule),
  async holds(ctx, s) {
    if (s.kind !== "user") return [];
    const viewer = signedIn(ctx);
    if (viewer.userId === s.userId) return [{ model: "User", messageKey: "privacy.cannotEraseYourself" }];
    // Another organisation still works with the account: this organisation cannot take it away from them.
    const elsewhere = await ctx.prisma.membership.count({ where: { userId: s.userId, active: true, organizationId: { not: viewer.organizationId } } });
    return elsewhere > 0 ? [{ model: "Membership", messageKey: "privacy.accountInOtherOrganization" }] : [];
  },
  async erase(ctx, s) {
    if (s.kind !== "user") return planLine("User", 0, userRule);
    const { count } = await ctx.tx.user.updateMany({ where: { id: s.userId }, data: { name: ERASED, email: erasedEmail(s.userId), emailVerifiedAt: null } });
    return planLine("User", count, userRule);
  },
};

export const identityPrivacy: PrivacyDeclaration[] = [
  user,
  personalRows("PasswordCredential", ofUser, { client: "system", omit: ["hash"], erase: { delete: true } }),
  personalRows("Session", ofUser, { client: "system", omit: ["tokenHash"], erase: { delete: true } }),
  personalRows("ActionToken", ofUser, { client: "system", omit: ["tokenHash"], erase: { delete: true } }),
  personalRows("Membership", ofUser, {
    erase: { anonymise: { active: false, invitedName: null }, kept: "stays inactive: past appointments and decisions name the membership" },
  }),
  personalRows("MembershipRole", (s, ctx) => ({ membership: { userId: s.userId, organizationId: signedIn(ctx).organizationId } }), { erase: { delete: true } }),
  // Failed and successful sign-ins by address, kept a day (retention.service.ts).
  personalRows("SignInAttempt", (s) => ({ email: s.email }), { client: "system", erase: { delete: true } }),
  // Mails (invitations, resets, notices) carry the recipient's address.
  personalRows("OutboxMessage", (s) => ({ toAddress: s.email }), { client: "system", erase: { delete: true } }),
  // Delayed jobs (jobs/delayed-jobs.ts) sit beside the outbox as platform rows. Their payload may name
  // a person (a reminder for someone); by convention it then carries `userId` and/or `email` at its
  // top level, which is what finds them here, in the caller's organisation.
  personalRows("Job", (s) => ({ OR: [{ payload: { path: ["userId"], equals: s.userId } }, { payload: { path: ["email"], equals: s.email } }] }), {
    erase: { delete: true },
  }),
  noPersonalData("PasswordHashBudget", "a caller address and a count per hour, linked to no account or email; deleted after the hour by the retention job"),
  noPersonalData("JobLease", "a recurring job's name, the instance holding it and until when"),
];

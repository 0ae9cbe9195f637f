// Identity: users, sign-in, sessions, invitations, memberships and roles.
import { defineModule } from "../module.ts";
import { noPersonalData, personalRows } from "../privacy.ts";
import { signedIn } from "../service-context.ts";
import * as mutations from "./mutations.ts";
import * as queries from "./queries.ts";
import { deleteExpiredThrottleRows } from "./retention.service.ts";
import { seedDemoUsers, seedOfficeStaff } from "./seed.ts";
import * as types from "./types.ts";

const ofUser = (s: { userId: string }) => ({ userId: s.userId });

export const identityModule = defineModule({
  name: "identity",
  graphql: [types, queries, mutations],
  seed: seedDemoUsers,
  seedOffice: seedOfficeStaff,
  jobs: [{ name: "delete sign-in attempts and hash budgets that no longer count", run: deleteExpiredThrottleRows }],
  privacy: [
    // The account spans organisations: read with the system client, for the one user.
    personalRows("User", (s) => ({ id: s.userId }), { client: "system" }),
    personalRows("PasswordCredential", ofUser, { client: "system", omit: ["hash"] }),
    personalRows("Session", ofUser, { client: "system", omit: ["tokenHash"] }),
    personalRows("ActionToken", ofUser, { client: "system", omit: ["tokenHash"] }),
    personalRows("Membership", ofUser),
    personalRows("MembershipRole", (s, ctx) => ({ membership: { userId: s.userId, organizationId: signedIn(ctx).organizationId } })),
    // Failed and successful sign-ins by address, kept a day (retention.service.ts).
    personalRows("SignInAttempt", (s) => ({ email: s.email }), { client: "system" }),
    // Mails (invitations, resets, notices) carry the recipient's address.
    personalRows("OutboxMessage", (s) => ({ toAddress: s.email }), { client: "system" }),
    // Delayed jobs (jobs/delayed-jobs.ts) sit beside the outbox as platform rows. Their payload may name
    // a person (a reminder for someone); by convention it then carries `userId` and/or `email` at its
    // top level, which is what finds them here, in the caller's organisation.
    personalRows("Job", (s) => ({ OR: [{ payload: { path: ["userId"], equals: s.userId } }, { payload: { path: ["email"], equals: s.email } }] })),
    noPersonalData(
      "PasswordHashBudget",
      "a caller address and a count per hour, linked to no account or email; deleted after the hour by the retention job",
    ),
    noPersonalData("JobLease", "a recurring job's name, the instance holding it and until when"),
  ],
});

// The public face other modules and the platform use (sign-up, calendar links, course mails,
// and the request's caller: session cookie, session lookup, roles).
export { normalizeEmail, sessionSettings } from "./auth.service.ts";
export { SESSION_COOKIE } from "./cookie.ts";
export { hashGate } from "./hash-gate.ts";
export { refuseIfKnownSpent, spendHashBudget } from "./hash-budget.ts";
export { assertStrongPassword, hashPassword } from "./passwords.ts";
export { refusalsAfterPause } from "./refusal-pause.ts";
export { createSession, resolveSession, type Viewer } from "./sessions.ts";
export { digest, newSecret } from "./tokens.ts";
export { RoleEnum, UserRef } from "./types.ts";

// Identity: users, sign-in, sessions, invitations, memberships and roles.
import { defineModule } from "../module.ts";
import * as mutations from "./mutations.ts";
import { identityPrivacy } from "./privacy.ts";
import * as queries from "./queries.ts";
import { deleteExpiredThrottleRows } from "./retention.service.ts";
import { seedDemoUsers, seedOfficeStaff } from "./seed.ts";
import * as types from "./types.ts";
import { identityWorkQueue } from "./work-queue.service.ts";

export const identityModule = defineModule({
  name: "identity",
  graphql: [types, queries, mutations],
  seed: seedDemoUsers,
  seedOffice: seedOfficeStaff,
  jobs: [{ name: "delete sign-in attempts and hash budgets that no longer count", run: deleteExpiredThrottleRows }],
  privacy: identityPrivacy,
  workQueue: identityWorkQueue,
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

// Data protection and upkeep: sign-in attempts (an address and an email) and
// the per-address hash budgets are needed only while they can still count
// against a limit. The throttle looks back SIGNIN_WINDOW_MINUTES (at most a
// day, config.ts), the hash budget one clock hour; rows older than a day
// count for nothing and are deleted. Run by the job runner.
import type { JobCtx } from "../service-context.ts";
import { HASH_BUDGET_WINDOW_MS } from "./hash-budget.ts";

/** How long sign-in attempts are kept: the longest throttle window config.ts allows. */
export const SIGN_IN_ATTEMPTS_KEPT_MS = 24 * 3_600_000;

export async function deleteExpiredThrottleRows({ prisma, now }: JobCtx): Promise<number> {
  const attempts = await prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_ATTEMPTS_KEPT_MS) } } });
  // A budget row counts for its own hour only.
  const budgets = await prisma.passwordHashBudget.deleteMany({ where: { windowStart: { lte: new Date(now.getTime() - HASH_BUDGET_WINDOW_MS) } } });
  return attempts.count + budgets.count;
}

// Failed sign-ins are counted in a sliding window in SignInAttempt rows, so
// every API process sees the same counts. Three buckets (see README, "Security
// model"):
//  - per account and address: a few guesses, then that address must wait;
//  - per address across accounts: stops one address spraying many accounts;
//  - per account across all addresses: a much higher ceiling, so a guesser
//    from one address cannot lock the real owner out, yet a distributed
//    attack on one account is still bounded.
// An attempt is *reserved* (a row counted as a failure) under advisory locks
// on its account and address before the password is checked, so a burst of
// simultaneous guesses cannot all pass a check that none of them has counted.
// The reservation is one call of a database function (lock, count, insert).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { TooManyAttemptsError } from "../../errors.ts";
import { UNKNOWN_ADDRESS } from "../../http/client-address.ts";

export interface ThrottleSettings {
  windowMinutes: number;
  maxFailuresPerAccountAndAddress: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

interface Reservation {
  id: bigint | null;
  /** createdAt (ms) of the n-th most recent failure in each full bucket, n being that bucket's limit; null when not full. */
  pairOldestMs: number | null;
  accountOldestMs: number | null;
  addressOldestMs: number | null;
}

/**
 * Reserves one sign-in attempt for `email` from `ip`, or throws
 * TooManyAttemptsError with the wait. The reservation counts as a failure until
 * `settleAttempt` records the outcome. One statement: the database function
 * (migration 20261201020000_sign_in_reservation) takes the locks, counts and
 * inserts, so a burst waits on the lock only for that call, not for round
 * trips, and no client-side transaction timer can cut it short.
 */
export async function reserveAttempt(prisma: PrismaClient, email: string, ip: string, s: ThrottleSettings): Promise<bigint> {
  const windowMs = s.windowMinutes * 60_000;
  // Times as UTC wall time (how Prisma stores DateTime), computed from this process's clock like every other row.
  const nowMs = Date.now();
  const sinceMs = nowMs - windowMs;
  // Without a known address there is no address bucket: all such callers would share one that anyone could fill.
  const knownAddress = ip !== UNKNOWN_ADDRESS;
  const [r] = await prisma.$queryRaw<Reservation[]>`
    SELECT * FROM lotse_reserve_sign_in(
      ${email}, ${ip}, ${knownAddress},
      (to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC')::timestamp,
      (to_timestamp(${sinceMs}::float8 / 1000) AT TIME ZONE 'UTC')::timestamp,
      ${s.maxFailuresPerAccountAndAddress}::int, ${s.maxFailuresPerAccount}::int, ${s.maxFailuresPerAddress}::int)`;
  if (r!.id !== null) return r!.id;
  // The bucket frees up when the oldest of its last `max` failures ages out of the window.
  const wait = Math.max(
    ...[r!.pairOldestMs, r!.accountOldestMs, r!.addressOldestMs].map((oldest) => (oldest === null ? 0 : Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000)))),
  );
  throw new TooManyAttemptsError(wait);
}

/** Records the outcome of a reserved attempt; a success clears this address's failures for the account. */
export async function settleAttempt(prisma: PrismaClient, id: bigint, email: string, ip: string, succeeded: boolean) {
  if (!succeeded) return; // the reservation already counts as the failure
  await prisma.$transaction([
    prisma.signInAttempt.update({ where: { id }, data: { succeeded: true } }),
    // Only this pair starts fresh: the owner signing in must not reset a guesser's count elsewhere.
    prisma.signInAttempt.deleteMany({ where: { email, ip, succeeded: false } }),
  ]);
}

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
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { TooManyAttemptsError } from "../../errors.ts";
import { UNKNOWN_ADDRESS } from "../../http/client-address.ts";

export interface ThrottleSettings {
  windowMinutes: number;
  maxFailuresPerAccountAndAddress: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
}

interface Counts {
  pair: number;
  account: number;
  address: number;
  /** createdAt (ms) of the n-th most recent failure in each bucket, n being that bucket's limit. */
  pairOldestMs: number | null;
  accountOldestMs: number | null;
  addressOldestMs: number | null;
}

/**
 * Reserves one sign-in attempt for `email` from `ip`, or throws
 * TooManyAttemptsError with the wait. The reservation counts as a failure until
 * `settleAttempt` records the outcome.
 */
export async function reserveAttempt(prisma: PrismaClient, email: string, ip: string, s: ThrottleSettings): Promise<bigint> {
  const windowMs = s.windowMinutes * 60_000;
  // Times as UTC wall time (how Prisma stores DateTime), computed from this process's clock like every other row.
  const nowMs = Date.now();
  const sinceMs = nowMs - windowMs;
  // Without a known address there is no address bucket: all such callers would share one that anyone could fill.
  const knownAddress = ip !== UNKNOWN_ADDRESS;
  return prisma.$transaction(async (tx) => {
    // Account lock first, then address lock: everyone takes them in this order, so no deadlock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`signin:account:${email}`}, 0))`;
    if (knownAddress) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`signin:address:${ip}`}, 0))`;
    const [c] = await tx.$queryRaw<Counts[]>`
      SELECT count(*) FILTER (WHERE "email" = ${email} AND "ip" = ${ip})::int AS "pair",
             count(*) FILTER (WHERE "email" = ${email})::int AS "account",
             count(*) FILTER (WHERE "ip" = ${ip} AND ${knownAddress})::int AS "address",
             (EXTRACT(EPOCH FROM (array_agg("createdAt" ORDER BY "createdAt" DESC) FILTER (WHERE "email" = ${email} AND "ip" = ${ip}))[${s.maxFailuresPerAccountAndAddress}::int]) * 1000)::float8 AS "pairOldestMs",
             (EXTRACT(EPOCH FROM (array_agg("createdAt" ORDER BY "createdAt" DESC) FILTER (WHERE "email" = ${email}))[${s.maxFailuresPerAccount}::int]) * 1000)::float8 AS "accountOldestMs",
             (EXTRACT(EPOCH FROM (array_agg("createdAt" ORDER BY "createdAt" DESC) FILTER (WHERE "ip" = ${ip} AND ${knownAddress}))[${s.maxFailuresPerAddress}::int]) * 1000)::float8 AS "addressOldestMs"
        FROM "SignInAttempt"
       WHERE NOT "succeeded" AND "createdAt" > (to_timestamp(${sinceMs}::float8 / 1000) AT TIME ZONE 'UTC') AND ("email" = ${email} OR "ip" = ${ip})`;
    const waits = [
      c!.pair >= s.maxFailuresPerAccountAndAddress ? c!.pairOldestMs : null,
      c!.account >= s.maxFailuresPerAccount ? c!.accountOldestMs : null,
      c!.address >= s.maxFailuresPerAddress ? c!.addressOldestMs : null,
    ]
      // The bucket frees up when the oldest of its last `max` failures ages out of the window.
      .map((oldest) => (oldest === null ? 0 : Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000))));
    const wait = Math.max(...waits);
    if (wait > 0) throw new TooManyAttemptsError(wait);
    const [row] = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO "SignInAttempt" ("email", "ip", "succeeded", "createdAt")
      VALUES (${email}, ${ip}, false, to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC') RETURNING "id"`;
    return row!.id;
  });
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

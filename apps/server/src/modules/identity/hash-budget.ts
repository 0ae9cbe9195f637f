// Anonymous requests that cost a password hash (public sign-up, setting a
// password from a link) are limited per caller address and clock hour. The
// count lives in the database, so every API instance spends from the same
// budget; one statement counts and checks at once (a row per address and
// hour, raised only while below the limit), so a burst from one address
// cannot slip past it. An address found spent is remembered in this process
// until its hour is over, so its further requests are refused before any
// database work (nothing can refill a spent budget before then). What the
// budget cannot stop, a flood from many addresses, is kept off the sign-ins'
// CPU by the hash gate (hash-gate.ts).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { TooManyAttemptsError } from "../../errors.ts";
import { UNKNOWN_ADDRESS } from "../../http/client-address.ts";

export const HASH_BUDGET_WINDOW_MS = 3_600_000;
/** Bounds memory under an address-rotating flood; the oldest entries are forgotten first (the database still refuses them). */
const MAX_REMEMBERED = 10_000;

const windowStartOf = (nowMs: number) => Math.floor(nowMs / HASH_BUDGET_WINDOW_MS) * HASH_BUDGET_WINDOW_MS;
const refusal = (windowStartMs: number, nowMs: number) =>
  new TooManyAttemptsError(Math.max(1, Math.ceil((windowStartMs + HASH_BUDGET_WINDOW_MS - nowMs) / 1000)), "error.tooManyRequests");

/** Per database (client): addresses whose budget is spent, with the start of the hour it is spent for. */
const spentByDatabase = new WeakMap<object, Map<string, number>>();
function spentAddressesOf(prisma: object) {
  let spent = spentByDatabase.get(prisma);
  if (!spent) spentByDatabase.set(prisma, (spent = new Map()));
  return spent;
}

/** Refuses an address already known to have spent this hour's budget; costs no database work. */
export function refuseIfKnownSpent(prisma: object, address: string, nowMs = Date.now()): void {
  const spentAddresses = spentAddressesOf(prisma);
  const windowStartMs = spentAddresses.get(address);
  if (windowStartMs === undefined) return;
  if (windowStartMs === windowStartOf(nowMs)) throw refusal(windowStartMs, nowMs);
  spentAddresses.delete(address);
}

/** Spends one hash for `address` in the current hour, or throws TooManyAttemptsError with the wait. */
export async function spendHashBudget(prisma: Pick<PrismaClient, "$queryRaw">, address: string, perHour: number, nowMs = Date.now()): Promise<void> {
  // An in-process caller (tests, scripts) has no address; there is no shared bucket to fill.
  if (address === UNKNOWN_ADDRESS) return;
  refuseIfKnownSpent(prisma, address, nowMs);
  const windowStartMs = windowStartOf(nowMs);
  const spent = await prisma.$queryRaw<{ spent: number }[]>`
    INSERT INTO "PasswordHashBudget" ("ip", "windowStart", "spent")
    VALUES (${address}, to_timestamp(${windowStartMs}::float8 / 1000) AT TIME ZONE 'UTC', 1)
    ON CONFLICT ("ip", "windowStart") DO UPDATE SET "spent" = "PasswordHashBudget"."spent" + 1
     WHERE "PasswordHashBudget"."spent" < ${perHour}
    RETURNING "spent"`;
  if (spent.length === 0) {
    const spentAddresses = spentAddressesOf(prisma);
    spentAddresses.set(address, windowStartMs);
    if (spentAddresses.size > MAX_REMEMBERED) spentAddresses.delete(spentAddresses.keys().next().value!);
    throw refusal(windowStartMs, nowMs);
  }
}

// Failed sign-ins are counted per account and per address in a sliding window
// (rows in SignInAttempt, so every API process sees the same counts).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { TooManyAttemptsError } from "../../errors.ts";

export interface ThrottleSettings {
  windowMinutes: number;
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
}

async function retryAfter(prisma: PrismaClient, where: { email?: string; ip?: string }, max: number, windowMs: number) {
  const since = new Date(Date.now() - windowMs);
  const failures = await prisma.signInAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (failures.length < max) return 0;
  // The window frees up when the oldest of the last `max` failures ages out.
  const oldest = failures[failures.length - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
}

export async function assertNotThrottled(prisma: PrismaClient, email: string, ip: string, s: ThrottleSettings) {
  const windowMs = s.windowMinutes * 60_000;
  const wait = Math.max(
    await retryAfter(prisma, { email }, s.maxFailuresPerAccount, windowMs),
    await retryAfter(prisma, { ip }, s.maxFailuresPerIp, windowMs),
  );
  if (wait > 0) throw new TooManyAttemptsError(wait);
}

export async function recordAttempt(prisma: PrismaClient, email: string, ip: string, succeeded: boolean) {
  await prisma.signInAttempt.create({ data: { email, ip, succeeded } });
  if (succeeded) {
    // A successful sign-in clears the account's failures so a typo later starts fresh.
    await prisma.signInAttempt.deleteMany({ where: { email, succeeded: false } });
  }
}

// One API instance at a time runs a given recurring job: it holds the job's
// lease row until the run ends (or the lease runs out, should it die mid-run).
// Taken with a single conditional upsert, so two instances can never both win.
// Times are the database's (UTC, like Prisma's DateTime columns), never an
// instance's own clock.
import type { PrismaClient } from "../generated/prisma/client.ts";

export async function takeLease(prisma: PrismaClient, name: string, holder: string, leaseMs: number): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    INSERT INTO "JobLease" ("name", "holder", "lockedUntil")
    VALUES (${name}, ${holder}, (now() AT TIME ZONE 'UTC') + ${leaseMs}::integer * interval '1 millisecond')
    ON CONFLICT ("name") DO UPDATE SET "holder" = EXCLUDED."holder", "lockedUntil" = EXCLUDED."lockedUntil"
    WHERE "JobLease"."lockedUntil" <= (now() AT TIME ZONE 'UTC')
    RETURNING "name"`;
  return rows.length === 1;
}

export async function releaseLease(prisma: PrismaClient, name: string, holder: string): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "JobLease" SET "lockedUntil" = (now() AT TIME ZONE 'UTC'), "lastRunAt" = (now() AT TIME ZONE 'UTC')
    WHERE "name" = ${name} AND "holder" = ${holder}`;
}

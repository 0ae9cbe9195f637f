// Data at size for the benchmarks: approved volunteers of one organisation with
// their hour logs, inserted in bulk with plain SQL (seconds, not minutes).
import type { PrismaClient } from "../../src/db/client.ts";

/**
 * `volunteers` approved volunteers (user, membership, profile; the bench uses
 * 2,000) and `logsPerVolunteer` hour logs each (100)
 * on distinct days over the last ~2 years (so no day passes 24 hours; the
 * HourLog trigger fills VolunteerDay as usual). The last 8 weeks are pending
 * review, every tenth older entry rejected, the rest approved.
 */
export async function loadVolumeData(
  prisma: PrismaClient,
  organizationId: string,
  lastDay: string,
  { volunteers, logsPerVolunteer }: { volunteers: number; logsPerVolunteer: number },
) {
  const run = (sql: string, ...params: unknown[]) => prisma.$executeRawUnsafe(sql, ...params);
  await run(
    `INSERT INTO "User" ("id", "email", "name", "emailVerifiedAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench-' || g || '@oldenburg.example', 'Bench Ehrenamtliche ' || lpad(g::text, 4, '0'), now(), now()
       FROM generate_series(1, $1::int) g`,
    volunteers,
  );
  await run(
    `INSERT INTO "Membership" ("id", "organizationId", "userId", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, u."id", now() FROM "User" u WHERE u."email" LIKE 'bench-%'`,
    organizationId,
  );
  await run(
    `INSERT INTO "MembershipRole" ("membershipId", "role")
     SELECT m."id", 'VOLUNTEER' FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" LIKE 'bench-%'`,
  );
  await run(
    `INSERT INTO "VolunteerProfile" ("id", "organizationId", "userId", "status", "germanLevel", "consentVersion", "consentedAt", "approvedAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, u."id", 'APPROVED', 'C1', 1, now() - interval '800 days', now() - interval '790 days', now()
       FROM "User" u WHERE u."email" LIKE 'bench-%'`,
    organizationId,
  );
  await run(
    `WITH v AS (
       SELECT p."id", row_number() OVER (ORDER BY u."email") AS n
         FROM "VolunteerProfile" p JOIN "User" u ON u."id" = p."userId" WHERE u."email" LIKE 'bench-%'
     ), a AS (
       SELECT array_agg("id" ORDER BY "sortOrder") AS ids, count(*)::int AS k FROM "ActivityType" WHERE "organizationId" = $1::uuid
     )
     INSERT INTO "HourLog" ("id", "organizationId", "volunteerId", "date", "minutes", "activityTypeId", "note", "status", "reviewedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, v."id", d.day,
            30 + ((i * 7 + v.n) % 8) * 30,
            a.ids[1 + ((i + v.n) % a.k)],
            CASE WHEN i % 4 = 0 THEN 'Begleitung zum Termin Nr. ' || i END,
            s.status,
            CASE WHEN s.status <> 'PENDING' THEN d.day + interval '3 days' END,
            d.day + interval '19 hours' + (v.n % 60) * interval '1 minute',
            now()
       FROM v CROSS JOIN a CROSS JOIN generate_series(0, $3::int - 1) i
      CROSS JOIN LATERAL (SELECT $2::date - (i * 7 + (v.n % 7))::int AS day) d
      CROSS JOIN LATERAL (SELECT (CASE WHEN i < 8 THEN 'PENDING' WHEN i % 10 = 9 THEN 'REJECTED' ELSE 'APPROVED' END)::"ReviewStatus" AS status) s`,
    organizationId,
    lastDay,
    logsPerVolunteer,
  );
  // Production databases have statistics (autovacuum); PGlite has no autovacuum.
  await run(`ANALYZE`);
}

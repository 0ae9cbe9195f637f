// `npm run bench`: tandem matching through the whole HTTP stack. An
// organisation's volunteers with the facts matching reads (languages and
// levels, districts, topics, weekly times, 1–3 places, gender, Führungszeugnis
// for about half) and waiting families, inserted with plain SQL, on in-memory
// PGlite and (when reachable) a throwaway PostgreSQL database. Prints:
//  - matchSuggestions for one family at 500 and at 5,000 volunteers: p50/p99
//    and SQL statements per request (counted at the driver adapter), which
//    stay the same whatever the number of volunteers;
//  - a batch end to end: proposeAssignments for every waiting family (the
//    optimal assignment, scoring included) and confirmAssignments of its
//    pairs (PROPOSED tandems with their explanations and mails), wall time
//    and statements.
// Asserts nothing about speed; it fails only when a request fails.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { createPrismaClient, type PrismaClient } from "../src/db/client.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { createLogger } from "../src/logger.ts";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { countingFactory, statementCounter, statementsText } from "./support/statements.ts";

const VOLUNTEERS = Number(process.env.BENCH_MATCH_VOLUNTEERS ?? 5000);
const SMALL = Math.min(500, VOLUNTEERS);
const FAMILIES = Number(process.env.BENCH_MATCH_FAMILIES ?? 2000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

/** `count` approved volunteers numbered from `from`, with languages, district, topics, times, places, gender and (every second) a Führungszeugnis. */
async function loadVolunteers(prisma: PrismaClient, organizationId: string, from: number, count: number) {
  const run = (sql: string, ...params: unknown[]) => prisma.$executeRawUnsafe(sql, ...params);
  await run(`INSERT INTO "User" ("id", "email", "name", "emailVerifiedAt", "updatedAt")
    SELECT gen_random_uuid(), 'match-' || g || '@oldenburg.example', 'Match Ehrenamtliche ' || lpad(g::text, 5, '0'), now(), now() FROM generate_series($1::int, $1::int + $2::int - 1) g`, from, count);
  await run(`INSERT INTO "Membership" ("id", "organizationId", "userId", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, u."id", now() FROM "User" u WHERE u."email" LIKE 'match-%' AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u."id")`, organizationId);
  await run(`INSERT INTO "MembershipRole" ("membershipId", "role")
    SELECT m."id", 'VOLUNTEER' FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE u."email" LIKE 'match-%' AND NOT EXISTS (SELECT 1 FROM "MembershipRole" r WHERE r."membershipId" = m."id")`);
  await run(`INSERT INTO "VolunteerProfile" ("id", "organizationId", "userId", "status", "germanLevel", "consentVersion", "consentedAt", "approvedAt", "updatedAt", "maxTandems", "gender", "districtId")
    SELECT gen_random_uuid(), $1::uuid, u."id", 'APPROVED', (ARRAY['B1','B2','C1','NATIVE'])[1 + n % 4]::"LanguageLevel", 1, now(), now(), now(), 1 + n % 3,
           (ARRAY['WOMAN','MAN','WOMAN','DIVERSE'])[1 + n % 4]::"VolunteerGender",
           (SELECT d."id" FROM "District" d WHERE d."organizationId" = $1::uuid ORDER BY d."name" OFFSET n % (SELECT count(*) FROM "District" WHERE "organizationId" = $1::uuid) LIMIT 1)
      FROM (SELECT u.*, substring(u."email" from 'match-(\\d+)@')::int AS n FROM "User" u WHERE u."email" LIKE 'match-%') u
     WHERE NOT EXISTS (SELECT 1 FROM "VolunteerProfile" p WHERE p."userId" = u."id")`, organizationId);
  const fresh = `(SELECT p."id", substring(u."email" from 'match-(\\d+)@')::int AS n FROM "VolunteerProfile" p JOIN "User" u ON u."id" = p."userId"
    WHERE u."email" LIKE 'match-%' AND NOT EXISTS (SELECT 1 FROM "AvailabilitySlot" s WHERE s."volunteerId" = p."id")) v`;
  await run(`INSERT INTO "VolunteerLanguage" ("volunteerId", "code", "level")
    SELECT v."id", l.code, (ARRAY['A2','B1','B2','C1','NATIVE'])[1 + (v.n + l.k) % 5]::"LanguageLevel"
      FROM ${fresh} CROSS JOIN LATERAL (SELECT (ARRAY['ar','fa','uk','tr','en','ru','ku','ti'])[1 + (v.n + k * 3) % 8] AS code, k FROM generate_series(0, v.n % 3) k) l
    ON CONFLICT DO NOTHING`);
  await run(`INSERT INTO "VolunteerTopic" ("organizationId", "volunteerId", "topicId")
    SELECT $1::uuid, v."id", t."id" FROM ${fresh} JOIN (SELECT "id", row_number() OVER (ORDER BY "sortOrder", "id") AS r FROM "Topic" WHERE "organizationId" = $1::uuid) t ON (v.n + t.r) % 3 = 0`, organizationId);
  await run(`INSERT INTO "ConductCertificate" ("id", "organizationId", "volunteerId", "inspectedOn", "issuedOn", "hasRelevantEntry", "inspectedById")
    SELECT gen_random_uuid(), $1::uuid, v."id", current_date - 30, current_date - 40, false, v."id" FROM ${fresh} WHERE (v.n / 2) % 2 = 0
      AND NOT EXISTS (SELECT 1 FROM "ConductCertificate" c WHERE c."volunteerId" = v."id")`, organizationId);
  await run(`INSERT INTO "AvailabilitySlot" ("id", "volunteerId", "weekday", "startMinute", "endMinute")
    SELECT gen_random_uuid(), v."id", 1 + (v.n + k) % 7, (8 + (v.n + k * 5) % 10) * 60, (11 + (v.n + k * 5) % 10) * 60 FROM ${fresh} CROSS JOIN generate_series(0, 1) k`);
  await run(`ANALYZE`);
}

async function loadFamilies(prisma: PrismaClient, organizationId: string, registeredBy: string, count: number) {
  const run = (sql: string, ...params: unknown[]) => prisma.$executeRawUnsafe(sql, ...params);
  await run(`INSERT INTO "Family" ("id", "organizationId", "addressedAs", "districtId", "germanLevel", "minimumSharedLevel", "wantsWomanVolunteer", "waitingSince", "consentVersion", "consentedAt", "registeredById", "updatedAt", "address", "phone")
    SELECT gen_random_uuid(), $1::uuid, 'Bench-Familie ' || lpad(g::text, 5, '0'),
           (SELECT d."id" FROM "District" d WHERE d."organizationId" = $1::uuid ORDER BY d."name" OFFSET g % (SELECT count(*) FROM "District" WHERE "organizationId" = $1::uuid) LIMIT 1),
           (ARRAY['A1','A2','B1']::"LanguageLevel"[])[1 + g % 3], 'B1', g % 9 = 0, current_date - (g % 365), 1, now(), $3::uuid, now(), 'Straße ' || g, '0441 ' || g
      FROM generate_series(1, $2::int) g`, organizationId, count, registeredBy);
  const fams = `(SELECT f."id", substring(f."addressedAs" from '(\\d+)$')::int AS n FROM "Family" f WHERE f."addressedAs" LIKE 'Bench-Familie %') f`;
  await run(`INSERT INTO "FamilyMember" ("id", "familyId", "firstName", "birthYear", "adult", "sortOrder")
    SELECT gen_random_uuid(), f."id", 'Person ' || k, CASE WHEN k < 2 THEN 1980 + f.n % 15 ELSE 2010 + f.n % 14 END, k < 2, k FROM ${fams} CROSS JOIN LATERAL generate_series(0, 1 + f.n % 3) k`);
  await run(`INSERT INTO "FamilyLanguage" ("familyId", "code", "level")
    SELECT f."id", (ARRAY['ar','fa','uk','tr','en','ru','ku','ti'])[1 + f.n % 8], 'NATIVE' FROM ${fams}`);
  await run(`INSERT INTO "FamilyNeed" ("organizationId", "familyId", "topicId")
    SELECT $1::uuid, f."id", t."id" FROM ${fams} JOIN (SELECT "id", row_number() OVER (ORDER BY "sortOrder", "id") AS r FROM "Topic" WHERE "organizationId" = $1::uuid) t ON (f.n + t.r) % 4 = 0`, organizationId);
  await run(`INSERT INTO "FamilyTimeWindow" ("id", "familyId", "weekday", "startMinute", "endMinute")
    SELECT gen_random_uuid(), f."id", 1 + (f.n + k) % 7, (9 + f.n % 9) * 60, (13 + f.n % 9) * 60 FROM ${fams} CROSS JOIN generate_series(0, 1) k`);
  await run(`ANALYZE`);
}

async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const coordinator = await db.prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } });
  let started = performance.now();
  await loadFamilies(db.prisma, org.id, coordinator.id, FAMILIES);
  await loadVolunteers(db.prisma, org.id, 1, SMALL);
  console.log(`${label}: ${FAMILIES} waiting families and ${SMALL} volunteers loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const counter = statementCounter();
  const prisma = createPrismaClient(countingFactory(db.adapter.factory, counter));
  const server = createServer(createApp({ config, logger, prisma }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = { "content-type": "application/json", "x-lotse-csrf": "1" };
  const signIn = await fetch(`${base}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: `mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, variables: { i: { email: "koordination@oldenburg.example", password: DEMO_PASSWORD } } }),
  });
  const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
  async function request(query: string, variables: Record<string, unknown>) {
    const before = counter.count;
    const t0 = performance.now();
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { data?: Record<string, { __typename?: string; data?: unknown; message?: string }>; errors?: unknown };
    const elapsed = performance.now() - t0;
    const result = json.data && Object.values(json.data)[0];
    if (res.status !== 200 || json.errors || (result?.__typename && !result.__typename.endsWith("Success"))) throw new Error(`${label}: request failed: ${JSON.stringify(json).slice(0, 400)}`);
    return { elapsed, statements: counter.count - before, result };
  }

  const family = await db.prisma.family.findFirstOrThrow({ where: { organizationId: org.id, addressedAs: "Bench-Familie 00001" } });
  const familyId = Buffer.from(`Family:${family.id}`).toString("base64");
  const suggestions = `query BenchSuggestions($familyId: ID!) { matchSuggestions(familyId: $familyId) {
    __typename ... on QueryMatchSuggestionsSuccess { data { score volunteer { id name languages { code level } tandems maxTandems } criteria { criterion raw weight points sentence } } } } }`;
  const measureSuggestions = async (volunteers: number) => {
    for (let i = 0; i < 3; i++) await request(suggestions, { familyId });
    const latencies: number[] = [];
    const statements: number[] = [];
    let shown = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await request(suggestions, { familyId });
      latencies.push(r.elapsed);
      statements.push(r.statements);
      shown = (r.result?.data as unknown[]).length;
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(10)} matchSuggestions, ${String(volunteers).padStart(5)} volunteers   p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}   SQL statements/request ${statementsText(statements)} (${REQUESTS} requests, ${shown} suggestions each)`,
    );
  };
  await measureSuggestions(SMALL);
  started = performance.now();
  if (VOLUNTEERS > SMALL) await loadVolunteers(db.prisma, org.id, SMALL + 1, VOLUNTEERS - SMALL);
  console.log(`${label}: ${VOLUNTEERS - SMALL} more volunteers loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await measureSuggestions(VOLUNTEERS);

  // The batch: every waiting family against every volunteer, then the confirmation of its pairs.
  const propose = `query BenchPropose { proposeAssignments { __typename ... on QueryProposeAssignmentsSuccess { data { total pairs { family { id } volunteer { id } score } unassigned { reason } } } } }`;
  const proposed = await request(propose, {});
  const batch = proposed.result?.data as { total: number; pairs: { family: { id: string }; volunteer: { id: string } }[]; unassigned: unknown[] };
  console.log(
    `${label.padEnd(10)} proposeAssignments ${FAMILIES} families × ${VOLUNTEERS} volunteers   ${ms(proposed.elapsed)} (HTTP, load, scoring, optimal assignment, explanations)   SQL statements ${proposed.statements}   ${batch.pairs.length} pairs, ${batch.unassigned.length} families without, total ${batch.total}   peak RSS of the process so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  const confirm = `mutation BenchConfirm($input: ConfirmAssignmentsInput!) { confirmAssignments(input: $input) { __typename ... on MutationConfirmAssignmentsSuccess { data { id } } } }`;
  const confirmed = await request(confirm, { input: { pairs: batch.pairs.map((p) => ({ familyId: p.family.id, volunteerId: p.volunteer.id })) } });
  const tandems = await db.prisma.tandem.count({ where: { organizationId: org.id, status: "PROPOSED" } });
  console.log(
    `${label.padEnd(10)} confirmAssignments ${batch.pairs.length} pairs   ${ms(confirmed.elapsed)}   SQL statements ${confirmed.statements} (${(confirmed.statements / Math.max(1, batch.pairs.length)).toFixed(1)} per tandem)   PROPOSED tandems now ${tandems}`,
  );

  await new Promise((r) => server.close(r));
  await prisma.$disconnect();
  await db.close();
}

console.log(`Matching benchmark: ${FAMILIES} waiting families, ${SMALL} then ${VOLUNTEERS} volunteers; SQL statements counted at the driver adapter`);
if (DATABASES.includes("pglite")) await benchDatabase("PGlite", "memory://");
const pgDb = DATABASES.includes("postgres") ? await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_matching") : null;
if (pgDb) {
  try {
    await benchDatabase("PostgreSQL", pgDb.url);
  } finally {
    await pgDb.drop();
  }
}

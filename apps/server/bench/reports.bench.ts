// `npm run bench`: the Integrationsmonitor at size on a throwaway PostgreSQL
// database: 100,000 volunteers and 1,000,000 hour entries (plus 20,000
// families, 10,000 tandems with 50,000 contacts, 40 cohorts, 20,000 money
// donations, 10,000 school-entry appointments), bulk-inserted with
// generate_series in SQL. Each section of `integrationMonitor` over the last
// twelve months (months, all districts) through the whole HTTP stack: p50/p99
// latency and SQL statements per request (counted at the driver adapter);
// then the whole report, by years, and for one district.
// Prints figures; asserts nothing about speed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { openDatabase } from "../src/db/open.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";
import { createLogger } from "../src/logger.ts";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { countingFactory, statementCounter, statementsText } from "./support/statements.ts";

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const HOURS_PER_VOLUNTEER = Number(process.env.BENCH_HOURS_PER_VOLUNTEER ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DEMO_PASSWORD = "Lotse-Demo-2026!";
const SECTIONS = ["VOLUNTEERS", "HOURS", "TANDEMS", "COHORTS", "DONATIONS", "SCHOOL_ENTRY", "LANGUAGES"];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);

async function load(prisma: PrismaClient, org: string, coordinator: string, counsellor: string) {
  const run = async (what: string, sql: string, ...args: unknown[]) => {
    const t0 = performance.now();
    const n = await prisma.$executeRawUnsafe(sql, ...args);
    console.log(`  ${what}: ${n} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  await run("districts", `INSERT INTO "District" ("id", "organizationId", "name", "latitude", "longitude")
    SELECT gen_random_uuid(), $1::uuid, 'Bench-Stadtteil ' || lpad(g::text, 2, '0'), 53 + g / 100.0, 8 + g / 100.0 FROM generate_series(1, 20) g`, org);
  await prisma.$executeRawUnsafe(`CREATE TABLE bench_v AS SELECT g AS n, gen_random_uuid() AS uid, gen_random_uuid() AS vid FROM generate_series(1, ${VOLUNTEERS}) g`);
  await prisma.$executeRawUnsafe(`CREATE TABLE bench_d AS SELECT "id", row_number() OVER (ORDER BY "name") - 1 AS r FROM "District" WHERE "organizationId" = $1::uuid AND "name" LIKE 'Bench-%'`, org);
  await run("users", `INSERT INTO "User" ("id", "email", "name", "updatedAt") SELECT uid, 'bench-' || n || '@example.org', 'Bench Person ' || n, now() FROM bench_v`);
  await run("volunteers", `INSERT INTO "VolunteerProfile" ("id", "organizationId", "userId", "status", "germanLevel", "districtId", "consentVersion", "consentedAt", "createdAt", "approvedAt", "endedAt", "offersInterpreting", "updatedAt")
    SELECT vid, $1::uuid, uid, (CASE WHEN n % 10 = 0 THEN 'PENDING' WHEN n % 17 = 0 THEN 'ENDED' ELSE 'APPROVED' END)::"VolunteerStatus", 'B2', d."id", 1, created, created,
      CASE WHEN n % 10 <> 0 THEN created + interval '3 days' END, CASE WHEN n % 17 = 0 AND n % 10 <> 0 THEN created + interval '200 days' END, n % 7 = 0, now()
    FROM (SELECT *, (now() AT TIME ZONE 'UTC') - ((n % 1095) || ' days')::interval AS created FROM bench_v) v JOIN bench_d d ON d.r = v.n % 20`, org);
  const codes = `(ARRAY['ar','fa','uk','tr','ru','ps','ti','en','fr','ku'])`;
  await run("volunteer languages", `INSERT INTO "VolunteerLanguage" ("volunteerId", "code", "level", "interpreting")
    SELECT vid, ${codes}[1 + n % 10], 'C1'::"LanguageLevel", n % 7 = 0 FROM bench_v UNION ALL SELECT vid, ${codes}[1 + (n + 3) % 10], 'B2'::"LanguageLevel", false FROM bench_v`);
  for (let k = 0; k < HOURS_PER_VOLUNTEER; k++) {
    await run(`hour entries, batch ${k + 1}/${HOURS_PER_VOLUNTEER}`, `INSERT INTO "HourLog" ("id", "organizationId", "volunteerId", "date", "minutes", "activityTypeId", "status", "updatedAt")
      SELECT gen_random_uuid(), $1::uuid, v.vid, current_date - ((v.n * 7 + ${k} * 37) % 1000), 60 + (${k} * 15) % 120, a.ids[1 + (v.n + ${k}) % a.c], (CASE WHEN (v.n + ${k}) % 10 = 9 THEN 'PENDING' ELSE 'APPROVED' END)::"ReviewStatus", now()
      FROM bench_v v CROSS JOIN (SELECT array_agg("id" ORDER BY "sortOrder") AS ids, count(*)::int AS c FROM "ActivityType" WHERE "organizationId" = $1::uuid) a`, org);
  }
  await prisma.$executeRawUnsafe(`CREATE TABLE bench_f AS SELECT g AS n, gen_random_uuid() AS fid, (now() AT TIME ZONE 'UTC') - ((g % 700) || ' days')::interval AS created FROM generate_series(1, 20000) g`);
  await run("families", `INSERT INTO "Family" ("id", "organizationId", "addressedAs", "districtId", "waitingSince", "consentVersion", "consentedAt", "registeredById", "createdAt", "updatedAt", "status")
    SELECT fid, $1::uuid, 'Bench-Familie ' || n, d."id", created::date, 1, created, $2::uuid, created, now(), (CASE WHEN n <= 10000 THEN 'MATCHED' ELSE 'WAITING' END)::"FamilyStatus"
    FROM bench_f f JOIN bench_d d ON d.r = f.n % 20`, org, coordinator);
  await run("family languages", `INSERT INTO "FamilyLanguage" ("familyId", "code", "level") SELECT fid, ${codes}[1 + (n * 3) % 10], 'C2' FROM bench_f`);
  await run("family members", `INSERT INTO "FamilyMember" ("id", "familyId", "firstName", "birthYear", "adult")
    SELECT gen_random_uuid(), fid, 'Person', CASE WHEN k = 0 THEN 1985 ELSE 2014 END, k = 0 FROM bench_f CROSS JOIN generate_series(0, 2) k WHERE k <= n % 3`);
  // 10,000 tandems: family n with the n-th approved volunteer (one place each).
  await run("tandems", `INSERT INTO "Tandem" ("id", "organizationId", "familyId", "volunteerId", "status", "score", "explanation", "proposedAt", "proposedById", "activatedAt", "endedAt", "endReason", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, f.fid, v.vid, (CASE WHEN f.n % 10 < 7 THEN 'ACTIVE' ELSE 'ENDED' END)::"TandemStatus", 100, '{}', f.created + interval '5 days', $2::uuid, f.created + interval '7 days',
      CASE WHEN f.n % 10 >= 7 THEN f.created + interval '120 days' END, CASE WHEN f.n % 10 >= 7 THEN (ARRAY['GOAL_REACHED','FAMILY_MOVED','NOT_A_FIT','VOLUNTEER_STOPPED','OTHER'])[1 + f.n % 5]::"TandemEndReason" END, now()
    FROM bench_f f JOIN (SELECT vid, row_number() OVER (ORDER BY n) AS r FROM bench_v WHERE n % 10 <> 0 AND n % 17 <> 0) v ON v.r = f.n WHERE f.n <= 10000`, org, coordinator);
  await run("tandem contacts", `INSERT INTO "TandemContact" ("id", "organizationId", "tandemId", "date", "kind", "recordedById")
    SELECT gen_random_uuid(), $1::uuid, t."id", (t."activatedAt" + (k * 10 + (hashtext(t."id"::text) & 7)) * interval '1 day')::date, 'MEETING', $2::uuid FROM "Tandem" t CROSS JOIN generate_series(1, 5) k WHERE t."organizationId" = $1::uuid`, org, coordinator);
  const course = await prisma.course.create({ data: { organizationId: org, title: "Bench-Basisqualifizierung", teachingHours: 40 } });
  await run("cohorts", `INSERT INTO "Cohort" ("id", "organizationId", "courseId", "title", "capacity", "status", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'Bench-Kurs ' || g, 50, (CASE WHEN g % 4 = 0 THEN 'OPEN' ELSE 'COMPLETED' END)::"CohortStatus", now() FROM generate_series(1, 40) g`, org, course.id);
  await run("sessions", `INSERT INTO "CohortSession" ("id", "organizationId", "cohortId", "startsAt", "endsAt", "topic", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, c."id", (now() AT TIME ZONE 'UTC') - (row_number() OVER (ORDER BY c."id") * 20 || ' days')::interval, (now() AT TIME ZONE 'UTC') - (row_number() OVER (ORDER BY c."id") * 20 || ' days')::interval + interval '3 hours', 'Auftakt', now()
    FROM "Cohort" c WHERE c."courseId" = $2::uuid`, org, course.id);
  await run("enrolments", `INSERT INTO "Enrolment" ("id", "organizationId", "cohortId", "volunteerId", "status", "position", "admittedAt")
    SELECT gen_random_uuid(), $1::uuid, c."id", v.vid, (CASE WHEN v.p < 40 THEN 'ADMITTED' ELSE 'WAITLISTED' END)::"EnrolmentStatus", v.p, CASE WHEN v.p < 40 THEN now() END
    FROM (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS r FROM "Cohort" WHERE "courseId" = $2::uuid) c
    JOIN (SELECT vid, (row_number() OVER (ORDER BY n) - 1) AS i, (row_number() OVER (ORDER BY n) - 1) % 50 AS p FROM bench_v WHERE n % 10 <> 0) v ON v.i / 50 = c.r`, org, course.id);
  await run("certificates", `INSERT INTO "Certificate" ("id", "organizationId", "number", "enrolmentId", "cohortId", "volunteerId", "attendancePercent")
    SELECT gen_random_uuid(), $1::uuid, 100000 + row_number() OVER (ORDER BY e."id"), e."id", e."cohortId", e."volunteerId", 90
    FROM "Enrolment" e JOIN "Cohort" c ON c."id" = e."cohortId" WHERE c."courseId" = $2::uuid AND c.status = 'COMPLETED' AND e.status = 'ADMITTED' AND e.position % 5 <> 0`, org, course.id);
  await run("funds", `INSERT INTO "Fund" ("id", "organizationId", "name") SELECT gen_random_uuid(), $1::uuid, 'Bench-Fonds ' || g FROM generate_series(1, 5) g`, org);
  await run("donors", `INSERT INTO "Donor" ("id", "organizationId", "kind", "name", "updatedAt") SELECT gen_random_uuid(), $1::uuid, 'PERSON', 'Bench-Spender ' || g, now() FROM generate_series(1, 5000) g`, org);
  await run("money donations", `INSERT INTO "Donation" ("id", "organizationId", "donorId", "kind", "amountCents", "receivedOn", "budgetYear", "fundId", "status", "body", "donorYearTotalCents", "decidedOn", "decisionReference", "recordedById")
    SELECT gen_random_uuid(), $1::uuid, d."id", 'MONEY', 1000 + g % 50000, day, extract(year FROM day)::int, CASE WHEN g % 3 = 0 THEN NULL ELSE f."id" END, 'ACCEPTED', 'HEAD_OF_ADMINISTRATION', 1000, day, 'Bench', $2::uuid
    FROM (SELECT g, current_date - (g % 700) AS day FROM generate_series(1, 20000) g) s
    JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS r FROM "Donor" WHERE "organizationId" = $1::uuid) d ON d.r = s.g % 5000
    JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS r FROM "Fund" WHERE "organizationId" = $1::uuid AND "name" LIKE 'Bench-%') f ON f.r = s.g % 5`, org, coordinator);
  await run("goods donations", `INSERT INTO "Donation" ("id", "organizationId", "donorId", "kind", "amountCents", "receivedOn", "budgetYear", "status", "body", "donorYearTotalCents", "decidedOn", "decisionReference", "recordedById", "note")
    SELECT gen_random_uuid(), $1::uuid, d."id", 'GOODS', 3000, current_date - (g % 700), extract(year FROM current_date - (g % 700))::int, 'ACCEPTED', 'HEAD_OF_ADMINISTRATION', 3000, current_date, 'Bench', $2::uuid, 'bench-goods'
    FROM generate_series(1, 1000) g JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS r FROM "Donor" WHERE "organizationId" = $1::uuid) d ON d.r = g`, org, coordinator);
  await run("goods items", `INSERT INTO "GoodsItem" ("id", "organizationId", "donationId", "categoryId", "description", "quantity", "condition", "valuePerItemCents", "valuationBasis", "storageLocation", "available", "handedOver")
    SELECT gen_random_uuid(), $1::uuid, d."id", c.ids[1 + (row_number() OVER (ORDER BY d."id") + k)::int % c.n], 'Bench-Ware', 3, 'GOOD', 1000, 'MARKET_ESTIMATE', 'Regal', 1, 2
    FROM "Donation" d CROSS JOIN generate_series(0, 1) k CROSS JOIN (SELECT array_agg("id") AS ids, count(*)::int AS n FROM "GoodsCategory" WHERE "organizationId" = $1::uuid) c
    WHERE d."organizationId" = $1::uuid AND d.note = 'bench-goods'`, org);
  await run("hand-overs", `INSERT INTO "GoodsReservation" ("id", "organizationId", "itemId", "quantity", "familyId", "familyName", "reservedUntil", "status", "createdById", "handedOverOn")
    SELECT gen_random_uuid(), $1::uuid, i."id", 2, f.fid, 'Bench-Familie', now(), 'HANDED_OVER', $2::uuid, current_date - (f.n % 700)
    FROM (SELECT "id", row_number() OVER (ORDER BY "id") AS r FROM "GoodsItem" WHERE "organizationId" = $1::uuid AND "description" = 'Bench-Ware') i JOIN bench_f f ON f.n = i.r`, org, coordinator);
  await run("children", `INSERT INTO "Child" ("id", "organizationId", "firstName", "lastName", "birthDate", "languages", "familyId", "consentGivenBy", "consentedAt", "createdById", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, 'Kind', 'Bench ' || f.n, '2014-05-05', ARRAY[${codes}[1 + (f.n * 3) % 10]], f.fid, 'Mutter', now(), $2::uuid, now() FROM bench_f f WHERE f.n <= 5000`, org, counsellor);
  await run("appointments", `INSERT INTO "Appointment" ("id", "organizationId", "childId", "counsellorId", "kind", "startsAt", "endsAt", "blockedUntil", "room", "status", "idempotencyKey", "requestFingerprint", "bookedById", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, c."id", $2::uuid, 'INITIAL', s.starts, s.starts + interval '1 hour', s.starts + interval '70 minutes', 'Bench-Raum', (CASE WHEN s.g % 20 = 0 THEN 'CANCELLED' ELSE 'BOOKED' END)::"AppointmentStatus", 'bench-' || s.g, 'x', $2::uuid, now()
    FROM (SELECT g, now() - g * interval '3 hours' AS starts FROM generate_series(1, 10000) g) s
    JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS r FROM "Child" WHERE "organizationId" = $1::uuid) c ON c.r = s.g % 5000`, org, counsellor);
  await run("outcomes", `INSERT INTO "AppointmentOutcome" ("id", "organizationId", "appointmentId", "kind", "classForm", "recordedById")
    SELECT gen_random_uuid(), $1::uuid, a."id", (CASE WHEN r % 10 = 0 THEN 'NO_SHOW' ELSE 'ADVISED' END)::"OutcomeKind", CASE WHEN r % 10 = 0 THEN NULL WHEN r % 2 = 0 THEN 'SPRACHLERNKLASSE'::"ClassForm" ELSE 'REGELKLASSE_DAZ'::"ClassForm" END, $2::uuid
    FROM (SELECT "id", row_number() OVER (ORDER BY "startsAt") AS r FROM "Appointment" WHERE "organizationId" = $1::uuid AND status = 'BOOKED' AND "startsAt" < now()) a WHERE r % 5 <> 0`, org, counsellor);
  await run("interpreter requests", `INSERT INTO "InterpreterRequest" ("id", "organizationId", "appointmentId", "language", "institution", "status", "startsAt", "endsAt", "updatedAt")
    SELECT gen_random_uuid(), $1::uuid, a."id", ${codes}[1 + r % 10], 'Schule', 'OPEN', a."startsAt", a."endsAt", now()
    FROM (SELECT "id", "startsAt", "endsAt", row_number() OVER (ORDER BY "id") AS r FROM "Appointment" WHERE "organizationId" = $1::uuid) a WHERE r % 3 = 0`, org);
  await prisma.$executeRawUnsafe(`DROP TABLE bench_v, bench_d, bench_f`);
  // As autovacuum would after a load this size: statistics and the visibility map (index-only scans).
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
}

async function bench(databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const coordinator = await db.prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } });
  const counsellor = await db.prisma.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } });
  const started = performance.now();
  await load(db.prisma, org.id, coordinator.id, counsellor.id);
  const counts = { volunteers: await db.prisma.volunteerProfile.count({ where: { organizationId: org.id } }), hours: await db.prisma.hourLog.count({ where: { organizationId: org.id } }) };
  console.log(`PostgreSQL: loaded in ${((performance.now() - started) / 1000).toFixed(0)} s: ${counts.volunteers} volunteers, ${counts.hours} hour entries in the organisation`);

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
  const query = `query BenchMonitor($filter: IntegrationMonitorFilter!) { integrationMonitor(filter: $filter) { __typename
    ... on QueryIntegrationMonitorSuccess { data { sections tables { key columns { key kind } rows { cells { text value belowThreshold } } } } } ... on Error { message } } }`;
  async function request(filter: Record<string, unknown>) {
    const before = counter.count;
    const t0 = performance.now();
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify({ query, variables: { filter } }) });
    const json = (await res.json()) as { data?: { integrationMonitor: { __typename: string; data?: { tables: { rows: unknown[] }[] } } }; errors?: unknown };
    const elapsed = performance.now() - t0;
    if (json.errors || json.data?.integrationMonitor.__typename !== "QueryIntegrationMonitorSuccess") throw new Error(JSON.stringify(json).slice(0, 400));
    // The session and work-queue reads of the caller are part of every request; the report's own statements are the rest.
    return { elapsed, statements: counter.count - before, rows: json.data.integrationMonitor.data!.tables.reduce((s, t) => s + t.rows.length, 0) };
  }
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  const district = await db.prisma.district.findFirstOrThrow({ where: { organizationId: org.id, name: "Bench-Stadtteil 03" } });
  const measure = async (label: string, filter: Record<string, unknown>) => {
    for (let i = 0; i < 2; i++) await request(filter);
    const latencies: number[] = [];
    const statements: number[] = [];
    let rows = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const r = await request(filter);
      latencies.push(r.elapsed);
      statements.push(r.statements);
      rows = r.rows;
    }
    latencies.sort((a, b) => a - b);
    console.log(`PostgreSQL ${label.padEnd(34)} p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}   SQL statements/request ${statementsText(statements)}   (${REQUESTS} requests, ${rows} table rows)`);
  };
  const year = { from: yearAgo, to: today, granularity: "MONTH" };
  for (const section of SECTIONS) await measure(`${section} (12 months)`, { ...year, sections: [section] });
  await measure("every section (12 months)", year);
  await measure("every section, one district", { ...year, districtId: Buffer.from(`District:${district.id}`).toString("base64") });
  await measure("every section, 3 years by year", { from: new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10), to: today, granularity: "YEAR" });
  await new Promise((r) => server.close(r));
  await prisma.$disconnect();
  await db.close();
}

console.log(`Integrationsmonitor benchmark: ${VOLUNTEERS} volunteers, ${VOLUNTEERS * HOURS_PER_VOLUNTEER} hour entries; SQL statements counted at the driver adapter (each request also reads its session)`);
const pg = await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_reports");
if (!pg) console.log("PostgreSQL not reachable: the Integrationsmonitor benchmark needs it (bulk SQL).");
else {
  try {
    await bench(pg.url);
  } finally {
    await pg.drop();
  }
}

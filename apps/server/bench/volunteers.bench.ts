// `npm run bench` (after api.bench.ts): the volunteers area at size. An
// organisation with 2,000 volunteers and 200,000 hour logs, on in-memory PGlite
// and (when reachable) on a throwaway PostgreSQL database. Through the whole
// HTTP stack it prints p50/p99 latency and the number of SQL statements that
// reach the database per request for the review queue (20 and 100 entries),
// hoursSummary for one volunteer and for the organisation, the web's hour
// review page (queue, summary and volunteer filter in one request), plus the
// two downloads. Statements are counted at the driver adapter (every queryRaw /
// executeRaw / transaction start), not from Prisma's log. Prints figures;
// asserts nothing about speed.
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { createPrismaClient, type PrismaClient } from "../src/db/client.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { createLogger } from "../src/logger.ts";
import { CSV_BATCH_SIZE } from "../src/modules/volunteers/exports.service.ts";
import { persistedBody } from "./support/persisted.ts";
import { countingFactory, statementCounter, statementsText } from "./support/statements.ts";
import { loadVolumeData } from "./support/volume.ts";

const VOLUNTEERS = Number(process.env.BENCH_VOLUNTEERS ?? 2000);
const LOGS_PER_VOLUNTEER = Number(process.env.BENCH_LOGS_PER_VOLUNTEER ?? 100);
/** Per operation and database: stop after this many requests or this much time, whichever comes first. */
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 150);
const OPERATION_SECONDS = Number(process.env.BENCH_OPERATION_SECONDS ?? 3);
const WARMUP = 3;
const VERBOSE = process.env.BENCH_VERBOSE === "1";
/** Which databases to run on: "pglite,postgres" (default) or one of them. */
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const COORDINATOR = "koordination@oldenburg.example";

// ---- measuring ----------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Measurement {
  p50: number;
  p99: number;
  requests: number;
  statements: number[];
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger("silent");
  const setupStarted = performance.now();
  const db = await openDatabase(config, logger);
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const lastDay = formatIsoDate(addDays(parseIsoDate(berlinToday()), -1));
  await loadVolumeData(db.prisma, org.id, lastDay, { volunteers: VOLUNTEERS, logsPerVolunteer: LOGS_PER_VOLUNTEER });
  const [logs, volunteers, days] = await Promise.all([
    db.prisma.hourLog.count({ where: { organizationId: org.id } }),
    db.prisma.volunteerProfile.count({ where: { organizationId: org.id } }),
    db.prisma.volunteerDay.aggregate({ _max: { minutes: true } }),
  ]);
  const benchVolunteer = await db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "bench-1@oldenburg.example" } } });
  const volunteerGlobalId = Buffer.from(`Volunteer:${benchVolunteer.id}`).toString("base64");
  console.log(
    `${label}: ${volunteers} volunteers, ${logs} hour logs (longest day ${days._max.minutes} min) loaded in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  // The app under test runs on its own client, whose adapter counts statements.
  const counter = statementCounter();
  const prisma = createPrismaClient(countingFactory(db.adapter.factory, counter));
  const server = createServer(createApp({ config, logger, prisma }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const jsonHeaders = { "content-type": "application/json", "x-lotse-csrf": "1" };
  const signIn = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: jsonHeaders,
    body: JSON.stringify({
      query: `mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`,
      variables: { i: { email: COORDINATOR, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;

  /** One request: its latency (full body read), time to the response headers, and the statements it sent. */
  async function once(path: string, init: RequestInit, check: (res: Response, body: Uint8Array) => void) {
    const before = counter.count;
    const started = performance.now();
    const res = await fetch(`${base}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
    const headersAfter = performance.now() - started;
    const body = new Uint8Array(await res.arrayBuffer());
    const elapsed = performance.now() - started;
    check(res, body);
    return { elapsed, headersAfter, statements: counter.count - before, bytes: body.byteLength };
  }

  async function measure(path: string, init: RequestInit, check: (res: Response, body: Uint8Array) => void, maxRequests = MAX_REQUESTS): Promise<Measurement> {
    for (let i = 0; i < WARMUP; i++) await once(path, init, check);
    const latencies: number[] = [];
    const statements: number[] = [];
    const until = performance.now() + OPERATION_SECONDS * 1000;
    while (latencies.length < maxRequests && (latencies.length < 10 || performance.now() < until)) {
      const r = await once(path, init, check);
      latencies.push(r.elapsed);
      statements.push(r.statements);
    }
    latencies.sort((a, b) => a - b);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, statements };
  }

  const graphql = (query: string, variables: Record<string, unknown>) => ({
    init: { method: "POST", headers: jsonHeaders, body: JSON.stringify({ query, variables }) },
    check: (res: Response, body: Uint8Array) => {
      const json = JSON.parse(new TextDecoder().decode(body)) as { errors?: unknown };
      if (res.status !== 200 || json.errors) throw new Error(`${label}: request failed: ${res.status} ${JSON.stringify(json.errors)}`);
    },
  });

  const queue = `query BenchReviewQueue($first: Int!) {
    hourLogs(filter: { status: PENDING }, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id date minutes note status createdAt volunteer { id name } activityType { id name } } }
    }
  }`;
  const summary = `query BenchHoursSummary($volunteerId: ID, $year: Int!) {
    hoursSummary(volunteerId: $volunteerId, year: $year) {
      year approvedMinutes pendingMinutes volunteerCount
      months { month approvedMinutes pendingMinutes }
      byActivity { approvedMinutes pendingMinutes activityType { name } }
    }
  }`;
  // What every request costs before its operation runs: resolving the session cookie.
  const baseline = await once("/graphql", graphql(`query BenchBaseline { __typename }`, {}).init, () => {});
  console.log(`${label.padEnd(10)} ${"session lookup (in every figure below)".padEnd(34)} SQL statements ${baseline.statements}`);

  const year = Number(lastDay.slice(0, 4));
  const operations: [string, { init: RequestInit; check: (res: Response, body: Uint8Array) => void }][] = [
    ["review queue, first: 20", graphql(queue, { first: 20 })],
    ["review queue, first: 100", graphql(queue, { first: 100 })],
    [`hoursSummary(volunteerId, ${year})`, graphql(summary, { volunteerId: volunteerGlobalId, year })],
    [`hoursSummary(${year}) organisation`, graphql(summary, { year })],
    // The coordinators' /koordination/stunden: queue, the organisation's summary and the volunteer filter in one request.
    [
      "hour review page (web document)",
      {
        init: { method: "POST", headers: jsonHeaders, body: persistedBody("HourReview", { first: 20, filter: { status: "PENDING" }, year }) },
        check: graphql("", {}).check,
      },
    ],
  ];
  for (const [name, op] of operations) {
    const m = await measure("/graphql", op.init, op.check);
    console.log(`${label.padEnd(10)} ${name.padEnd(34)} p50 ${ms(m.p50)}   p99 ${ms(m.p99)}   SQL statements/request ${statementsText(m.statements).padEnd(8)} (${m.requests} requests)`);
    if (VERBOSE) {
      counter.log = [];
      await once("/graphql", op.init, op.check);
      for (const sql of counter.log) console.log(`             ${sql}`);
      counter.log = null;
    }
  }

  // The downloads: an issued Nachweis of one volunteer's year (issued once here, then downloaded), and the CSV of every entry (~2 years).
  const issuing = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { ...jsonHeaders, cookie },
    body: JSON.stringify({
      query: `mutation BenchIssueNachweis($input: IssueNachweisInput!) { issueNachweis(input: $input) { __typename ... on MutationIssueNachweisSuccess { data { id } } ... on Error { code message } } }`,
      variables: { input: { volunteerId: volunteerGlobalId, from: `${year}-01-01`, to: `${year}-12-31` } },
    }),
  });
  const issued = ((await issuing.json()) as { data?: { issueNachweis: { data?: { id: string }; message?: string } } }).data?.issueNachweis;
  if (!issued?.data) throw new Error(`${label}: issuing the Nachweis failed: ${JSON.stringify(issued)}`);
  const pdfCheck = (res: Response, body: Uint8Array) => {
    if (res.status !== 200 || new TextDecoder().decode(body.subarray(0, 5)) !== "%PDF-") throw new Error(`${label}: Nachweis failed: ${res.status}`);
  };
  const nachweis = await measure(`/nachweise/${encodeURIComponent(issued.data.id)}.pdf`, {}, pdfCheck, 50);
  console.log(
    `${label.padEnd(10)} ${"Nachweis PDF (issued, one year)".padEnd(34)} p50 ${ms(nachweis.p50)}   p99 ${ms(nachweis.p99)}   SQL statements/request ${statementsText(nachweis.statements).padEnd(8)} (${nachweis.requests} requests)`,
  );
  const from = formatIsoDate(addDays(parseIsoDate(lastDay), -(LOGS_PER_VOLUNTEER * 7 + 7)));
  let rows = 0;
  const csv = await once(`/exports/hours.csv?from=${from}&to=${lastDay}`, {}, (res, body) => {
    if (res.status !== 200) throw new Error(`${label}: CSV export failed: ${res.status}`);
    for (const byte of body) if (byte === 0x0a) rows++;
    rows -= 1; // the header
  });
  console.log(
    `${label.padEnd(10)} ${`hours CSV, ${from} to ${lastDay}`.padEnd(34)} ${ms(csv.elapsed)} for ${rows} rows, ${(csv.bytes / 1e6).toFixed(1)} MB (headers after ${csv.headersAfter.toFixed(0)} ms)   SQL statements ${csv.statements} (${Math.ceil((rows + 1) / CSV_BATCH_SIZE)} batches of ${CSV_BATCH_SIZE})`,
  );

  await new Promise((r) => server.close(r));
  await prisma.$disconnect();
  await db.close();
}


console.log(
  `Volunteers benchmark: ${VOLUNTEERS} volunteers × ${LOGS_PER_VOLUNTEER} hour logs, coordinator of Stadt Oldenburg signed in, ` +
    `requests one after another (up to ${MAX_REQUESTS} or ${OPERATION_SECONDS} s per operation); SQL statements counted at the driver adapter`,
);
if (DATABASES.includes("pglite")) await benchDatabase("PGlite", "memory://");
const pgDb = DATABASES.includes("postgres") ? await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_volunteers") : null;
if (pgDb) {
  try {
    await benchDatabase("PostgreSQL", pgDb.url);
  } finally {
    await pgDb.drop();
  }
}

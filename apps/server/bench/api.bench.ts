// `npm run bench`: what one request through the whole HTTP stack costs, next to
// a bare graphql-yoga `{ hello }` server measured in the same run (so the
// ratios hold on a busy machine too). On in-memory PGlite and (when reachable)
// a throwaway PostgreSQL database, with the demo data plus BENCH_API_VOLUNTEERS
// approved volunteers (10 hour logs each, most pending) so that every list
// fills its page. Operations are the web app's own persisted documents where a
// page is measured, and the web's list selections alone where a list is. Each
// is run BENCH_ROUNDS times (autocannon, BENCH_CONNECTIONS connections,
// BENCH_DURATION_S seconds), each run right after a run of bare yoga; printed
// are the median pair's requests per second, p50/p99 and ratio to bare yoga,
// the range of all rounds' ratios, and the SQL statements one request sends,
// counted at the driver adapter (lists also at 100 entries per page).
//
// Two more parts:
// - The volunteer home page as the browser gets it: the built web app
//   (apps/web/build, `npm run build -w @lotse/web`; skipped without it) renders
//   /ehrenamt against this API, server-side loads included; its statements
//   per page load and pages per second.
// - The means, each on its own (BENCH_MEANS=0 skips them; PostgreSQL only):
//   the same operations with one mean taken away (prepared statements off,
//   relations loaded by separate queries instead of joins, Prisma's "pretty"
//   error format), printed next to the app as it runs.
// - What this machine allows (PostgreSQL only): the same bare server with one
//   field that sends one SQL statement straight through `pg`, one that sends
//   it through a Prisma Client model query, and two that read a 20-row list
//   like the users page's (name, email, roles, state), once in one hand-written
//   statement through `pg` and once as one Prisma Client `findMany` with the
//   same relations (both ordered by id, so the database does the same work).
//   Their ratios to bare yoga are the ceiling for an operation of that shape on
//   this machine; the distance from an operation's ratio to them is what
//   Lotse's own path costs.
// BENCH_OPERATIONS=me,users measures only the operations named (and skips the web page).
// Prints figures; asserts nothing about speed, but a request that fails ends the benchmark.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "@lotse/testing/ports";
import autocannon from "autocannon";
import pg from "pg";
import { createSchema, createYoga } from "graphql-yoga";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { openDatabaseAdapter } from "../src/db/adapter.ts";
import { createPrismaClient, type PrismaClient } from "../src/db/client.ts";
import { directSql } from "../src/db/direct.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { createLogger } from "../src/logger.ts";
import { persistedBody } from "./support/persisted.ts";
import { countingFactory, statementCounter, statementsText } from "./support/statements.ts";
import { loadVolumeData } from "./support/volume.ts";

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 2);
/** Runs of each operation, each right after a run of bare yoga; the median pair's ratio is printed, with the range. */
const ROUNDS = Math.max(1, Math.floor(Number(process.env.BENCH_ROUNDS ?? 3)) || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const VOLUNTEERS = Number(process.env.BENCH_API_VOLUNTEERS ?? 200);
const VERBOSE = process.env.BENCH_VERBOSE === "1";
/** Which databases to run on: "pglite,postgres" (default) or one of them. */
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
const MEANS = process.env.BENCH_MEANS !== "0";
/** Only these operations (comma-separated names, e.g. "me,users"); all when unset. */
const ONLY = process.env.BENCH_OPERATIONS?.split(",").map((name) => name.trim());
const WEB_BUILD = path.resolve(import.meta.dirname, "../../web/build/index.js");
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// ---- the operations ----------------------------------------------------------------------

const textBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

// The lists alone, with the fields the web's list pages select.
const VOLUNTEER_LIST = `query BenchVolunteerList($first: Int!) {
  volunteers(first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id name status offersInterpreting createdAt emailVerified
      languages { code level interpreting }
      district { id name }
      conductCertificate { state validUntil hasRelevantEntry }
    } }
  }
}`;
const HOUR_QUEUE = `query BenchHourQueue($first: Int!) {
  hourLogs(first: $first, filter: { status: PENDING }) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id date minutes note status createdAt canReview
      activityType { id name }
      cohort { id title }
      volunteer { id name }
    } }
  }
}`;

type Who = "admin" | "coordinator" | "volunteer";
const SIGN_INS: Record<Who, string> = {
  admin: "admin@oldenburg.example",
  coordinator: "koordination@oldenburg.example",
  volunteer: "lotse@oldenburg.example",
};

interface Operation {
  name: string;
  who: Who;
  /** One page view: the bodies sent one after another. */
  bodies: (pageSize: number) => string[];
  /** Lists: statements are also counted at 100 entries per page. */
  list?: boolean;
}

// ---- running ------------------------------------------------------------------------------

const HEADERS = { "content-type": "application/json", "x-lotse-csrf": "1" };

async function listen(handler: RequestListener) {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: ReturnType<typeof createServer>) {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  failed: number;
}

async function load(base: string, bodies: string[], cookie?: string, duration = DURATION_S): Promise<LoadResult> {
  const headers = cookie ? { ...HEADERS, cookie } : HEADERS;
  return loadResult(
    await autocannon({
      url: `${base}/graphql`,
      connections: CONNECTIONS,
      duration,
      requests: bodies.map((body) => ({ method: "POST", path: "/graphql", headers, body })),
    }),
  );
}

const loadResult = (result: autocannon.Result): LoadResult => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  total: result.requests.total,
  failed: result.errors + result.non2xx,
});

const fixed = (n: number, digits = 0, width = 6) => n.toFixed(digits).padStart(width);

interface SideBySide extends LoadResult {
  /** The median round's ratio to bare yoga, and that round's bare yoga. */
  ratio: number;
  bareRps: number;
  /** The lowest and highest ratio of all rounds. */
  low: number;
  high: number;
}

/**
 * `run` measured ROUNDS times, each right after a run of bare yoga. On a shared 2-core machine
 * one pair of runs can be off by half (bare yoga alone has moved between 2,000 and 4,000 req/s
 * within minutes), so what is printed is the median pair (of an even number, the upper of the
 * two middle ones), with the range of all ratios.
 */
async function sideBySide(bare: Awaited<ReturnType<typeof bareYoga>>, run: () => Promise<LoadResult>, what: string): Promise<SideBySide> {
  const pairs: { result: LoadResult; bareRps: number; ratio: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const side = await bare.measure();
    const result = await run();
    if (result.failed) throw new Error(`${what}: ${result.failed} of ${result.total} requests failed under load`);
    pairs.push({ result, bareRps: side.rps, ratio: result.rps / side.rps });
  }
  pairs.sort((a, b) => a.ratio - b.ratio);
  const median = pairs[Math.floor(pairs.length / 2)]!;
  return { ...median.result, ratio: median.ratio, bareRps: median.bareRps, low: pairs[0]!.ratio, high: pairs.at(-1)!.ratio };
}

/** "412 req/s   0.21× of 1962 (0.18–0.25)   p50 …": a side-by-side measurement as the lines print it. */
const sideBySideText = (m: SideBySide, unit = "req/s") =>
  `${fixed(m.rps)} ${unit} ${fixed(m.ratio, 2, 6)}× of ${fixed(m.bareRps, 0, 4)} (${m.low.toFixed(2)}–${m.high.toFixed(2)})   p50 ${fixed(m.p50, 0, 3)} ms   p99 ${fixed(m.p99, 0, 3)} ms`;

/**
 * A bare graphql-yoga `{ hello }` server, measured once to print and again
 * right before each run of an operation: on a shared machine the load changes from one
 * second to the next, so each ratio compares two runs taken side by side.
 */
async function bareYoga() {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }),
    logging: false,
  });
  const { server, base } = await listen(yoga);
  // A cold server is several times slower than a warm one: warm it up first.
  await load(base, [textBody("{ hello }")], undefined, 2);
  return { measure: () => load(base, [textBody("{ hello }")]), close: () => close(server) };
}

/**
 * Bare graphql-yoga with one database read per request, for the ceiling an
 * operation of that shape can reach here: one statement through `pg` alone,
 * the same count as a Prisma Client model query, and a 20-row page of the
 * users list (name, email, roles, state) in one hand-written statement and as
 * one Prisma Client read. Both pages are ordered by id: ordered by the
 * account's name, Prisma's one statement builds every membership's row before
 * it sorts (why `users` reads the page's ids first), and the line would measure
 * that plan instead of the client.
 */
async function benchReferences(label: string, databaseUrl: string, organizationId: string, prisma: PrismaClient, bare: Awaited<ReturnType<typeof bareYoga>>) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `type Query { rawCount: Int! prismaCount: Int! rawPage(first: Int!): [Row!]! prismaPage(first: Int!): [Row!]! }
        type Row { id: ID! name: String! email: String! roles: [String!]! active: Boolean! acceptedAt: String invitedName: String hasPassword: Boolean! }`,
      resolvers: {
        Query: {
          rawCount: async () =>
            Number((await pool.query({ name: "count", text: `SELECT count(*) AS n FROM "Membership" WHERE "organizationId" = $1`, values: [organizationId] })).rows[0].n),
          prismaCount: () => prisma.membership.count({ where: { organizationId } }),
          rawPage: async (_root: unknown, { first }: { first: number }) =>
            (
              await pool.query({
                name: "page",
                text: `SELECT m.id, u.name, u.email, m.active, m."acceptedAt", m."invitedName", pc."userId" IS NOT NULL AS "hasPassword",
                         ARRAY(SELECT r.role::text FROM "MembershipRole" r WHERE r."membershipId" = m.id ORDER BY r.role) AS roles
                       FROM "Membership" m JOIN "User" u ON u.id = m."userId" LEFT JOIN "PasswordCredential" pc ON pc."userId" = u.id
                       WHERE m."organizationId" = $1 ORDER BY m.id LIMIT $2`,
                values: [organizationId, first],
              })
            ).rows.map((row) => ({ ...row, acceptedAt: row.acceptedAt?.toISOString() ?? null })),
          prismaPage: async (_root: unknown, { first }: { first: number }) =>
            (
              await prisma.membership.findMany({
                where: { organizationId },
                orderBy: [{ id: "asc" }],
                take: first,
                select: {
                  id: true,
                  active: true,
                  acceptedAt: true,
                  invitedName: true,
                  user: { select: { name: true, email: true, credential: { select: { userId: true } } } },
                  roles: { select: { role: true }, orderBy: { role: "asc" } },
                },
              })
            ).map((m) => ({
              id: m.id,
              name: m.user.name,
              email: m.user.email,
              roles: m.roles.map((r) => r.role),
              active: m.active,
              acceptedAt: m.acceptedAt?.toISOString() ?? null,
              invitedName: m.invitedName,
              hasPassword: m.user.credential !== null,
            })),
        },
      },
    }),
    logging: false,
  });
  const { server, base } = await listen(yoga);
  const references = [
    ["bare yoga + 1 statement via pg", "{ rawCount }"],
    ["bare yoga + 1 Prisma model count", "{ prismaCount }"],
    ["bare yoga + 20 rows by raw SQL", "{ rawPage(first: 20) { id name email roles active acceptedAt invitedName hasPassword } }"],
    ["bare yoga + 20 rows by Prisma read", "{ prismaPage(first: 20) { id name email roles active acceptedAt invitedName hasPassword } }"],
  ];
  try {
    for (const [name, query] of references) {
      const check = (await (await fetch(`${base}/graphql`, { method: "POST", headers: HEADERS, body: textBody(query!) })).json()) as { errors?: unknown };
      if (check.errors) throw new Error(`${label}: ${name}: ${JSON.stringify(check.errors)}`);
      await load(base, [textBody(query!)], undefined, 1); // warm-up
      const r = await sideBySide(bare, () => load(base, [textBody(query!)]), `${label}: ${name}`);
      console.log(`${label.padEnd(10)} ${name!.padEnd(34)} ${sideBySideText(r)}   (reference: no Lotse code; load ${loadAverage()})`);
    }
  } finally {
    await close(server);
    await pool.end();
  }
}

/** One mean taken away, to measure what it brings. */
interface Variant {
  name: string;
  preparedStatements?: false;
  /** Relations by one query each (Prisma's "query" strategy) instead of joins in one statement. */
  relationQueries?: true;
  errorFormat?: "pretty";
}

const MEAN_VARIANTS: Variant[] = [
  { name: "without prepared statements", preparedStatements: false },
  { name: "relations by separate queries", relationQueries: true },
  { name: "errorFormat pretty", errorFormat: "pretty" },
];

const READS = new Set(["findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow"]);

/** The client with every read loading its relations by separate queries (relationJoins off, per query). */
function withRelationQueries(prisma: PrismaClient): PrismaClient {
  // Typed loosely on purpose: with every area's models the extended client's
  // type is too large for the compiler (TS2590), and the bench needs only the
  // plain client's surface back.
  const extend = prisma.$extends.bind(prisma) as (extension: object) => unknown;
  return extend({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }: { operation: string; args: unknown; query: (args: unknown) => Promise<unknown> }) {
          return query(READS.has(operation) ? { ...(args as object), relationLoadStrategy: "query" } : args);
        },
      },
    },
  }) as PrismaClient;
}

/** The built web app, rendering pages against the API at `apiBase`; null (with the reason printed) without a build. */
async function webApp(apiBase: string) {
  if (!existsSync(WEB_BUILD)) {
    console.log("web app skipped: apps/web/build is missing (npm run build -w @lotse/web)");
    return null;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [WEB_BUILD], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ORIGIN: base, API_URL: apiBase },
  });
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/login`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 300 || child.exitCode !== null) throw new Error("the web app did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  // Wait for it to exit: requests still in flight must not outlive the API they call.
  const exited = new Promise((r) => child.once("exit", r));
  return { base, close: async () => (child.kill("SIGTERM"), await exited) };
}

async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const lastDay = formatIsoDate(addDays(parseIsoDate(berlinToday()), -1));
  await loadVolumeData(db.prisma, org.id, lastDay, { volunteers: VOLUNTEERS, logsPerVolunteer: 10 });
  const bare = await bareYoga();
  try {
    const first = await bare.measure();
    console.log(`${label.padEnd(10)} ${"bare graphql-yoga { hello }".padEnd(34)} ${fixed(first.rps)} req/s   1.00×   p50 ${fixed(first.p50, 0, 3)} ms   p99 ${fixed(first.p99, 0, 3)} ms   (load average ${loadAverage()})`);
    if (databaseUrl.startsWith("postgres")) await benchReferences(label, databaseUrl, org.id, db.prisma, bare);
    await benchApp(label, config, db, bare, null);
    if (MEANS && databaseUrl.startsWith("postgres")) {
      for (const variant of MEAN_VARIANTS) await benchApp(label, config, db, bare, variant);
    }
  } finally {
    await bare.close();
    await db.close();
  }
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(" ");

async function benchApp(
  label: string,
  config: ReturnType<typeof testConfig>,
  db: Awaited<ReturnType<typeof openDatabase>>,
  bare: Awaited<ReturnType<typeof bareYoga>>,
  variant: Variant | null,
) {
  const logger = createLogger("silent");
  // The app under test runs on its own client, whose adapter counts statements.
  const counter = statementCounter();
  const ownAdapter = variant?.preparedStatements === false ? await openDatabaseAdapter(config.DATABASE_URL, config.dataDir, { preparedStatements: false }) : null;
  const adapter = ownAdapter ?? db.adapter;
  let prisma = createPrismaClient(countingFactory(adapter.factory, counter), { errorFormat: variant?.errorFormat });
  const client = prisma;
  if (variant?.relationQueries) prisma = withRelationQueries(prisma);
  // The session lookup's own reader, as main.ts has it (Database.direct), counted too, and the
  // instance's kept viewers (Database.viewers), as main.ts passes them.
  const direct = directSql(countingFactory(adapter.directFactory, counter));
  const { server, base } = await listen(createApp({ config, logger, prisma, direct, viewers: db.viewers }));
  const tag = variant ? `${label} [${variant.name}]` : label;

  async function post(body: string, cookie?: string) {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: cookie ? { ...HEADERS, cookie } : HEADERS, body });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (res.status !== 200 || json.errors) throw new Error(`${tag}: request failed: ${res.status} ${JSON.stringify(json.errors)}`);
    return { res, data: json.data! };
  }
  const cookies = {} as Record<Who, string>;
  for (const [who, email] of Object.entries(SIGN_INS) as [Who, string][]) {
    const { res } = await post(textBody(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, { i: { email, password: DEMO_PASSWORD } }));
    cookies[who] = res.headers.getSetCookie()[0]!.split(";")[0]!;
  }
  const lastDay = formatIsoDate(addDays(parseIsoDate(berlinToday()), -1));
  const year = Number(lastDay.slice(0, 4));

  const operations: Operation[] = [
    { name: "me", who: "admin", bodies: () => [persistedBody("Me")] },
    // The coordinator's Me carries the start page's work-queue counts of every area.
    { name: "coordinator me", who: "coordinator", bodies: () => [persistedBody("Me")] },
    { name: "users", who: "admin", list: true, bodies: (first) => [persistedBody("Users", { first })] },
    { name: "volunteer list", who: "coordinator", list: true, bodies: (first) => [textBody(VOLUNTEER_LIST, { first })] },
    { name: "hour review list", who: "coordinator", list: true, bodies: (first) => [textBody(HOUR_QUEUE, { first })] },
    { name: "volunteers page", who: "coordinator", bodies: () => [persistedBody("Volunteers", { first: 20 })] },
    {
      name: "hour review page",
      who: "coordinator",
      bodies: () => [persistedBody("HourReview", { first: 20, filter: { status: "PENDING" }, year })],
    },
    // What the web sends for /ehrenamt: the root layout's Me, then the area's layout with the page's data in one document.
    { name: "volunteer home page", who: "volunteer", bodies: () => [persistedBody("Me"), persistedBody("VolunteerHome")] },
  ];
  const chosen = ONLY ? operations.filter((op) => ONLY.includes(op.name)) : operations;
  const measured = variant ? chosen.filter((op) => ["me", "coordinator me", "volunteer list", "hour review list"].includes(op.name)) : chosen;

  /** Statements of one page view, sent alone. */
  async function statementsOf(bodies: string[], cookie: string) {
    const before = counter.count;
    for (const body of bodies) await post(body, cookie);
    return counter.count - before;
  }

  try {
    for (const op of measured) {
      const cookie = cookies[op.who];
      const bodies = op.bodies(20);
      for (let i = 0; i < 3; i++) await statementsOf(bodies, cookie); // warm-up, and every request checked once
      const counts: number[] = [];
      for (let i = 0; i < 5; i++) counts.push(await statementsOf(bodies, cookie));
      let atHundred = "";
      if (op.list) atHundred = ` (first: 100 → ${await statementsOf(op.bodies(100), cookie)})`;
      if (VERBOSE) {
        counter.log = [];
        await statementsOf(bodies, cookie);
        for (const sql of counter.log) console.log(`             ${sql}`);
        counter.log = null;
      }
      const r = await sideBySide(bare, () => load(base, bodies, cookie), `${tag}: ${op.name}`);
      const perPage = bodies.length > 1 ? ` = ${fixed(r.rps / bodies.length, 0, 4)} pages/s of ${bodies.length} requests` : "";
      console.log(
        `${label.padEnd(10)} ${(variant ? `${op.name} [${variant.name}]` : op.name).padEnd(34)} ${sideBySideText(r)}   ` +
          `SQL statements/${bodies.length > 1 ? "page" : "request"} ${statementsText(counts)}${atHundred}${perPage}   (load ${loadAverage()})`,
      );
    }
    if (!variant && !ONLY) await benchWebPage(label, base, cookies.volunteer, counter, bare);
  } finally {
    await close(server);
    await direct.close();
    await client.$disconnect();
    await ownAdapter?.close();
  }
}

/** The volunteer home as the browser loads it: the web app's server-side render of /ehrenamt, every load included. */
async function benchWebPage(label: string, apiBase: string, cookie: string, counter: ReturnType<typeof statementCounter>, bare: Awaited<ReturnType<typeof bareYoga>>) {
  const web = await webApp(apiBase);
  if (!web) return;
  try {
    const page = `${web.base}/ehrenamt`;
    const view = async () => {
      const before = counter.count;
      const res = await fetch(page, { headers: { cookie } });
      const html = await res.text();
      // The page as a volunteer sees it: the work queue and the hour form (not the sign-in page or an error).
      if (res.status !== 200 || !html.includes('id="queue-heading"') || !html.includes('id="log-heading"')) throw new Error(`${label}: web page /ehrenamt failed: ${res.status}`);
      return counter.count - before;
    };
    for (let i = 0; i < 3; i++) await view();
    const counts: number[] = [];
    for (let i = 0; i < 5; i++) counts.push(await view());
    if (VERBOSE) {
      counter.log = [];
      await view();
      for (const sql of counter.log) console.log(`             ${sql}`);
      counter.log = null;
    }
    const loadPage = async () => loadResult(await autocannon({ url: page, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } }));
    const r = await sideBySide(bare, loadPage, `${label}: web page /ehrenamt`);
    console.log(
      `${label.padEnd(10)} ${"volunteer home, web app (SSR)".padEnd(34)} ${sideBySideText(r, "pages/s")}   ` +
        `SQL statements/page ${statementsText(counts)}   (load ${loadAverage()})`,
    );
  } finally {
    await web.close();
  }
}

console.log(
  `API benchmark: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s per operation (each after ${DURATION_S} s of bare yoga), Stadt Oldenburg (demo data + ${VOLUNTEERS} volunteers); ` +
    "req/s also as a ratio to bare graphql-yoga in the same run; SQL statements counted at the driver adapter",
);
if (DATABASES.includes("pglite")) await benchDatabase("PGlite", "memory://");
const pgDb = DATABASES.includes("postgres") ? await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_api") : null;
if (pgDb) {
  try {
    await benchDatabase("PostgreSQL", pgDb.url);
  } finally {
    await pgDb.drop();
  }
}

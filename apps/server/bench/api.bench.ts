// `npm run bench`: what one request through the whole HTTP stack costs, next to
// a bare graphql-yoga `{ hello }` server measured in the same run (so the
// ratios hold on a busy machine too). On in-memory PGlite and (when reachable)
// a throwaway PostgreSQL database, with the demo data plus BENCH_API_VOLUNTEERS
// approved volunteers (10 hour logs each, most pending) so that every list
// fills its page (bare yoga is measured again right before each operation,
// and the ratio is to that run). Operations are the web app's own persisted documents where a
// page is measured (the volunteer home page sends four), and the web's list
// selections alone where a list is. For each: requests per second (autocannon,
// BENCH_CONNECTIONS connections, BENCH_DURATION_S seconds), p50/p99, the ratio
// to bare yoga, and the SQL statements one request sends, counted at the driver
// adapter (lists also at 100 entries per page). Prints figures; asserts nothing
// about speed, but a request that fails ends the benchmark.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { createSchema, createYoga } from "graphql-yoga";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { createPrismaClient } from "../src/db/client.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { createLogger } from "../src/logger.ts";
import { persistedBody } from "./support/persisted.ts";
import { countingFactory, statementCounter, statementsText } from "./support/statements.ts";
import { loadVolumeData } from "./support/volume.ts";

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const VOLUNTEERS = Number(process.env.BENCH_API_VOLUNTEERS ?? 200);
const VERBOSE = process.env.BENCH_VERBOSE === "1";
/** Which databases to run on: "pglite,postgres" (default) or one of them. */
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
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
  const result = await autocannon({
    url: `${base}/graphql`,
    connections: CONNECTIONS,
    duration,
    requests: bodies.map((body) => ({ method: "POST", path: "/graphql", headers, body })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failed: result.errors + result.non2xx,
  };
}

const fixed = (n: number, digits = 0, width = 6) => n.toFixed(digits).padStart(width);

/**
 * A bare graphql-yoga `{ hello }` server, measured once to print and again
 * right before each operation: on a shared machine the load changes from one
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

async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const org = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const lastDay = formatIsoDate(addDays(parseIsoDate(berlinToday()), -1));
  await loadVolumeData(db.prisma, org.id, lastDay, { volunteers: VOLUNTEERS, logsPerVolunteer: 10 });

  // The app under test runs on its own client, whose adapter counts statements.
  const counter = statementCounter();
  const prisma = createPrismaClient(countingFactory(db.adapter.factory, counter));
  const { server, base } = await listen(createApp({ config, logger, prisma }));

  async function post(body: string, cookie?: string) {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: cookie ? { ...HEADERS, cookie } : HEADERS, body });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (res.status !== 200 || json.errors) throw new Error(`${label}: request failed: ${res.status} ${JSON.stringify(json.errors)}`);
    return { res, data: json.data! };
  }
  const cookies = {} as Record<Who, string>;
  for (const [who, email] of Object.entries(SIGN_INS) as [Who, string][]) {
    const { res } = await post(textBody(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, { i: { email, password: DEMO_PASSWORD } }));
    cookies[who] = res.headers.getSetCookie()[0]!.split(";")[0]!;
  }
  const { data: mine } = await post(persistedBody("MyVolunteering"), cookies.volunteer);
  const volunteerId = (mine.myVolunteerProfile as { id: string }).id;
  const year = Number(lastDay.slice(0, 4));

  const operations: Operation[] = [
    { name: "me", who: "admin", bodies: () => [persistedBody("Me")] },
    { name: "users", who: "admin", list: true, bodies: (first) => [persistedBody("Users", { first })] },
    { name: "volunteer list", who: "coordinator", list: true, bodies: (first) => [textBody(VOLUNTEER_LIST, { first })] },
    { name: "hour review list", who: "coordinator", list: true, bodies: (first) => [textBody(HOUR_QUEUE, { first })] },
    { name: "volunteers page", who: "coordinator", bodies: () => [persistedBody("Volunteers", { first: 20 })] },
    {
      name: "hour review page",
      who: "coordinator",
      bodies: () => [persistedBody("HourReview", { first: 20, filter: { status: "PENDING" }, year })],
    },
    {
      // What /ehrenamt loads: the root layout, the /ehrenamt layout, then the page's two in parallel.
      name: "volunteer home page",
      who: "volunteer",
      bodies: () => [persistedBody("Me"), persistedBody("MyVolunteering"), persistedBody("VolunteerOverview", { volunteerId }), persistedBody("MyTraining")],
    },
  ];

  /** Statements of one page view, sent alone. */
  async function statementsOf(bodies: string[], cookie: string) {
    const before = counter.count;
    for (const body of bodies) await post(body, cookie);
    return counter.count - before;
  }

  const bare = await bareYoga();
  try {
    const first = await bare.measure();
    console.log(`${label.padEnd(10)} ${"bare graphql-yoga { hello }".padEnd(26)} ${fixed(first.rps)} req/s   1.00×   p50 ${fixed(first.p50, 0, 3)} ms   p99 ${fixed(first.p99, 0, 3)} ms`);
    for (const op of operations) {
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
      const side = await bare.measure();
      const r = await load(base, bodies, cookie);
      if (r.failed) throw new Error(`${label}: ${op.name}: ${r.failed} of ${r.total} requests failed under load`);
      const perPage = bodies.length > 1 ? ` = ${fixed(r.rps / bodies.length, 0, 4)} pages/s of ${bodies.length} requests` : "";
      console.log(
        `${label.padEnd(10)} ${op.name.padEnd(26)} ${fixed(r.rps)} req/s ${fixed(r.rps / side.rps, 2, 6)}× of ${fixed(side.rps, 0, 4)}   p50 ${fixed(r.p50, 0, 3)} ms   p99 ${fixed(r.p99, 0, 3)} ms   ` +
          `SQL statements/${bodies.length > 1 ? "page" : "request"} ${statementsText(counts)}${atHundred}${perPage}`,
      );
    }
  } finally {
    await bare.close();
    await close(server);
    await prisma.$disconnect();
    await db.close();
  }
}

console.log(
  `API benchmark: ${CONNECTIONS} connections, ${DURATION_S} s per operation, Stadt Oldenburg (demo data + ${VOLUNTEERS} volunteers); ` +
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

// `npm run bench`: requests per second and p50/p99 latency of `me` and `users`
// through the whole HTTP stack, on embedded PGlite and (when reachable) on
// PostgreSQL. Prints figures; asserts nothing about speed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { createLogger } from "../src/logger.ts";

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const operations = {
  me: `query BenchMe { me { roles user { name email } organization { name } memberships { organization { name } roles } } }`,
  users: `query BenchUsers { users(first: 20) { totalCount edges { node { id name email roles status } } } }`,
};


async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const server = createServer(createApp({ config, logger, prisma: db.prisma }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = { "content-type": "application/json", "x-lotse-csrf": "1" };
  const signIn = await fetch(`${base}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      query: `mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`,
      variables: { i: { email: "admin@oldenburg.example", password: DEMO_PASSWORD } },
    }),
  });
  const cookie = signIn.headers.getSetCookie()[0]!.split(";")[0]!;
  for (const [name, query] of Object.entries(operations)) {
    const result = await autocannon({
      url: `${base}/graphql`,
      method: "POST",
      headers: { ...headers, cookie },
      body: JSON.stringify({ query }),
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    const failed = result.errors + result.non2xx;
    console.log(
      `${label.padEnd(10)} ${name.padEnd(6)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   (${result.requests.total} requests, ${failed} failed)`,
    );
  }
  await new Promise((r) => server.close(r));
  await db.close();
}

console.log(`API benchmark: ${CONNECTIONS} connections, ${DURATION_S} s per operation, admin of Stadt Oldenburg signed in`);
await benchDatabase("PGlite", "memory://");
const pgDb = await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_api");
if (pgDb) {
  try {
    await benchDatabase("PostgreSQL", pgDb.url);
  } finally {
    await pgDb.drop();
  }
}

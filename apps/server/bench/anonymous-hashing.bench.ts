// `npm run bench`: does anonymous work that can cost a password hash slow down
// a real sign-in? A real sign-in (the demo coordinator, one after another) is
// timed alone, then while 16 anonymous clients loop resetPassword with a bogus
// link and registerVolunteer with fresh addresses, once from many addresses
// (each request another X-Forwarded-For through the trusted proxy, so no
// per-address limit applies) and once from one address. The sign-in alone is
// measured again right before each flood and the ratio is taken to that run
// (the machine is shared: its load changes from one second to the next).
// On in-memory PGlite and (when reachable) a throwaway PostgreSQL database.
// Prints p50/p95 and the ratios, and what the flood's requests got; asserts
// nothing about speed, but a sign-in that fails ends the benchmark.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { DEFAULT_SCRYPT_ENV, testConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { createLogger } from "../src/logger.ts";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { startFlood, type FloodOptions, type FloodResult } from "./support/anonymous-flood.ts";

const CLIENTS = Number(process.env.BENCH_FLOOD_CLIENTS ?? 16);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 40);
/** How long the flood runs before sign-ins are timed, so they meet it at full strength. */
const RAMP_MS = 1000;
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const COORDINATOR = "koordination@oldenburg.example";
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Latency {
  p50: number;
  p95: number;
}

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
const times = (n: number) => `${n.toFixed(2).padStart(5)}×`;

async function benchDatabase(label: string, databaseUrl: string) {
  // The defaults a deployment gets, with the benchmark's loopback as the trusted proxy (also the default).
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1", ...DEFAULT_SCRYPT_ENV });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const server = createServer(createApp({ config, logger, prisma: db.prisma }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** One real sign-in from the benchmark's own address, timed to the full answer. */
  async function signIn(): Promise<number> {
    const started = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1" },
      body: JSON.stringify({ query: SIGN_IN, variables: { i: { email: COORDINATOR, password: DEMO_PASSWORD } } }),
    });
    const json = (await res.json()) as { data?: { signIn?: { __typename: string } } };
    const elapsed = performance.now() - started;
    if (json.data?.signIn?.__typename !== "MutationSignInSuccess") throw new Error(`${label}: sign-in failed: ${res.status} ${JSON.stringify(json)}`);
    return elapsed;
  }
  async function measure(): Promise<Latency> {
    const latencies: number[] = [];
    for (let i = 0; i < SIGN_INS; i++) latencies.push(await signIn());
    latencies.sort((a, b) => a - b);
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  }
  const line = (what: string, l: Latency, alone?: Latency) =>
    `${label.padEnd(10)} ${what.padEnd(44)} p50 ${ms(l.p50)}   p95 ${ms(l.p95)}` +
    (alone ? `   ${times(l.p50 / alone.p50)} / ${times(l.p95 / alone.p95)} of alone` : "");
  const answersText = (r: FloodResult) =>
    `${r.requests} anonymous requests: ` +
    Object.entries(r.answers)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ");

  try {
    for (let i = 0; i < 5; i++) await signIn(); // warm-up
    let run = 0;
    for (const [what, addresses] of [["many addresses through the trusted proxy", "many"], ["one address", "one"]] as [string, FloodOptions["addresses"]][]) {
      const alone = await measure();
      console.log(line("sign-in alone", alone));
      const flood = startFlood({ base, clients: CLIENTS, addresses, runId: `${label}-${++run}-${Date.now()}` });
      let during: Latency;
      let result: FloodResult;
      try {
        await new Promise((r) => setTimeout(r, RAMP_MS));
        during = await measure();
      } finally {
        result = await flood.stop();
      }
      console.log(line(`sign-in during ${CLIENTS} clients, ${what}`, during, alone));
      console.log(`${"".padEnd(10)}   ${answersText(result)}`);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await db.close();
  }
}

console.log(
  `Anonymous hashing benchmark: a real sign-in's latency alone and while ${CLIENTS} anonymous clients loop resetPassword (bogus link) ` +
    `and registerVolunteer; ${SIGN_INS} sign-ins per measurement, one after another; ratio to the sign-in alone measured right before`,
);
if (DATABASES.includes("pglite")) await benchDatabase("PGlite", "memory://");
const pgDb = DATABASES.includes("postgres") ? await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_hashing") : null;
if (pgDb) {
  try {
    await benchDatabase("PostgreSQL", pgDb.url);
  } finally {
    await pgDb.drop();
  }
}

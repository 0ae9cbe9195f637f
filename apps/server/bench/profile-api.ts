// Where one request's CPU goes: the app on PostgreSQL (throwaway database, demo
// data + volume), one operation at a time under autocannon in a child process
// (so only the server is in this process), CPU per request from
// process.cpuUsage, and a V8 CPU profile of the run written to
// PROFILE_DIR/<operation>.cpuprofile, summarised by package and function.
// `npx tsx bench/profile-api.ts [operation…]` (operations: me, users, volunteers, hours, volunteersPage, hourReviewPage, home).
import { spawn } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { DEMO_PASSWORD } from "../src/db/seed.ts";
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { createLogger } from "../src/logger.ts";
import { persistedBody } from "./support/persisted.ts";
import { loadVolumeData } from "./support/volume.ts";

const DURATION = Number(process.env.PROFILE_DURATION_S ?? 5);
const OUT = process.env.PROFILE_DIR ?? "/tmp/lotse-prof";
const PG_BASE = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const HEADERS = { "content-type": "application/json", "x-lotse-csrf": "1" };
const text = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const VOLUNTEER_LIST = `query BenchVolunteerList($first: Int!) { volunteers(first: $first) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name status offersInterpreting createdAt emailVerified languages { code level interpreting } district { id name } conductCertificate { state validUntil hasRelevantEntry } } } } }`;
const HOUR_QUEUE = `query BenchHourQueue($first: Int!) { hourLogs(first: $first, filter: { status: PENDING }) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id date minutes note status createdAt canReview activityType { id name } cohort { id title } volunteer { id name } } } } }`;

const year = Number(berlinToday().slice(0, 4));
const OPS: Record<string, { who: string; body: string }> = {
  me: { who: "admin@oldenburg.example", body: persistedBody("Me") },
  users: { who: "admin@oldenburg.example", body: persistedBody("Users", { first: 20 }) },
  volunteers: { who: "koordination@oldenburg.example", body: text(VOLUNTEER_LIST, { first: 20 }) },
  hours: { who: "koordination@oldenburg.example", body: text(HOUR_QUEUE, { first: 20 }) },
  volunteersPage: { who: "koordination@oldenburg.example", body: persistedBody("Volunteers", { first: 20 }) },
  hourReviewPage: { who: "koordination@oldenburg.example", body: persistedBody("HourReview", { first: 20, filter: { status: "PENDING" }, year }) },
  home: { who: "lotse@oldenburg.example", body: persistedBody("VolunteerHome") },
  hello: { who: "", body: text("{ __typename }") },
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ["me", "users", "volunteers"];
const pgDb = await throwawayDatabaseOrNull(PG_BASE, "lotse_prof");
if (!pgDb) throw new Error("no PostgreSQL");
const config = testConfig({ DATABASE_URL: pgDb.url, SEED_DEMO: "1" });
const db = await openDatabase(config, createLogger("silent"));
const org = await db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
await loadVolumeData(db.prisma, org.id, formatIsoDate(addDays(parseIsoDate(berlinToday()), -1)), { volunteers: 200, logsPerVolunteer: 10 });
const server = createServer(createApp({ config, logger: createLogger("silent"), prisma: db.prisma, direct: db.direct, viewers: db.viewers }));
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function signIn(email: string) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: HEADERS,
    body: text(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, { i: { email, password: DEMO_PASSWORD } }),
  });
  return res.headers.getSetCookie()[0]!.split(";")[0]!;
}

function autocannon(body: string, cookie: string, seconds: number): Promise<number> {
  const args = [path.resolve(import.meta.dirname, "../../../node_modules/autocannon/autocannon.js"), "-j", "-c", "10", "-d", String(seconds), "-m", "POST"];
  for (const [k, v] of Object.entries({ ...HEADERS, ...(cookie ? { cookie } : {}) })) args.push("-H", `${k}=${v}`);
  args.push("-b", body, `${base}/graphql`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", () => {
      try {
        const r = JSON.parse(out);
        if (r.non2xx || r.errors) reject(new Error(`failed: ${r.non2xx} non-2xx`));
        resolve(r.requests.total);
      } catch (e) {
        reject(e);
      }
    });
  });
}

mkdirSync(OUT, { recursive: true });
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
try {
  for (const name of wanted) {
    const op = OPS[name]!;
    const cookie = op.who ? await signIn(op.who) : "";
    const check = await fetch(`${base}/graphql`, { method: "POST", headers: { ...HEADERS, cookie }, body: op.body });
    const json = (await check.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
    await autocannon(op.body, cookie, 2); // warm-up
    await session.post("Profiler.start");
    const cpu = process.cpuUsage();
    const started = performance.now();
    const total = await autocannon(op.body, cookie, DURATION);
    const used = process.cpuUsage(cpu);
    const elapsed = performance.now() - started;
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(`${OUT}/${name}.cpuprofile`, JSON.stringify(profile));
    console.log(
      `${name.padEnd(16)} ${total} requests, ${(total / (elapsed / 1000)).toFixed(0)} req/s, CPU ${(((used.user + used.system) / total) / 1000).toFixed(3)} ms/request (user ${(used.user / total / 1000).toFixed(3)}, system ${(used.system / total / 1000).toFixed(3)})`,
    );
  }
} finally {
  session.disconnect();
  server.closeAllConnections();
  server.close();
  await db.close();
  await pgDb.drop();
}

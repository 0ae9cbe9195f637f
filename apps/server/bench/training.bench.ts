// `npm run bench` (after api.bench.ts and volunteers.bench.ts): concurrent
// applications to one cohort through the whole HTTP stack. Approved
// volunteers (sessions created straight in the database, no password sign-in)
// all send `applyToCohort` at once to a fresh OPEN cohort; on in-memory
// PGlite and (when reachable) a throwaway PostgreSQL database. Prints
// applications per second and p50/p99 latency per run, then checks the
// invariant after every run: exactly `capacity` ADMITTED, the rest WAITLISTED
// in application (position) order, positions 1…n without gaps, no volunteer
// twice, and every answer agrees with the stored row. A broken invariant or a
// failed request ends the benchmark with an error; speed is only printed.
import { InvariantBroken, onPgliteAndPostgres } from "./support/databases.ts";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { createLogger } from "../src/logger.ts";
import { sessionSettings } from "../src/modules/identity/auth.service.ts";
import { createSession } from "../src/modules/identity/sessions.ts";
import { createApprovedVolunteers } from "../src/testing/volunteers.ts";

const APPLICANTS = Number(process.env.BENCH_APPLICANTS ?? 200);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const APPLY = `mutation BenchApplyToCohort($cohortId: ID!) {
  applyToCohort(cohortId: $cohortId) {
    __typename
    ... on MutationApplyToCohortSuccess { data { status waitlistPosition } }
    ... on Error { code message }
  }
}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

interface Answer {
  volunteerId: string;
  elapsed: number;
  status: string | null;
  waitlistPosition: number | null;
  problem: string | null;
}

async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger(process.env.BENCH_LOG_LEVEL ?? "silent");
  const setupStarted = performance.now();
  const db = await openDatabase(config, logger);
  const prisma = db.prisma;
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const course = await prisma.course.findFirstOrThrow({ where: { organizationId: org.id } });
  const trainerUser = await prisma.user.findUniqueOrThrow({ where: { email: "kurs@oldenburg.example" } });

  const emails = await createApprovedVolunteers(prisma, "oldenburg", "bench-applicant", APPLICANTS);
  const people = await prisma.volunteerProfile.findMany({
    where: { organizationId: org.id, user: { email: { in: emails } } },
    select: { id: true, userId: true },
  });
  const settings = sessionSettings(config);
  const applicants = await Promise.all(
    people.map(async (p) => ({ volunteerId: p.id, cookie: `lotse_session=${(await createSession(prisma, p.userId, org.id, settings)).token}` })),
  );
  console.log(`${label}: ${applicants.length} approved volunteers with sessions ready in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

  const server = createServer(createApp({ config, logger, prisma }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  try {
    for (let run = 1; run <= RUNS; run++) {
      const cohort = await prisma.cohort.create({
        data: {
          organizationId: org.id,
          courseId: course.id,
          title: `Benchmark ${run}`,
          capacity: CAPACITY,
          status: "OPEN",
          enrolmentOpensAt: new Date(Date.now() - 86_400_000),
          enrolmentClosesAt: new Date(Date.now() + 86_400_000),
          trainers: { create: [{ userId: trainerUser.id }] },
        },
      });
      const cohortId = Buffer.from(`Cohort:${cohort.id}`).toString("base64");
      const body = JSON.stringify({ query: APPLY, variables: { cohortId } });

      const started = performance.now();
      const answers = await Promise.all(
        applicants.map(async ({ volunteerId, cookie }): Promise<Answer> => {
          const sent = performance.now();
          try {
            const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie }, body });
            const json = (await res.json()) as {
              data?: { applyToCohort: { __typename: string; data?: { status: string; waitlistPosition: number | null }; code?: string; message?: string } };
              errors?: unknown;
            };
            const elapsed = performance.now() - sent;
            const payload = json.data?.applyToCohort;
            if (res.status !== 200 || json.errors || !payload?.data) {
              return { volunteerId, elapsed, status: null, waitlistPosition: null, problem: `${res.status} ${JSON.stringify(json.errors ?? payload)}` };
            }
            return { volunteerId, elapsed, status: payload.data.status, waitlistPosition: payload.data.waitlistPosition, problem: null };
          } catch (error) {
            return { volunteerId, elapsed: performance.now() - sent, status: null, waitlistPosition: null, problem: String(error) };
          }
        }),
      );
      const wall = performance.now() - started;

      const latencies = answers.map((a) => a.elapsed).sort((a, b) => a - b);
      const admitted = answers.filter((a) => a.status === "ADMITTED").length;
      const waitlisted = answers.filter((a) => a.status === "WAITLISTED").length;
      const failed = answers.filter((a) => a.problem);
      const figures =
        `${label.padEnd(10)} run ${run}  ${answers.length} applications in ${wall.toFixed(0).padStart(5)} ms   ` +
        `${((answers.length / wall) * 1000).toFixed(0).padStart(5)} applications/s   p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}   ` +
        `${admitted} admitted, ${waitlisted} waitlisted, ${failed.length} failed`;

      // The invariant, from the database and against every answer.
      const problems: string[] = failed.slice(0, 3).map((a) => `request failed: ${a.problem}`);
      const rows = await prisma.enrolment.findMany({ where: { cohortId: cohort.id }, orderBy: { position: "asc" }, select: { volunteerId: true, status: true, position: true } });
      if (rows.length !== APPLICANTS) problems.push(`${rows.length} enrolments stored for ${APPLICANTS} applicants`);
      if (new Set(rows.map((r) => r.volunteerId)).size !== rows.length) problems.push("a volunteer holds two enrolments");
      if (!rows.every((r, i) => r.position === i + 1)) problems.push("positions are not 1…n without gaps");
      const expected = (i: number) => (i < CAPACITY ? "ADMITTED" : "WAITLISTED");
      const outOfOrder = rows.filter((r, i) => r.status !== expected(i));
      if (outOfOrder.length) problems.push(`${outOfOrder.length} enrolments out of application order (first at position ${outOfOrder[0]!.position}: ${outOfOrder[0]!.status})`);
      if (rows.filter((r) => r.status === "ADMITTED").length !== CAPACITY) problems.push(`${rows.filter((r) => r.status === "ADMITTED").length} admitted for ${CAPACITY} places`);
      const rowOf = new Map(rows.map((r) => [r.volunteerId, r]));
      for (const a of answers) {
        const row = rowOf.get(a.volunteerId);
        if (a.problem || !row) continue;
        if (row.status !== a.status) problems.push(`answered ${a.status}, stored ${row.status} (position ${row.position})`);
        const waitlistPosition = row.status === "WAITLISTED" ? row.position - CAPACITY : null;
        if (a.waitlistPosition !== waitlistPosition) problems.push(`answered waiting-list place ${a.waitlistPosition}, expected ${waitlistPosition} (position ${row.position})`);
      }
      if (problems.length) {
        console.log(`${figures}   INVARIANT BROKEN`);
        throw new InvariantBroken(`${label} run ${run}: ${problems.slice(0, 10).join("; ")}${problems.length > 10 ? ` … (${problems.length} problems)` : ""}`);
      }
      console.log(`${figures}   invariant held`);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await db.close();
  }
}


console.log(
  `Training benchmark: ${RUNS} runs of ${APPLICANTS} approved volunteers applying at once (applyToCohort over HTTP) to a fresh cohort with ${CAPACITY} places; ` +
    "latency per application from sending to the full answer",
);
await onPgliteAndPostgres("lotse_bench_training", benchDatabase);

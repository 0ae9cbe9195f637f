// `npm run bench`: the appointments area on in-memory PGlite and (when
// reachable) a throwaway PostgreSQL database.
//  1. `availableSlots` for a whole month over HTTP with 20 counsellors (each
//     Monday to Friday 08:00–17:00 in their own room) and 2,000 appointments
//     booked in that month: one counsellor, and any counsellor; p50/p99.
//  2. Bookings under contention: BENCH_BOOKERS requests at once for
//     BENCH_CONTENDED_SLOTS slots of one counsellor (each slot wanted by many);
//     bookings per second (answers per second, successes and clear refusals),
//     then the invariant from the database: exactly one booking per slot, no two
//     BOOKED appointments of the counsellor overlapping. A broken invariant ends
//     the benchmark with an error; speed is only printed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { berlinToIso, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { createLogger } from "../src/logger.ts";
import { sessionSettings } from "../src/modules/identity/auth.service.ts";
import { createSession } from "../src/modules/identity/sessions.ts";
import { isoWeekday } from "../src/modules/appointments/slots.ts";
import { gid } from "../src/testing/global-ids.ts";
import { InvariantBroken, onPgliteAndPostgres } from "./support/databases.ts";

const COUNSELLORS = Number(process.env.BENCH_COUNSELLORS ?? 20);
const BOOKED = Number(process.env.BENCH_BOOKED ?? 2000);
const SLOT_RUNS = Number(process.env.BENCH_SLOT_RUNS ?? 30);
const BOOKERS = Number(process.env.BENCH_BOOKERS ?? 200);
/** At most 7: the day's 75-minute steps from 08:00. */
const CONTENDED = Number(process.env.BENCH_CONTENDED_SLOTS ?? 5);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

const SLOTS = `query BenchSlots($c: ID, $f: String!, $t: String!) { availableSlots(counsellorId: $c, kind: INITIAL, from: $f, to: $t) {
  __typename ... on QueryAvailableSlotsSuccess { data { startsAt } } ... on Error { code message } } }`;
const BOOK = `mutation BenchBook($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename ... on Error { code field } } }`;

async function benchDatabase(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1" });
  const logger = createLogger(process.env.BENCH_LOG_LEVEL ?? "silent");
  const setupStarted = performance.now();
  const db = await openDatabase(config, logger);
  const prisma = db.prisma;
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const booker = await prisma.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } });

  // 20 counsellors, each Monday–Friday 08:00–17:00 in their own room.
  const counsellors: { userId: string; membershipId: string }[] = [];
  for (let i = 0; i < COUNSELLORS; i++) {
    const user = await prisma.user.create({ data: { email: `bench-counsellor-${i}@oldenburg.example`, name: `Beratung ${i + 1}`, emailVerifiedAt: new Date() } });
    const m = await prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "COUNSELLOR" }] } } });
    counsellors.push({ userId: user.id, membershipId: m.id });
  }
  await prisma.availabilityRule.createMany({
    data: counsellors.flatMap((c, i) => [1, 2, 3, 4, 5].map((weekday) => ({ organizationId: org.id, counsellorId: c.userId, weekday, startMinute: 8 * 60, endMinute: 17 * 60, room: `Raum ${i + 1}` }))),
  });
  const child = await prisma.child.create({
    data: { organizationId: org.id, firstName: "Bench", lastName: "Kind", birthDate: new Date("2016-01-01"), languages: [], schoolCountries: [], consentGivenBy: "G", consentedAt: new Date(), createdById: booker.id },
  });

  // The month ahead: 2,000 appointments spread over the counsellors' weekdays (60 min + 10 min buffer, every 75 min).
  const from = formatIsoDate(addDays(parseIsoDate(berlinToday()), 1));
  const to = formatIsoDate(addDays(parseIsoDate(from), 30));
  const workdays: string[] = [];
  for (let d = parseIsoDate(from); formatIsoDate(d) <= to; d = addDays(d, 1)) if (isoWeekday(formatIsoDate(d)) <= 5) workdays.push(formatIsoDate(d));
  const times = ["08:00", "09:15", "10:30", "11:45", "13:00", "14:15", "15:30"];
  const rows = [];
  outer: for (const date of workdays) {
    for (const time of times) {
      for (const [i, c] of counsellors.entries()) {
        if (rows.length >= BOOKED) break outer;
        const startsAt = new Date(berlinToIso(date, time)!);
        const endsAt = new Date(startsAt.getTime() + 3_600_000);
        rows.push({
          organizationId: org.id,
          childId: child.id,
          counsellorId: c.userId,
          kind: "INITIAL" as const,
          startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + 600_000),
          room: `Raum ${i + 1}`,
          idempotencyKey: `bench-${rows.length}`,
          requestFingerprint: "bench",
          bookedById: booker.id,
        });
      }
    }
  }
  await prisma.appointment.createMany({ data: rows });
  const cookie = `lotse_session=${(await createSession(prisma, booker.id, org.id, sessionSettings(config))).token}`;
  console.log(`${label}: ${COUNSELLORS} counsellors, ${rows.length} appointments from ${from} to ${to}, ready in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);

  const server = createServer(createApp({ config, logger, prisma }));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: Record<string, { __typename: string; data?: unknown[]; code?: string; field?: string }>; errors?: unknown };
  };

  try {
    for (const [what, counsellorId] of [
      ["one counsellor", gid("User", counsellors[0]!.membershipId)],
      ["any counsellor", null],
    ] as const) {
      const latencies: number[] = [];
      let slots = 0;
      for (let run = 0; run < SLOT_RUNS; run++) {
        const sent = performance.now();
        const json = await post(SLOTS, { c: counsellorId, f: from, t: to });
        latencies.push(performance.now() - sent);
        const answer = json.data?.availableSlots;
        if (!answer?.data) throw new Error(`availableSlots failed: ${JSON.stringify(json.errors ?? answer)}`);
        slots = answer.data.length;
      }
      latencies.sort((a, b) => a - b);
      console.log(`${label.padEnd(10)} availableSlots a month, ${what.padEnd(14)} ${String(slots).padStart(6)} slots   p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}   (${SLOT_RUNS} runs)`);
    }

    // Contention: BOOKERS requests at once for CONTENDED slots of one counsellor on a day without bookings.
    const target = counsellors[COUNSELLORS - 1]!;
    const day = workdays.at(-1)!;
    await prisma.appointment.deleteMany({ where: { counsellorId: target.userId, startsAt: { gte: new Date(berlinToIso(day, "00:00")!) } } });
    const wanted = times.slice(0, Math.min(CONTENDED, times.length)).map((time) => new Date(berlinToIso(day, time)!));
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: BOOKERS }, async (_, i) => {
        const json = await post(BOOK, {
          input: { childId: gid("Child", child.id), counsellorId: gid("User", target.membershipId), kind: "INITIAL", startsAt: wanted[i % wanted.length]!.toISOString(), idempotencyKey: `contention-${i}` },
        });
        return json.data?.bookAppointment ?? { __typename: "failed", code: JSON.stringify(json.errors) };
      }),
    );
    const wall = performance.now() - started;
    const booked = answers.filter((a) => a.__typename === "MutationBookAppointmentSuccess").length;
    const refused = answers.filter((a) => a.code === "CONFLICT").length;
    const distinct = new Set(wanted.map((d) => d.getTime())).size;
    console.log(
      `${label.padEnd(10)} ${BOOKERS} bookings at once for ${distinct} slots: ${wall.toFixed(0)} ms, ${((BOOKERS / wall) * 1000).toFixed(0)} answers/s, ` +
        `${booked} booked, ${refused} refused (CONFLICT), ${BOOKERS - booked - refused} other`,
    );
    const stored = await prisma.appointment.findMany({ where: { counsellorId: target.userId, status: "BOOKED", startsAt: { gte: new Date(berlinToIso(day, "00:00")!) } }, orderBy: { startsAt: "asc" } });
    const problems: string[] = [];
    if (booked !== distinct || stored.length !== distinct) problems.push(`${booked} answered booked, ${stored.length} stored, for ${distinct} slots`);
    if (booked + refused !== BOOKERS) problems.push(`${BOOKERS - booked - refused} answers neither booked nor CONFLICT`);
    for (let i = 1; i < stored.length; i++) if (stored[i]!.startsAt < stored[i - 1]!.blockedUntil) problems.push("two appointments of the counsellor overlap");
    if (problems.length) throw new InvariantBroken(`${label}: ${problems.join("; ")}`);
    console.log(`${label.padEnd(10)} invariant held: one appointment per slot, none overlapping`);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await db.close();
  }
}

console.log(`Appointments benchmark: availableSlots for a month (${COUNSELLORS} counsellors, ${BOOKED} booked), then ${BOOKERS} simultaneous bookings for ${CONTENDED} slots`);
await onPgliteAndPostgres("lotse_bench_appointments", benchDatabase);

// `npm run bench`: the donations area at size, on in-memory PGlite and (when
// reachable) on a throwaway PostgreSQL database.
// 1. Receipts: 1,000 named donors with an accepted donation each, issued in one
//    batch (issueReceiptsForYear through the API): receipts per second; then
//    every receipt's PDF rendered (ms per PDF, bytes per PDF) and the year's ZIP.
// 2. Inventory: 100,000 goods items; the coordinator's list (goodsInventory,
//    first 50, newest first; and with a text search) through the whole HTTP
//    stack: p50/p99 latency.
// Prints figures; asserts nothing about speed.
import { performance } from "node:perf_hooks";
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { createApp } from "../src/app.ts";
import { testConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/open.ts";
import { createLogger } from "../src/logger.ts";
import { sessionSettings } from "../src/modules/identity/auth.service.ts";
import { createSession } from "../src/modules/identity/sessions.ts";
import { throwawayDatabaseOrNull } from "../src/testing/throwaway-postgres.ts";

const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 1000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const LIST_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const DATABASES = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");
const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const uuid = () => crypto.randomUUID();

async function bench(label: string, databaseUrl: string) {
  const config = testConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: "1", ALLOW_ARBITRARY_OPERATIONS: "1" });
  const logger = createLogger("silent");
  const db = await openDatabase(config, logger);
  const prisma = db.prisma;
  const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } });
  const { token } = await createSession(prisma, coordinator.id, org.id, sessionSettings(config));
  const app = createApp({ config, logger, prisma });
  const cookie = `lotse_session=${token}`;
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await app.fetch(new Request("http://lotse.bench/graphql", { method: "POST", headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie }, body: JSON.stringify({ query, variables }) }));
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };

  // 1. Receipts
  const today = berlinToday();
  const year = Number(today.slice(0, 4));
  const donors = Array.from({ length: RECEIPTS }, (_, i) => ({ id: uuid(), organizationId: org.id, kind: "PERSON" as const, name: `Spenderin ${i + 1}`, sortName: `spenderin ${i + 1}`, address: `Gartenstraße ${i + 1}\n26122 Oldenburg` }));
  await prisma.donor.createMany({ data: donors });
  await prisma.donation.createMany({
    data: donors.map((d, i) => ({
      organizationId: org.id, donorId: d.id, kind: "MONEY" as const, amountCents: 1_000 + i, receivedOn: parseIsoDate(today), budgetYear: year, method: "TRANSFER" as const,
      body: "HEAD_OF_ADMINISTRATION" as const, donorYearTotalCents: 1_000 + i, status: "ACCEPTED" as const, decidedOn: parseIsoDate(today), decisionReference: "Bench", decidedById: coordinator.id, recordedById: coordinator.id,
    })),
  });
  const started = performance.now();
  const batch = (await gql(`mutation BenchYear($year: Int!) { issueReceiptsForYear(year: $year) { ... on MutationIssueReceiptsForYearSuccess { data { total done } } ... on Error { code message } } }`, { year })) as {
    issueReceiptsForYear: { data: { total: number; done: number } };
  };
  const seconds = (performance.now() - started) / 1000;
  const done = batch.issueReceiptsForYear.data.done;
  console.log(`${label}: ${done} receipts issued in one batch in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} receipts/s`);
  const receipts = await prisma.donationReceipt.findMany({ where: { organizationId: org.id, year }, select: { id: true }, take: 200 });
  let bytes = 0;
  const pdfStarted = performance.now();
  for (const r of receipts) {
    const res = await app.fetch(new Request(`http://lotse.bench/receipts/${r.id}.pdf`, { headers: { cookie } }));
    bytes += (await res.arrayBuffer()).byteLength;
  }
  const pdfMs = (performance.now() - pdfStarted) / receipts.length;
  console.log(`${label}: receipt PDF ${(bytes / receipts.length / 1024).toFixed(1)} KiB each, ${pdfMs.toFixed(1)} ms per download (${receipts.length} downloaded)`);
  const zipStarted = performance.now();
  const zip = await app.fetch(new Request(`http://lotse.bench/receipts/${year}.zip`, { headers: { cookie } }));
  const zipBytes = (await zip.arrayBuffer()).byteLength;
  console.log(`${label}: the year's ZIP (${done} PDFs) ${(zipBytes / 1024 / 1024).toFixed(1)} MiB in ${((performance.now() - zipStarted) / 1000).toFixed(1)} s`);

  // 2. Inventory
  const donationId = uuid();
  const donor = donors[0]!;
  await prisma.donation.create({ data: { id: donationId, organizationId: org.id, donorId: donor.id, kind: "GOODS", amountCents: 100, receivedOn: parseIsoDate(today), budgetYear: year, body: "COUNCIL", donorYearTotalCents: 100, recordedById: coordinator.id } });
  const categories = await prisma.goodsCategory.findMany({ where: { organizationId: org.id } });
  const words = ["Winterjacke", "Kinderfahrrad", "Wasserkocher", "Schulranzen", "Puzzle", "Topfset", "Kinderschreibtisch", "Gummistiefel"];
  const loadStarted = performance.now();
  for (let offset = 0; offset < ITEMS; offset += 5_000) {
    const n = Math.min(5_000, ITEMS - offset);
    await prisma.goodsItem.createMany({
      data: Array.from({ length: n }, (_, k) => {
        const i = offset + k;
        return {
          organizationId: org.id, donationId, categoryId: categories[i % categories.length]!.id, description: `${words[i % words.length]} Nr. ${i}`, quantity: 3, condition: "GOOD" as const,
          valuePerItemCents: 500 + (i % 100), valuationBasis: "MARKET_ESTIMATE" as const, storageLocation: `Regal ${String.fromCharCode(65 + (i % 6))}${i % 20}`, available: 3, createdAt: new Date(Date.now() - i * 1000),
        };
      }),
    });
  }
  console.log(`${label}: ${ITEMS} goods items loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  const list = `query BenchInventory($filter: GoodsInventoryFilter, $after: String) { goodsInventory(filter: $filter, first: 50, after: $after) { edges { cursor node { id description quantity available reserved storageLocation valuePerItemCents category { name } } } pageInfo { hasNextPage endCursor } } }`;
  for (const [name, filter] of [["first page", null], ["search 'fahrrad'", { search: "fahrrad" }], ["category + in stock", { categoryId: Buffer.from(`GoodsCategory:${categories[2]!.id}`).toString("base64"), inStock: true }]] as const) {
    for (let i = 0; i < 5; i++) await gql(list, { filter });
    const times: number[] = [];
    for (let i = 0; i < LIST_REQUESTS; i++) {
      const t0 = performance.now();
      await gql(list, { filter });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${label}: goodsInventory ${name} at ${ITEMS} items: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms (${LIST_REQUESTS} requests)`);
  }
  await db.close();
}

if (DATABASES.includes("pglite")) await bench("PGlite", "memory://");
if (DATABASES.includes("postgres")) {
  const pg = await throwawayDatabaseOrNull(PG_BASE, "lotse_bench_donations");
  if (pg) {
    try {
      await bench("PostgreSQL", pg.url);
    } finally {
      await pg.drop();
    }
  }
}

// `npm run bench` (last): batch proposals at size, no database. 2,000 waiting families ×
// 5,000 volunteers with 1–3 free places (made-up features, seeded, so every run scores the
// same pairs): scoring every pair (hard rules included) and the exact optimal assignment,
// wall and CPU time per run and memory before/after. Then the npm `munkres` package (the
// usual baseline) on the same scores as a dense matrix with one column per free place, its
// time and the ratio to our solver on the same scores, and whether both reach the same
// optimum; once more with places scarce (BENCH_SCARCE=0 skips it). Target: scoring + solving under 1 s on these 2-core machines. Prints figures;
// fails only when the two optima differ.
import munkres from "munkres";
import os from "node:os";
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import { proposeBatchAssignment } from "../src/modules/matching/assignment/batch-assignment.ts";
import { FORBIDDEN } from "../src/modules/matching/assignment/max-weight-assignment.ts";
import { randomMatchingData } from "../src/modules/matching/assignment/random-matching-data.ts";
import { createScorer } from "../src/modules/matching/assignment/scoring.ts";

const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 2000);
const VOLUNTEERS = Number(process.env.BENCH_MATCH_VOLUNTEERS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** munkres runs on the full size unless told a smaller one, e.g. BENCH_MUNKRES_SIZE=300x700. */
const [MUNKRES_FAMILIES, MUNKRES_VOLUNTEERS] = (process.env.BENCH_MUNKRES_SIZE ?? `${FAMILIES}x${VOLUNTEERS}`).split("x").map(Number) as [number, number];

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0).padStart(4)} MB`;
const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(" ");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = work();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

function memory() {
  const usage = process.memoryUsage();
  return { heap: v8.getHeapStatistics().used_heap_size, buffers: usage.arrayBuffers, rss: usage.rss, peakRss: process.resourceUsage().maxRSS * 1024 };
}

function setting(families: number, volunteers: number) {
  const data = randomMatchingData(families, volunteers, 1);
  return { data, capacity: data.volunteers.freePlaces };
}

// ---- ours: scoring and solving, several runs -----------------------------------------------

const { data, capacity } = setting(FAMILIES, VOLUNTEERS);
const places = capacity.reduce((sum, c) => sum + c, 0);
console.log(`batch proposal: ${FAMILIES} families × ${VOLUNTEERS} volunteers (${places} free places), ${RUNS} runs, load ${loadAverage()}`);
const walls: number[] = [];
const cpus: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  globalThis.gc?.();
  const before = memory();
  const scoring = timed(() => createScorer(data).scoreMatrix());
  const solving = timed(() => proposeBatchAssignment({ families: FAMILIES, volunteers: VOLUNTEERS, scores: scoring.value, volunteerCapacity: capacity }));
  const after = memory();
  let allowed = 0;
  for (const s of scoring.value) if (s !== FORBIDDEN) allowed++;
  walls.push(scoring.wall + solving.wall);
  cpus.push(scoring.cpu + solving.cpu);
  console.log(
    `  run ${run}: scoring ${ms(scoring.wall)} (cpu ${ms(scoring.cpu)}, ${(allowed / 1e6).toFixed(1)} M allowed pairs)` +
      `  solving ${ms(solving.wall)} (cpu ${ms(solving.cpu)})  total ${ms(scoring.wall + solving.wall)}` +
      `  | ${solving.value.pairs.length} pairs, ${solving.value.unassignedFamilies.length} unassigned, score ${solving.value.total}, ${solving.value.rounds} round(s)` +
      `  | heap ${mb(before.heap)} -> ${mb(after.heap)}, typed arrays ${mb(before.buffers)} -> ${mb(after.buffers)}, rss ${mb(after.rss)}, peak rss ${mb(after.peakRss)}`,
  );
}
console.log(`  median: ${ms(median(walls))} wall, ${ms(median(cpus))} cpu (target: under 1,000 ms)`);

// ---- munkres on the same scores ----------------------------------------------------------------

// One column per free place, zero columns so every family may stay unassigned, cost −score
// clipped at 0 (forbidden and worthless pairs are "no pair"); one slot per family.
function munkresOptimum(scores: Int32Array, families: number, volunteers: number, capacity: ArrayLike<number>) {
  const columns: number[] = [];
  for (let j = 0; j < volunteers; j++) for (let c = 0; c < capacity[j]!; c++) columns.push(j);
  const width = Math.max(columns.length, families);
  const costs = Array.from({ length: families }, (_, i) => {
    const row = new Float64Array(width);
    for (let c = 0; c < columns.length; c++) row[c] = -Math.max(scores[i * volunteers + columns[c]!]!, 0);
    return row;
  });
  const solved = timed(() => munkres(costs));
  return { total: solved.value.reduce((sum, [i, c]) => sum - costs[i]![c]!, 0), wall: solved.wall, cpu: solved.cpu, width };
}

// The same made-up organisation again (same seed) at munkres' size; then with places scarce
// (700 volunteers, about 1,300 places for 2,000 families), where paths get long for both.
function compare(families: number, volunteers: number, label: string) {
  const { data: compared, capacity: places } = setting(families, volunteers);
  const scores = createScorer(compared).scoreMatrix();
  const ours = timed(() => proposeBatchAssignment({ families, volunteers, scores, volunteerCapacity: places }));
  const baseline = munkresOptimum(scores, families, volunteers, places);
  console.log(
    `${label}: munkres 2.0.4 on ${families} × ${baseline.width} (a column per free place) ${ms(baseline.wall)} (cpu ${ms(baseline.cpu)});` +
      ` ours on the same scores ${ms(ours.wall)} (cpu ${ms(ours.cpu)}, ${ours.value.rounds} round(s)):` +
      ` munkres/ours ${(baseline.wall / ours.wall).toFixed(1)}× wall, ${(baseline.cpu / ours.cpu).toFixed(1)}× cpu`,
  );
  const same = baseline.total === ours.value.total;
  console.log(`  same optimum: ${same ? "yes" : "no"} (munkres ${baseline.total}, ours ${ours.value.total}, ${ours.value.pairs.length} pairs); load ${loadAverage()}`);
  if (!same) process.exitCode = 1;
}

compare(MUNKRES_FAMILIES, MUNKRES_VOLUNTEERS, "solver only");
if (process.env.BENCH_SCARCE !== "0") compare(MUNKRES_FAMILIES, Math.round(MUNKRES_VOLUNTEERS * 0.14), "places scarce");

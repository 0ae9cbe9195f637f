import munkres from "munkres";
import { describe, expect, it } from "vitest";
import { proposeBatchAssignment, type BatchInput, type BatchProposal, type PinProblem } from "./batch-assignment.ts";
import { FORBIDDEN } from "./max-weight-assignment.ts";
import { seededRandom } from "./seeded-random.ts";

type Pair = readonly [number, number];

interface Instance extends BatchInput {
  familySlots: Int32Array;
  volunteerCapacity: Int32Array;
  pinned: Pair[];
}

function randomInstance(random: () => number, n: number, m: number, options: { maxSlots: number; pins: number }): Instance {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  // Narrow score ranges make many ties; negative scores must never be chosen unless pinned.
  const [lo, hi] = random() < 0.3 ? [0, 3] : [-20, 100];
  const scores = new Int32Array(n * m);
  const forbidRate = random() * 0.5;
  for (let k = 0; k < n * m; k++) scores[k] = random() < forbidRate ? FORBIDDEN : int(lo, hi);
  const pinned: Pair[] = [];
  for (let p = 0; p < options.pins; p++) pinned.push([int(0, n - 1), int(0, m - 1)]);
  return {
    families: n,
    volunteers: m,
    scores,
    volunteerCapacity: Int32Array.from({ length: m }, () => int(0, 3)),
    familySlots: Int32Array.from({ length: n }, () => int(1, options.maxSlots)),
    pinned,
  };
}

// The pin rule written out again, on its own: pins in order, each needs an allowed pair, a
// free slot and a free place left by the pins before it.
function acceptPins(inst: Instance) {
  const slots = Int32Array.from(inst.familySlots);
  const places = Int32Array.from(inst.volunteerCapacity);
  const accepted: Pair[] = [];
  const refused: Array<{ family: number; volunteer: number; problem: PinProblem }> = [];
  for (const [family, volunteer] of inst.pinned) {
    let problem: PinProblem | null = null;
    if (accepted.some(([f, v]) => f === family && v === volunteer)) problem = "duplicate";
    else if (inst.scores[family * inst.volunteers + volunteer] === FORBIDDEN) problem = "forbidden";
    else if (slots[family] === 0) problem = "family-full";
    else if (places[volunteer] === 0) problem = "volunteer-full";
    if (problem) refused.push({ family, volunteer, problem });
    else { accepted.push([family, volunteer]); slots[family]--; places[volunteer]--; }
  }
  return { accepted, refused, slots, places };
}

// Every assignment: per family, every set of allowed, unpinned volunteers that fits its slots.
function bruteForceBest(inst: Instance): number {
  const { families: n, volunteers: m, scores } = inst;
  const { accepted, slots, places } = acceptPins(inst);
  let best = -Infinity;
  const visit = (i: number, sum: number) => {
    if (i === n) { best = Math.max(best, sum); return; }
    const options: number[] = [];
    for (let j = 0; j < m; j++) {
      if (scores[i * m + j] !== FORBIDDEN && !accepted.some(([f, v]) => f === i && v === j)) options.push(j);
    }
    const choose = (from: number, left: number, s: number) => {
      visit(i + 1, s);
      if (left === 0) return;
      for (let k = from; k < options.length; k++) {
        const j = options[k]!;
        if (places[j] === 0) continue;
        places[j]--;
        choose(k + 1, left - 1, s + scores[i * m + j]!);
        places[j]++;
      }
    };
    choose(0, slots[i]!, sum);
  };
  visit(0, accepted.reduce((sum, [f, v]) => sum + scores[f * m + v]!, 0));
  return best;
}

// What a user of the proposal relies on, whatever the optimum.
function expectValid(inst: Instance, result: BatchProposal) {
  const { families: n, volunteers: m, scores } = inst;
  const { accepted, refused } = acceptPins(inst);
  expect(result.infeasiblePins).toEqual(refused);
  const perFamily = new Int32Array(n);
  const perVolunteer = new Int32Array(m);
  const keys = new Set<number>();
  for (const pair of result.pairs) {
    const score = scores[pair.family * m + pair.volunteer]!;
    expect(score).not.toBe(FORBIDDEN);
    expect(pair.score).toBe(score);
    expect(pair.pinned).toBe(accepted.some(([f, v]) => f === pair.family && v === pair.volunteer));
    if (!pair.pinned) expect(score).toBeGreaterThan(0);
    expect(keys.has(pair.family * m + pair.volunteer)).toBe(false);
    keys.add(pair.family * m + pair.volunteer);
    perFamily[pair.family]++;
    perVolunteer[pair.volunteer]++;
  }
  for (const [f, v] of accepted) expect(keys.has(f * m + v)).toBe(true);
  for (let i = 0; i < n; i++) expect(perFamily[i]).toBeLessThanOrEqual(inst.familySlots[i]!);
  for (let j = 0; j < m; j++) expect(perVolunteer[j]).toBeLessThanOrEqual(inst.volunteerCapacity[j]!);
  expect(result.total).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
  expect(result.unassignedFamilies).toEqual([...Array(n).keys()].filter((i) => perFamily[i] === 0));
}

// The same problem for munkres (one slot per family): a column per free place of a volunteer,
// zero columns so every family can stay unassigned, and cost −score clipped at 0 (a pair worth
// nothing is the same as no pair).
function munkresBest(inst: Instance): number {
  const { families: n, volunteers: m, scores } = inst;
  const columns: number[] = [];
  for (let j = 0; j < m; j++) for (let c = 0; c < inst.volunteerCapacity[j]!; c++) columns.push(j);
  const width = Math.max(columns.length, n);
  const costs = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(width);
    columns.forEach((j, c) => { row[c] = -Math.max(scores[i * m + j]!, 0); });
    return row;
  });
  return munkres(costs).reduce((sum, [i, c]) => sum - costs[i]![c]!, 0);
}

describe("batch assignment", () => {
  it("finds the brute-force optimum on 1,000 small random instances (capacities, slots, forbidden and pinned pairs, ties)", () => {
    const random = seededRandom(11);
    let widened = 0;
    for (let round = 0; round < 1000; round++) {
      const twoSlots = round % 3 === 0;
      const n = 1 + Math.floor(random() * (twoSlots ? 4 : 6));
      const m = 1 + Math.floor(random() * 5);
      const inst = randomInstance(random, n, m, { maxSlots: twoSlots ? 2 : 1, pins: Math.floor(random() * 4) });
      const best = bruteForceBest(inst);
      // One or two candidates per family make the solver widen them and solve again.
      for (const candidatesPerFamily of [1, 2, undefined]) {
        const result = proposeBatchAssignment({ ...inst, candidatesPerFamily });
        expectValid(inst, result);
        expect({ round, candidatesPerFamily, total: result.total }).toEqual({ round, candidatesPerFamily, total: best });
        if (result.rounds > 1) widened++;
      }
    }
    expect(widened).toBeGreaterThan(100);
  });

  it("reaches munkres' optimum on larger instances, plentiful and scarce places", () => {
    const random = seededRandom(7);
    for (const [n, m, rounds] of [[60, 40, 30], [100, 300, 5], [300, 60, 5], [400, 400, 2]] as const) {
      for (let round = 0; round < rounds; round++) {
        const inst = randomInstance(random, n, m, { maxSlots: 1, pins: 0 });
        const best = munkresBest(inst);
        for (const candidatesPerFamily of [2, undefined]) {
          const result = proposeBatchAssignment({ ...inst, candidatesPerFamily });
          expectValid(inst, result);
          expect({ n, m, round, candidatesPerFamily, total: result.total }).toEqual({ n, m, round, candidatesPerFamily, total: best });
        }
      }
    }
  });

  it("assigns nobody when no pair is allowed or none is worth anything", () => {
    const none = proposeBatchAssignment({ families: 3, volunteers: 2, scores: new Int32Array(6).fill(FORBIDDEN), volunteerCapacity: [3, 3] });
    expect(none).toEqual({ pairs: [], total: 0, unassignedFamilies: [0, 1, 2], infeasiblePins: [], rounds: 1 });
    const worthless = proposeBatchAssignment({ families: 2, volunteers: 2, scores: Int32Array.of(0, -5, -1, 0), volunteerCapacity: [1, 1] });
    expect(worthless.pairs).toEqual([]);
    expect(worthless.unassignedFamilies).toEqual([0, 1]);
    expect(proposeBatchAssignment({ families: 0, volunteers: 0, scores: new Int32Array(0), volunteerCapacity: [] }).pairs).toEqual([]);
    expect(proposeBatchAssignment({ families: 2, volunteers: 0, scores: new Int32Array(0), volunteerCapacity: [] }).unassignedFamilies).toEqual([0, 1]);
  });

  it("keeps feasible pins even against the optimum and says why the others cannot be kept", () => {
    // Volunteer 0 has one place; family 1's pin comes second and loses it.
    const result = proposeBatchAssignment({
      families: 3,
      volunteers: 2,
      scores: Int32Array.of(
        10, 500,
        90, FORBIDDEN,
        -3, 40,
      ),
      volunteerCapacity: [1, 2],
      pinned: [[0, 0], [1, 0], [1, 1], [2, 1], [2, 1], [5, 0], [0, 9]],
    });
    expect(result.infeasiblePins).toEqual([
      { family: 1, volunteer: 0, problem: "volunteer-full" },
      { family: 1, volunteer: 1, problem: "forbidden" },
      { family: 2, volunteer: 1, problem: "duplicate" },
      { family: 5, volunteer: 0, problem: "unknown-family" },
      { family: 0, volunteer: 9, problem: "unknown-volunteer" },
    ]);
    expect(result.pairs).toEqual([
      { family: 0, volunteer: 0, score: 10, pinned: true },
      { family: 2, volunteer: 1, score: 40, pinned: true },
    ]);
    expect(result.unassignedFamilies).toEqual([1]);
    // A pinned pair with a negative score is kept; the family's second slot is filled optimally.
    const twoSlots = proposeBatchAssignment({
      families: 1, volunteers: 3, scores: Int32Array.of(-3, 5, 8), volunteerCapacity: [1, 1, 1], familySlots: 2, pinned: [[0, 0], [0, 2], [0, 1]],
    });
    expect(twoSlots.pairs.map((p) => [p.volunteer, p.pinned])).toEqual([[0, true], [2, true]]);
    expect(twoSlots.infeasiblePins).toEqual([{ family: 0, volunteer: 1, problem: "family-full" }]);
  });

  it("gives the same answer for the same input, ties included", () => {
    const random = seededRandom(3);
    const inst = randomInstance(random, 80, 50, { maxSlots: 2, pins: 5 });
    inst.scores.fill(7); // every pair ties
    const first = proposeBatchAssignment(inst);
    expect(proposeBatchAssignment(inst)).toEqual(first);
    expect(first.total).toBe(7 * first.pairs.length);
    // Among equal pairs the lower volunteer index is taken first.
    const tied = proposeBatchAssignment({ families: 2, volunteers: 3, scores: new Int32Array(6).fill(5), volunteerCapacity: [1, 1, 1] });
    expect(tied.pairs.map((p) => [p.family, p.volunteer])).toEqual([[0, 0], [1, 1]]);
  });
});

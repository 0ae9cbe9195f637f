// The exact solver behind batch proposals: which volunteer goes to which family so that the
// sum of the pairs' scores is as large as possible.
//
// Why our own and not an npm package (checked 2026-11-30): `munkres` 2.0.4 (the fastest, and
// the baseline in bench/assignment.bench.ts) and `linear-sum-assignment` solve the plain
// rectangular problem only: every row assigned, one column each. Capacities then need a
// column per free place (≈ 10,000 columns for 5,000 volunteers), "leave a family unassigned"
// needs dummy columns, and a family with two slots could get the same volunteer twice.
// `min-cost-flow` 2.1.0 builds an object per edge (10 million edges here) and `highs` (LP) is
// about 50× slower. Nothing maintained takes capacities on both sides with optional assignment.
//
// The model is a min-cost flow: source → family (its free slots) → volunteer (one unit per
// allowed pair, cost −score) → sink (the volunteer's free places), plus one edge per family
// straight to the sink at cost 0: "this slot stays empty". Every slot must send its unit, so a
// pair is only used when its score beats leaving the slot empty (score > 0), and the optimum
// is the maximum total score. It is solved by successive shortest augmenting paths with
// potentials (Dijkstra on reduced costs ≥ 0; Hungarian / Jonker–Volgenant style): one path per
// family slot, families added one at a time, the flow after each one optimal for the families
// added so far. Volunteer capacities are counts on the volunteer node, not copied columns: a
// full volunteer leads the search on to the families it holds (reverse edges).
//
// Time: one dense O(m) pass per family the search reaches, so O(k·n·m) for n family slots,
// m volunteers and k families reached per path (1–3 when places are plentiful; n in the worst
// case). Memory: O(n + m) besides the score matrix, all typed arrays.

/** A pair no hard rule allows or the coordinator excluded. Never used. */
export const FORBIDDEN = -0x80000000;

export interface AssignmentProblem {
  families: number;
  volunteers: number;
  /** families × volunteers, row-major: whole points × 100 (integers, so equal sums are exactly
   *  equal); FORBIDDEN for pairs that may not be used. Pairs with score ≤ 0 are never chosen. */
  scores: Int32Array;
  /** Free places per volunteer. */
  capacity: ArrayLike<number>;
  /** Free slots per family (how many volunteers it may still get). */
  familySlots: ArrayLike<number>;
  /** Pairs that must not be chosen again (pinned pairs already fixed by the caller). */
  excluded?: ReadonlyArray<readonly [family: number, volunteer: number]>;
}

export interface AssignmentSolution {
  /** Chosen pairs as [family, volunteer], ordered by family, then volunteer. */
  pairs: Array<[family: number, volunteer: number]>;
  total: number;
}

export function solveMaxWeightAssignment(problem: AssignmentProblem): AssignmentSolution {
  const { families: n, volunteers: m, scores, capacity, familySlots } = problem;
  if (scores.length !== n * m) throw new RangeError(`scores has ${scores.length} entries, expected ${n} × ${m}`);

  // Who holds whom, both ways, in fixed-size slot blocks (capacity and slots are small).
  const volStart = prefixSums(capacity, m);
  const volHolds = new Int32Array(volStart[m]!);
  const volCount = new Int32Array(m);
  const famStart = prefixSums(familySlots, n);
  const famHolds = new Int32Array(famStart[n]!);
  const famCount = new Int32Array(n);

  // Pinned pairs, per family, so a family with two slots cannot get its pinned volunteer again.
  const excludedBy = new Map<number, number[]>();
  for (const [i, j] of problem.excluded ?? []) excludedBy.set(i, [...(excludedBy.get(i) ?? []), j]);

  // Potentials: reduced cost of an edge x→y is cost + π(x) − π(y) ≥ 0; π(sink) stays 0.
  const famPot = new Float64Array(n);
  const volPot = new Float64Array(m);

  // Per search; reset in O(m) per path, which the first row scan costs anyway.
  const volDist = new Float64Array(m);
  const volDone = new Uint8Array(m);
  const volFrom = new Int32Array(m); // family the best path to this volunteer came from
  const doneVols = new Int32Array(m);
  const famDist = new Float64Array(n).fill(Infinity);
  const famState = new Uint8Array(n); // 0 not reached, 1 reached, 2 settled
  const famFrom = new Int32Array(n); // volunteer whose pair the path takes back
  const reachedFams: number[] = [];
  const blocked = new Uint8Array(m);

  const addPair = (i: number, j: number) => {
    volHolds[volStart[j]! + volCount[j]!++] = i;
    famHolds[famStart[i]! + famCount[i]!++] = j;
  };
  const removeFrom = (holds: Int32Array, start: number, count: Int32Array, owner: number, x: number) => {
    const last = start + --count[owner]!;
    for (let k = start; k <= last; k++) if (holds[k] === x) { holds[k] = holds[last]!; break; }
  };
  const removePair = (i: number, j: number) => {
    removeFrom(volHolds, volStart[j]!, volCount, j, i);
    removeFrom(famHolds, famStart[i]!, famCount, i, j);
  };

  // Nearest unsettled volunteer, and the next one: settling the nearest leaves the next one the
  // nearest (volunteers' distances change only when a family is scanned), which saves a pass.
  let volMin = Infinity;
  let volArg = -1;
  let volNext = Infinity;
  let volNextArg = -1;
  let volMinStale = true;

  // Settled family i at distance d: relax its forward edges and, in the same pass, find the two
  // nearest unsettled volunteers.
  const scanFamily = (i: number, d: number) => {
    const held = famHolds.subarray(famStart[i]!, famStart[i]! + famCount[i]!);
    const pinned = excludedBy.get(i);
    // Pairs the family already has are not forward edges. Usually there is nothing to skip: a
    // one-slot family reached through its volunteer has that volunteer settled already.
    let blocking = pinned !== undefined;
    for (const j of held) if (!volDone[j]) blocking = true;
    if (blocking) {
      for (const j of held) blocked[j] = 1;
      if (pinned) for (const j of pinned) blocked[j] = 1;
    }
    const row = i * m;
    const base = d + famPot[i]!;
    let best = Infinity, arg = -1, next = Infinity, nextArg = -1;
    for (let j = 0; j < m; j++) {
      if (volDone[j]) continue;
      const s = scores[row + j]!;
      let dj = volDist[j]!;
      if (s > 0 && !(blocking && blocked[j])) {
        const nd = base - s - volPot[j]!;
        if (nd < dj) { dj = nd; volDist[j] = nd; volFrom[j] = i; }
      }
      if (dj < next) {
        if (dj < best) { next = best; nextArg = arg; best = dj; arg = j; }
        else { next = dj; nextArg = j; }
      }
    }
    if (blocking) {
      for (const j of held) blocked[j] = 0;
      if (pinned) for (const j of pinned) blocked[j] = 0;
    }
    volMin = best; volArg = arg; volNext = next; volNextArg = nextArg; volMinStale = false;
  };

  const nearestVolunteer = () => {
    let best = Infinity;
    let arg = -1;
    for (let j = 0; j < m; j++) if (!volDone[j] && volDist[j]! < best) { best = volDist[j]!; arg = j; }
    volMin = best; volArg = arg; volNext = Infinity; volNextArg = -1; volMinStale = false;
  };

  const settledNearestVolunteer = () => {
    if (volNextArg >= 0) { volMin = volNext; volArg = volNextArg; volNextArg = -1; volNext = Infinity; }
    else volMinStale = true;
  };

  // Route one more unit from family s to the sink along a shortest path. Returns false when
  // the path was "leave this slot empty" right at s (then s's further slots stay empty too:
  // successive path costs from one source never decrease).
  const augment = (s: number, fresh: boolean): boolean => {
    // A family not yet in the flow has no incoming edges, so its potential is free: 0 makes
    // its own edges' reduced costs possibly negative, which Dijkstra tolerates at the source.
    if (fresh) famPot[s] = 0;
    volDist.fill(Infinity);
    volDone.fill(0);
    let doneCount = 0;
    let sinkDist = famPot[s]!; // the empty-slot edge of s
    let endVol = -1;
    let endFam = s;
    famDist[s] = 0; famState[s] = 2; reachedFams.push(s);
    let lastDist = 0;
    scanFamily(s, 0);
    let pendingCount = 0;

    for (;;) {
      // Nearest reached-but-unsettled family (few: only families held by settled volunteers).
      let famMin = Infinity;
      let famArg = -1;
      if (pendingCount > 0) {
        for (const f of reachedFams) if (famState[f] === 1 && famDist[f]! < famMin) { famMin = famDist[f]!; famArg = f; }
      }
      // Dijkstra settles in non-decreasing distance: a family at the last settled distance is
      // the minimum without rescanning the volunteers.
      if (volMinStale && !(famArg >= 0 && famMin <= lastDist)) nearestVolunteer();
      if (famArg >= 0 && famMin <= volMin) {
        if (famMin >= sinkDist) break;
        famState[famArg] = 2; pendingCount--; lastDist = famMin;
        const viaEmpty = famMin + famPot[famArg]!;
        if (viaEmpty < sinkDist) { sinkDist = viaEmpty; endVol = -1; endFam = famArg; }
        scanFamily(famArg, famMin);
      } else {
        if (volArg < 0 || volMin >= sinkDist) break;
        const j = volArg;
        const d = volMin;
        volDone[j] = 1; doneVols[doneCount++] = j; settledNearestVolunteer(); lastDist = d;
        if (volCount[j]! < capacity[j]!) {
          const viaFree = d + volPot[j]!;
          if (viaFree < sinkDist) { sinkDist = viaFree; endVol = j; }
        }
        // Reverse edges: take one of j's families off j and route that family elsewhere.
        for (let k = volStart[j]!, end = k + volCount[j]!; k < end; k++) {
          const f = volHolds[k]!;
          if (famState[f] === 2) continue;
          const nd = d + scores[f * m + j]! + volPot[j]! - famPot[f]!;
          if (nd < famDist[f]!) {
            if (famState[f] === 0) { famState[f] = 1; reachedFams.push(f); pendingCount++; }
            famDist[f] = nd; famFrom[f] = j;
          }
        }
      }
    }

    // New potentials keep every residual reduced cost ≥ 0: settled nodes move by dist − sinkDist.
    for (let k = 0; k < doneCount; k++) { const j = doneVols[k]!; volPot[j] = volPot[j]! + volDist[j]! - sinkDist; }
    for (const f of reachedFams) {
      if (famState[f] === 2) famPot[f] = famPot[f]! + famDist[f]! - sinkDist;
      famState[f] = 0; famDist[f] = Infinity;
    }
    reachedFams.length = 0;

    // Flip the path, walking back from its end. Each family on it gives up one pair before it
    // takes the next, so no slot block ever overflows.
    let j: number;
    if (endVol >= 0) j = endVol;
    else {
      if (endFam === s) return false;
      j = famFrom[endFam]!;
      removePair(endFam, j);
    }
    for (;;) {
      const i = volFrom[j]!;
      if (i === s) { addPair(i, j); return true; }
      const previous = famFrom[i]!;
      removePair(i, previous);
      addPair(i, j);
      j = previous;
    }
  };

  for (let s = 0; s < n; s++) {
    for (let slot = 0; slot < familySlots[s]!; slot++) if (!augment(s, slot === 0)) break;
  }

  const pairs: Array<[number, number]> = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const held = Array.from(famHolds.subarray(famStart[i]!, famStart[i]! + famCount[i]!)).sort((a, b) => a - b);
    for (const j of held) { pairs.push([i, j]); total += scores[i * m + j]!; }
  }
  return { pairs, total };
}

function prefixSums(sizes: ArrayLike<number>, count: number): Int32Array {
  const start = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const size = sizes[k]!;
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`capacity ${size} at ${k} is not a count`);
    start[k + 1] = start[k]! + size;
  }
  return start;
}

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
// Dense rows are what makes this slow (every family reached costs a pass over all 5,000
// volunteers), so the paths run on candidate edges only: each family's best few volunteers.
// The result is then checked against every allowed pair with the potentials (LP duality): if
// no pair outside the candidates has a negative reduced cost, the flow is optimal for the full
// problem; pairs that do are added and it is solved again. So the answer is exact whatever the
// number of candidates; the number only decides how often that happens (rarely at 32).
//
// Time: per round O(n·m) to pick candidates and check, plus O(k·K·log) per path (k families
// reached, K candidates each). Memory: O(n·K + m) besides the score matrix, all typed arrays.

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
  /** How often the flow was solved (1 = the first candidates held the optimum). */
  rounds: number;
}

export const DEFAULT_CANDIDATES = 32;

export function solveMaxWeightAssignment(problem: AssignmentProblem, candidatesPerFamily = DEFAULT_CANDIDATES): AssignmentSolution {
  const { families: n, volunteers: m, scores, familySlots } = problem;
  if (scores.length !== n * m) throw new RangeError(`scores has ${scores.length} entries, expected ${n} × ${m}`);
  const excludedBy = new Map<number, number[]>();
  for (const [i, j] of problem.excluded ?? []) excludedBy.set(i, [...(excludedBy.get(i) ?? []), j]);
  const blocked = new Uint8Array(m);
  const withBlocked = <T>(i: number, extra: ArrayLike<number>, work: () => T): T => {
    const pinned = excludedBy.get(i) ?? [];
    for (const j of pinned) blocked[j] = 1;
    for (let k = 0; k < extra.length; k++) blocked[extra[k]!] = 1;
    const result = work();
    for (const j of pinned) blocked[j] = 0;
    for (let k = 0; k < extra.length; k++) blocked[extra[k]!] = 0;
    return result;
  };

  const candidates = Array.from({ length: n }, (_, i) =>
    familySlots[i]! > 0 ? withBlocked(i, [], () => bestVolunteers(scores, i, m, candidatesPerFamily, blocked)) : new Int32Array(0),
  );
  for (let rounds = 1; ; rounds++) {
    const flow = solveOnCandidates(problem, candidates);
    // Optimal for all pairs iff no allowed, unused, unpinned pair has a negative reduced cost
    // (−score + π(family) − π(volunteer) < 0): such a pair would start a cheaper cycle.
    let missing = 0;
    const volPot = flow.volPot;
    for (let i = 0; i < n; i++) {
      if (familySlots[i]! === 0) continue;
      const added: number[] = [];
      withBlocked(i, flow.holdsOf(i), () => {
        const row = i * m;
        const famPot = flow.famPot[i]!;
        for (let j = 0; j < m; j++) {
          const s = scores[row + j]!;
          if (s > 0 && famPot - volPot[j]! < s && !blocked[j]) {
            if (candidates[i]!.includes(j)) throw new Error(`potentials broken at family ${i}, volunteer ${j}`);
            added.push(j);
          }
        }
      });
      if (added.length > 0) { candidates[i] = Int32Array.from([...candidates[i]!, ...added]); missing += added.length; }
    }
    if (missing === 0) return { ...flow.solution(), rounds };
  }
}

/** Up to `count` volunteers with the highest positive scores for family i (lower index first on
 *  ties), skipping blocked ones; a small min-heap, so most of the row costs one comparison. */
function bestVolunteers(scores: Int32Array, i: number, m: number, count: number, blocked: Uint8Array): Int32Array {
  const heapScore = new Int32Array(count);
  const heapVol = new Int32Array(count);
  let size = 0;
  const row = i * m;
  // Heap order: lower score first; on equal scores the higher index first (it goes first).
  const below = (a: number, b: number) => heapScore[a]! < heapScore[b]! || (heapScore[a] === heapScore[b] && heapVol[a]! > heapVol[b]!);
  const swap = (a: number, b: number) => {
    [heapScore[a], heapScore[b]] = [heapScore[b]!, heapScore[a]!];
    [heapVol[a], heapVol[b]] = [heapVol[b]!, heapVol[a]!];
  };
  let floor = 0; // a score must beat this to get in: 0 until the heap is full, then its least
  for (let j = 0; j < m; j++) {
    const s = scores[row + j]!;
    if (s <= floor || blocked[j]) continue;
    if (size < count) {
      heapScore[size] = s; heapVol[size] = j;
      for (let k = size++; k > 0 && below(k, (k - 1) >> 1); k = (k - 1) >> 1) swap(k, (k - 1) >> 1);
    } else {
      heapScore[0] = s; heapVol[0] = j;
      for (let k = 0; ;) {
        const l = 2 * k + 1, r = l + 1;
        let least = k;
        if (l < size && below(l, least)) least = l;
        if (r < size && below(r, least)) least = r;
        if (least === k) break;
        swap(k, least); k = least;
      }
    }
    if (size === count) floor = heapScore[0]!;
  }
  return heapVol.slice(0, size).sort();
}

/** Successive shortest paths over the candidate edges only. */
function solveOnCandidates(problem: AssignmentProblem, candidates: Int32Array[]) {
  const { families: n, volunteers: m, scores, capacity, familySlots } = problem;

  // Who holds whom, both ways, in fixed-size slot blocks (capacity and slots are small).
  const volStart = prefixSums(capacity, m);
  const volHolds = new Int32Array(volStart[m]!);
  const volCount = new Int32Array(m);
  const famStart = prefixSums(familySlots, n);
  const famHolds = new Int32Array(famStart[n]!);
  const famCount = new Int32Array(n);
  const holdsOf = (i: number) => famHolds.subarray(famStart[i]!, famStart[i]! + famCount[i]!);
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

  // Potentials: reduced cost of an edge x→y is cost + π(x) − π(y) ≥ 0; π(sink) stays 0.
  const famPot = new Float64Array(n);
  const volPot = new Float64Array(m);

  // One index space for the search: volunteers 0…m−1, families m…m+n−1.
  const dist = new Float64Array(m + n).fill(Infinity);
  const settled = new Uint8Array(m + n);
  const from = new Int32Array(m + n); // volunteer ← family of a forward edge; family ← volunteer of a reverse edge
  const touched: number[] = [];
  const heap = new MinHeap();

  // Route one more unit from family s to the sink along a shortest path. Returns false when
  // the path was "leave this slot empty" right at s (then s's further slots stay empty too:
  // successive path costs from one source never decrease).
  const augment = (s: number, fresh: boolean): boolean => {
    // A family not yet in the flow has no incoming edges, so its potential is free: 0 makes
    // its own edges' reduced costs possibly negative, which Dijkstra tolerates at the source.
    if (fresh) famPot[s] = 0;
    let sinkDist = famPot[s]!; // the empty-slot edge of s
    let endVol = -1;
    let endFam = s;
    const reach = (x: number, d: number, via: number) => {
      if (d < dist[x]!) {
        if (dist[x] === Infinity) touched.push(x);
        dist[x] = d; from[x] = via; heap.push(d, x);
      }
    };
    reach(m + s, 0, -1);
    while (heap.size > 0) {
      const d = heap.topKey();
      const x = heap.pop();
      if (settled[x] || d > dist[x]!) continue;
      if (d >= sinkDist && x !== m + s) break; // s itself is always expanded
      settled[x] = 1;
      if (x < m) {
        const j = x;
        if (volCount[j]! < capacity[j]!) {
          const viaFree = d + volPot[j]!;
          if (viaFree < sinkDist) { sinkDist = viaFree; endVol = j; }
        }
        // Reverse edges: take one of j's families off j and route that family elsewhere.
        for (let k = volStart[j]!, end = k + volCount[j]!; k < end; k++) {
          const f = volHolds[k]!;
          if (!settled[m + f]) reach(m + f, d + scores[f * m + j]! + volPot[j]! - famPot[f]!, j);
        }
      } else {
        const i = x - m;
        if (i !== s) {
          const viaEmpty = d + famPot[i]!;
          if (viaEmpty < sinkDist) { sinkDist = viaEmpty; endVol = -1; endFam = i; }
        }
        const held = holdsOf(i);
        const base = d + famPot[i]!;
        for (const j of candidates[i]!) {
          if (settled[j] || held.includes(j)) continue;
          reach(j, base - scores[i * m + j]! - volPot[j]!, i);
        }
      }
    }
    heap.clear();

    // New potentials keep every residual reduced cost ≥ 0: settled nodes move by dist − sinkDist.
    for (const x of touched) {
      if (settled[x]) {
        if (x < m) volPot[x] = volPot[x]! + dist[x]! - sinkDist;
        else famPot[x - m] = famPot[x - m]! + dist[x]! - sinkDist;
      }
    }
    for (const x of touched) { dist[x] = Infinity; settled[x] = 0; }
    touched.length = 0;

    // Flip the path, walking back from its end. Each family on it gives up one pair before it
    // takes the next, so no slot block ever overflows.
    let j: number;
    if (endVol >= 0) j = endVol;
    else {
      if (endFam === s) return false;
      j = from[m + endFam]!;
      removePair(endFam, j);
    }
    for (;;) {
      const i = from[j]!;
      if (i === s) { addPair(i, j); return true; }
      const previous = from[m + i]!;
      removePair(i, previous);
      addPair(i, j);
      j = previous;
    }
  };

  for (let s = 0; s < n; s++) {
    for (let slot = 0; slot < familySlots[s]!; slot++) if (!augment(s, slot === 0)) break;
  }

  return {
    famPot,
    volPot,
    holdsOf,
    solution() {
      const pairs: Array<[number, number]> = [];
      let total = 0;
      for (let i = 0; i < n; i++) {
        for (const j of Array.from(holdsOf(i)).sort((a, b) => a - b)) { pairs.push([i, j]); total += scores[i * m + j]!; }
      }
      return { pairs, total };
    },
  };
}

/** Binary min-heap of (distance, node), typed arrays; stale entries are skipped by the caller.
 *  Equal distances come out lower node first, so ties go the same way every run. */
class MinHeap {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  size = 0;
  clear() { this.size = 0; }
  topKey() { return this.keys[0]!; }
  push(key: number, node: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2); keys.set(this.keys); this.keys = keys;
      const nodes = new Int32Array(this.size * 2); nodes.set(this.nodes); this.nodes = nodes;
    }
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (this.keys[parent]! < key || (this.keys[parent] === key && this.nodes[parent]! < node)) break;
      this.keys[k] = this.keys[parent]!; this.nodes[k] = this.nodes[parent]!; k = parent;
    }
    this.keys[k] = key; this.nodes[k] = node;
  }
  private before(a: number, b: number) {
    return this.keys[a]! < this.keys[b]! || (this.keys[a] === this.keys[b] && this.nodes[a]! < this.nodes[b]!);
  }
  pop(): number {
    const top = this.nodes[0]!;
    const key = this.keys[--this.size]!;
    const node = this.nodes[this.size]!;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.before(child + 1, child)) child++;
      if (this.keys[child]! > key || (this.keys[child] === key && this.nodes[child]! > node)) break;
      this.keys[k] = this.keys[child]!; this.nodes[k] = this.nodes[child]!; k = child;
    }
    this.keys[k] = key; this.nodes[k] = node;
    return top;
  }
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

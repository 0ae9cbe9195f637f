// A batch proposal as the coordinator asks for it: the optimal assignment around the pairs
// they pinned. Families and volunteers are indices into the caller's lists; the matching
// module maps its ids to them and the rules' reasons to sentences.
import { FORBIDDEN, solveMaxWeightAssignment } from "./max-weight-assignment.ts";

export type PinProblem =
  | "unknown-family"
  | "unknown-volunteer"
  | "duplicate"
  /** A hard rule fails for the pair or the coordinator forbade it (the rule says which). */
  | "forbidden"
  /** The family's free slots are taken by pins listed before this one. */
  | "family-full"
  /** The volunteer's free places are taken by pins listed before this one (or there are none). */
  | "volunteer-full";

export interface BatchInput {
  families: number;
  volunteers: number;
  /** families × volunteers, row-major, points × 100; FORBIDDEN where a hard rule fails or the
   *  coordinator forbade the pair. */
  scores: Int32Array;
  /** Free places per volunteer (their tandem count minus active and proposed tandems). */
  volunteerCapacity: ArrayLike<number>;
  /** How many more volunteers each family may get: one number for all (default 1) or one each. */
  familySlots?: number | ArrayLike<number>;
  /** Pairs the coordinator pinned, in the order they pinned them: earlier pins win conflicts. */
  pinned?: ReadonlyArray<readonly [family: number, volunteer: number]>;
  /** Speed only, never the result: see max-weight-assignment.ts. */
  candidatesPerFamily?: number;
}

export interface ProposedPair {
  family: number;
  volunteer: number;
  score: number;
  pinned: boolean;
}

export interface BatchProposal {
  /** Ordered by family, then volunteer. */
  pairs: ProposedPair[];
  /** Sum of the pairs' scores: the maximum any assignment that keeps the feasible pins reaches. */
  total: number;
  /** Families that get no volunteer, ascending. */
  unassignedFamilies: number[];
  infeasiblePins: Array<{ family: number; volunteer: number; problem: PinProblem }>;
  /** How often the solver had to widen its candidate pairs (1 = never). */
  rounds: number;
}

export function proposeBatchAssignment(input: BatchInput): BatchProposal {
  const { families: n, volunteers: m, scores } = input;
  const slotsOption = input.familySlots ?? 1;
  const familySlots = Int32Array.from({ length: n }, (_, i) => (typeof slotsOption === "number" ? slotsOption : slotsOption[i]!));
  const capacity = Int32Array.from(input.volunteerCapacity);
  if (capacity.length !== m) throw new RangeError(`volunteerCapacity has ${capacity.length} entries, expected ${m}`);

  // Pins first, in the coordinator's order; each one that fits uses up a slot and a place.
  const fixed: Array<[number, number]> = [];
  const infeasiblePins: BatchProposal["infeasiblePins"] = [];
  const seen = new Set<number>();
  for (const [family, volunteer] of input.pinned ?? []) {
    const problem: PinProblem | null =
      !(Number.isInteger(family) && family >= 0 && family < n) ? "unknown-family"
      : !(Number.isInteger(volunteer) && volunteer >= 0 && volunteer < m) ? "unknown-volunteer"
      : seen.has(family * m + volunteer) ? "duplicate"
      : scores[family * m + volunteer] === FORBIDDEN ? "forbidden"
      : familySlots[family]! <= 0 ? "family-full"
      : capacity[volunteer]! <= 0 ? "volunteer-full"
      : null;
    if (problem) { infeasiblePins.push({ family, volunteer, problem }); continue; }
    seen.add(family * m + volunteer);
    fixed.push([family, volunteer]);
    familySlots[family]!--;
    capacity[volunteer]!--;
  }

  const solved = solveMaxWeightAssignment({ families: n, volunteers: m, scores, capacity, familySlots, excluded: fixed }, input.candidatesPerFamily);

  const pairs: ProposedPair[] = [
    ...fixed.map(([family, volunteer]) => ({ family, volunteer, score: scores[family * m + volunteer]!, pinned: true })),
    ...solved.pairs.map(([family, volunteer]) => ({ family, volunteer, score: scores[family * m + volunteer]!, pinned: false })),
  ].sort((a, b) => a.family - b.family || a.volunteer - b.volunteer);
  const assigned = new Uint8Array(n);
  let total = 0;
  for (const pair of pairs) { assigned[pair.family] = 1; total += pair.score; }
  const unassignedFamilies: number[] = [];
  for (let i = 0; i < n; i++) if (!assigned[i]) unassignedFamilies.push(i);
  return { pairs, total, unassignedFamilies, infeasiblePins, rounds: solved.rounds };
}

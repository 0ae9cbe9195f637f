// Suggestions, "why not?" and batch proposals: the database's facts
// (matching-data.service.ts) through the hard rules and the scorer of
// assignment/, with each pair's explanation. Read-only: proposing is
// tandems.service.ts.
import { TANDEM } from "@lotse/domain/matching";
import { DomainError, notFound } from "../../errors.ts";
import type { ServiceCtx } from "../service-context.ts";
import { proposeBatchAssignment, type PinProblem } from "./assignment/batch-assignment.ts";
import { HARD_RULES, whyNot, type HardRule } from "./assignment/hard-rules.ts";
import { FORBIDDEN } from "./assignment/max-weight-assignment.ts";
import { bitCount } from "./assignment/features.ts";
import { createScorer, type Scorer } from "./assignment/scoring.ts";
import { storedExplanation, type StoredExplanation } from "./explanations.ts";
import { loadMatching, type FamilyRow, type LoadedMatching, type VolunteerRow } from "./matching-data.service.ts";
import { readMatchingSettings } from "./settings.service.ts";

export interface Suggestion {
  family: FamilyRow;
  volunteer: VolunteerRow;
  explanation: StoredExplanation;
}

/** The explanation of pair (i, j) with what its sentences need. */
export function explainPair(loaded: LoadedMatching, scorer: Scorer, i: number, j: number): StoredExplanation {
  const { data, languageCodes } = loaded;
  const f = data.families;
  let best = 0;
  let code: string | null = null;
  for (let k = f.languageStart[i]!; k < f.languageStart[i + 1]!; k++) {
    const level = Math.min(f.languageLevel[k]!, data.volunteers.languageLevel[j * data.languages + f.languageId[k]!]!);
    if (level > best) {
      best = level;
      code = languageCodes[f.languageId[k]!]!;
    }
  }
  return storedExplanation(scorer.explain(i, j), { languageCode: code, needs: bitCount(f.needs[i]!) });
}

const limitOf = (limit: number | null | undefined) => Math.max(1, Math.min(TANDEM.suggestionsMax, limit ?? 20));

/** Ranked by score, then name: the volunteers who may be matched with the family. */
export async function matchSuggestions(ctx: ServiceCtx, input: { familyId: string; limit?: number | null }): Promise<Suggestion[]> {
  const [loaded, settings] = await Promise.all([loadMatching(ctx, { familyIds: [input.familyId] }), readMatchingSettings(ctx.db)]);
  if (loaded.families.length === 0) throw notFound("familyId");
  const scorer = createScorer(loaded.data, settings.weights);
  const row = scorer.scoreRow(0);
  const ranked: number[] = [];
  for (let j = 0; j < row.length; j++) if (row[j] !== FORBIDDEN) ranked.push(j);
  ranked.sort((a, b) => row[b]! - row[a]! || loaded.volunteers[a]!.name.localeCompare(loaded.volunteers[b]!.name, "de"));
  return ranked.slice(0, limitOf(input.limit)).map((j) => ({ family: loaded.families[0]!, volunteer: loaded.volunteers[j]!, explanation: explainPair(loaded, scorer, 0, j) }));
}

/** The waiting families (without an open tandem) that fit the volunteer, ranked the same way. */
export async function volunteerSuggestions(ctx: ServiceCtx, input: { volunteerId: string; limit?: number | null }): Promise<Suggestion[]> {
  const [loaded, settings] = await Promise.all([loadMatching(ctx, { volunteerIds: [input.volunteerId] }), readMatchingSettings(ctx.db)]);
  if (loaded.volunteers.length === 0) throw notFound("volunteerId");
  const scorer = createScorer(loaded.data, settings.weights);
  const scores: { i: number; score: number }[] = [];
  const out = new Int32Array(1);
  for (let i = 0; i < loaded.families.length; i++) {
    const score = scorer.scoreRow(i, out)[0]!;
    if (score !== FORBIDDEN) scores.push({ i, score });
  }
  scores.sort((a, b) => b.score - a.score || loaded.families[a.i]!.waitingSince.getTime() - loaded.families[b.i]!.waitingSince.getTime());
  return scores.slice(0, limitOf(input.limit)).map(({ i }) => ({ family: loaded.families[i]!, volunteer: loaded.volunteers[0]!, explanation: explainPair(loaded, scorer, i, 0) }));
}

export interface WhyNot {
  /** The first hard rule the pair fails, or null when it may be matched. */
  rule: HardRule | null;
  family: FamilyRow;
  volunteer: VolunteerRow;
  /** The pair's explanation (also when a rule fails: what it would have scored). */
  explanation: StoredExplanation;
}

export async function whyNotMatch(ctx: ServiceCtx, input: { familyId: string; volunteerId: string }): Promise<WhyNot> {
  const [loaded, settings] = await Promise.all([
    loadMatching(ctx, { familyIds: [input.familyId], volunteerIds: [input.volunteerId] }),
    readMatchingSettings(ctx.db),
  ]);
  if (loaded.families.length === 0) throw notFound("familyId");
  if (loaded.volunteers.length === 0) throw notFound("volunteerId");
  const scorer = createScorer(loaded.data, settings.weights);
  return { rule: whyNot(loaded.data, 0, 0), family: loaded.families[0]!, volunteer: loaded.volunteers[0]!, explanation: explainPair(loaded, scorer, 0, 0) };
}

// ---- batch proposals ---------------------------------------------------------

export interface PairIds {
  familyId: string;
  volunteerId: string;
}

export interface BatchRequest {
  /** The families to propose for; null or empty: every WAITING family without an open tandem. */
  familyIds?: readonly string[] | null;
  pinned?: readonly PairIds[] | null;
  forbidden?: readonly PairIds[] | null;
}

/** Why a family got no volunteer: a hard rule that stops every volunteer, or that the places went to others. */
export type UnassignedReason = HardRule | "family-not-waiting" | "places-taken";

export interface BatchResult {
  pairs: Array<Suggestion & { pinned: boolean }>;
  /** Points × 100. */
  total: number;
  unassigned: Array<{ family: FamilyRow; reason: UnassignedReason }>;
  infeasiblePins: Array<{ familyId: string; volunteerId: string; problem: PinProblem }>;
}

/**
 * One assignment of volunteers to the families that maximises the total score
 * under the volunteers' free places, the hard rules and the coordinator's pins
 * and forbidden pairs (assignment/batch-assignment.ts: exact, tested against
 * brute force and munkres). Nothing is written: confirmAssignments does that.
 */
export async function proposeAssignments(ctx: ServiceCtx, request: BatchRequest): Promise<BatchResult> {
  const familyIds = request.familyIds?.length ? [...new Set(request.familyIds)] : undefined;
  if (familyIds && familyIds.length > TANDEM.batchFamiliesMax) throw new DomainError("VALIDATION", "validation.tooMany", "familyIds");
  const pinned = request.pinned ?? [];
  const forbidden = request.forbidden ?? [];
  // Pinned volunteers are loaded even if the organisation's list would not hold them (their rules then say why not).
  const [loaded, settings] = await Promise.all([loadMatching(ctx, { familyIds, forbidden }), readMatchingSettings(ctx.db)]);
  if (familyIds && loaded.families.length !== familyIds.length) {
    const known = new Set(loaded.families.map((f) => f.id));
    throw new DomainError("NOT_FOUND", "error.notFound", `familyIds.${familyIds.findIndex((id) => !known.has(id))}`);
  }
  const { data, families, volunteers } = loaded;
  const scorer = createScorer(data, settings.weights);
  const scores = scorer.scoreMatrix();
  const waiting = families.map((f) => f.status === "WAITING" && (f.openTandems === 0 || settings.allowSeveralActivePerFamily));
  const familyIndex = new Map(families.map((f, i) => [f.id, i]));
  const volunteerIndex = new Map(volunteers.map((v, j) => [v.id, j]));
  const pinIndices = pinned.map((p) => [familyIndex.get(p.familyId) ?? -1, volunteerIndex.get(p.volunteerId) ?? -1] as const);
  const solved = proposeBatchAssignment({
    families: families.length,
    volunteers: volunteers.length,
    scores,
    volunteerCapacity: data.volunteers.freePlaces,
    familySlots: Int32Array.from(waiting, (w) => (w ? 1 : 0)),
    pinned: pinIndices,
  });
  const unassigned = solved.unassignedFamilies.map((i) => ({ family: families[i]!, reason: waiting[i] ? unassignedReason(loaded, scores, i) : ("family-not-waiting" as const) }));
  return {
    pairs: solved.pairs.map((p) => ({ family: families[p.family]!, volunteer: volunteers[p.volunteer]!, pinned: p.pinned, explanation: explainPair(loaded, scorer, p.family, p.volunteer) })),
    total: solved.total,
    unassigned,
    infeasiblePins: pinsBack(pinned, pinIndices, solved.infeasiblePins),
  };
}

/** The refused pins come back in the order they were given: a subsequence of the pins, matched back to their ids. */
function pinsBack(pinned: readonly PairIds[], indices: ReadonlyArray<readonly [number, number]>, refused: ReadonlyArray<{ family: number; volunteer: number; problem: PinProblem }>) {
  const out: BatchResult["infeasiblePins"] = [];
  let next = 0;
  for (let k = 0; k < pinned.length && next < refused.length; k++) {
    const r = refused[next]!;
    if (indices[k]![0] === r.family && indices[k]![1] === r.volunteer) {
      out.push({ familyId: pinned[k]!.familyId, volunteerId: pinned[k]!.volunteerId, problem: r.problem });
      next++;
    }
  }
  return out;
}

/** The rule that stopped a family: places taken by better pairs if anyone was possible, else the rule failing for most volunteers. */
function unassignedReason(loaded: LoadedMatching, scores: Int32Array, i: number): UnassignedReason {
  const m = loaded.volunteers.length;
  for (let j = 0; j < m; j++) if (scores[i * m + j] !== FORBIDDEN) return "places-taken";
  const counts = new Map<HardRule, number>();
  for (let j = 0; j < m; j++) {
    const rule = whyNot(loaded.data, i, j);
    if (rule) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  let best: HardRule = "volunteer-not-approved";
  let most = -1;
  for (const rule of HARD_RULES) if ((counts.get(rule) ?? 0) > most) [best, most] = [rule, counts.get(rule) ?? 0];
  return m === 0 ? "no-free-place" : best;
}

// How well a family and a volunteer fit: per criterion a raw value (what the sentence in the
// explanation says: "2,1 km entfernt"), a fit between 0 and 1, and points = weight × fit.
// Scores are whole points × 100 (integers: sums compare exactly, ties are real ties).
// The per-criterion points come from tables built once per run, so a pair costs a few array
// reads; the explanation reads the same tables, so it always adds up to the pair's score.
import { FORBIDDEN } from "./max-weight-assignment.ts";
import { bitCount, LEVEL, overlapHours, sharedLevel, topicMatches, WEEK_WORDS, type MatchingData } from "./features.ts";
import { failedPersonRule } from "./hard-rules.ts";

export const CRITERIA = ["language", "distance", "timeOverlap", "topics", "load", "qualification", "waiting"] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Points at a full fit, per criterion: the organisation's settings. */
export type MatchWeights = Record<Criterion, number>;
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  language: 30,
  distance: 20,
  timeOverlap: 20,
  topics: 15,
  load: 5,
  qualification: 5,
  waiting: 5,
};

/** Where each criterion's fit reaches 0 or 1 (settings too). */
export interface FitScales {
  /** Fit of a shared language by level (index = LEVEL value). */
  levelFit: readonly number[];
  /** Distance fit falls linearly from 1 at 0 km to 0 at this distance. */
  zeroFitKm: number;
  /** Hours a week in common that count as a full fit. */
  fullOverlapHours: number;
  /** Days of waiting that count as a full fit. */
  fullWaitingDays: number;
}
export const DEFAULT_FIT_SCALES: FitScales = {
  levelFit: [0, 0.2, 0.35, 0.5, 0.7, 0.85, 0.95, 1],
  zeroFitKm: 15,
  fullOverlapHours: 4,
  fullWaitingDays: 180,
};

export interface CriterionExplanation {
  criterion: Criterion;
  /** language: level (LEVEL), distance: km, timeOverlap: hours/week, topics: needs covered,
   *  load: tandems now, qualification: 1/0, waiting: days. */
  raw: number;
  weight: number;
  /** Points × 100 on this criterion. */
  score: number;
}

export interface PairExplanation {
  score: number;
  criteria: CriterionExplanation[];
}

export interface Scorer {
  /** families × volunteers, row-major; FORBIDDEN where a hard rule fails. */
  scoreMatrix(): Int32Array;
  /** Volunteers' scores for one family (suggestions); FORBIDDEN where a hard rule fails. */
  scoreRow(family: number, out?: Int32Array): Int32Array;
  explain(family: number, volunteer: number): PairExplanation;
}

const MAX_BITS = 33; // 0…32 needs or topics

export function createScorer(data: MatchingData, weights: MatchWeights = DEFAULT_MATCH_WEIGHTS, scales: FitScales = DEFAULT_FIT_SCALES): Scorer {
  const { families: f, volunteers: v, districts } = data;
  const points = (weight: number, fit: number) => Math.round(weight * Math.min(1, Math.max(0, fit)) * 100);

  const languageScore = Int32Array.from(scales.levelFit, (fit) => points(weights.language, fit));
  const distanceScore = Int32Array.from(data.districtKm, (km) => points(weights.distance, 1 - km / scales.zeroFitKm));
  const overlapScore = Int32Array.from({ length: 169 }, (_, h) => points(weights.timeOverlap, h / scales.fullOverlapHours));
  // [needs × MAX_BITS + covered]: the share of the family's needs the volunteer covers.
  const topicScore = new Int32Array(MAX_BITS * MAX_BITS);
  for (let needs = 1; needs < MAX_BITS; needs++) {
    for (let covered = 0; covered <= needs; covered++) topicScore[needs * MAX_BITS + covered] = points(weights.topics, covered / needs);
  }
  const needCount = Int32Array.from(f.needs, bitCount);
  // Criteria of one side only, added per pair.
  const loadScore = (j: number) => points(weights.load, v.tandemLimit[j]! > 0 ? 1 - v.load[j]! / v.tandemLimit[j]! : 0);
  const qualificationScore = (j: number) => points(weights.qualification, v.lotse[j]!);
  const waitingScore = (i: number) => points(weights.waiting, f.waitingDays[i]! / scales.fullWaitingDays);
  const volunteerScore = Int32Array.from({ length: v.count }, (_, j) => loadScore(j) + qualificationScore(j));
  const familyScore = Int32Array.from({ length: f.count }, (_, i) => waitingScore(i));

  // Pairs ruled out by history or the coordinator (few): per family.
  const excludedByFamily = new Map<number, number[]>();
  for (const e of data.exclusions) excludedByFamily.set(e.family, [...(excludedByFamily.get(e.family) ?? []), e.volunteer]);

  // One family against every volunteer. The family's values are read once; the raw values are
  // computed inline (same arithmetic as sharedLevel/overlapHours/topicMatches, which explain()
  // uses; scoring.test.ts checks both give the same score on every pair).
  const scoreRow = (i: number, out = new Int32Array(v.count)) => {
    const { languageId, languageLevel } = f;
    const volunteerLevels = v.languageLevel;
    const volunteerWeek = v.week;
    const L = data.languages;
    const firstLanguage = f.languageStart[i]!;
    const endLanguage = f.languageStart[i + 1]!;
    const districtRow = f.district[i]! * districts;
    const needs = f.needs[i]!;
    const topicRow = needCount[i]! * MAX_BITS;
    const hasMinor = f.hasMinor[i]!;
    const neededLevel = f.neededLevel[i]!;
    const required = f.requiredLanguage[i]!;
    const wantsWoman = f.wantsWoman[i]!;
    const ownScore = familyScore[i]!;
    const week = f.week.subarray(i * WEEK_WORDS, (i + 1) * WEEK_WORDS);
    const [w0, w1, w2, w3, w4, w5] = [week[0]!, week[1]!, week[2]!, week[3]!, week[4]!, week[5]!];
    for (let j = 0; j < v.count; j++) {
      let shared = 0;
      for (let k = firstLanguage; k < endLanguage; k++) {
        const a = languageLevel[k]!;
        const b = volunteerLevels[j * L + languageId[k]!]!;
        const level = a < b ? a : b;
        if (level > shared) shared = level;
      }
      const requiredLevel = required < 0 ? LEVEL.native : volunteerLevels[j * L + required]!;
      if (failedPersonRule(v.approved[j]!, v.freePlaces[j]!, hasMinor, v.clearance[j]!, shared, neededLevel, requiredLevel, wantsWoman, v.isWoman[j]!) !== 0) {
        out[j] = FORBIDDEN;
        continue;
      }
      const at = j * WEEK_WORDS;
      const hours =
        bitCount(w0 & volunteerWeek[at]!) + bitCount(w1 & volunteerWeek[at + 1]!) + bitCount(w2 & volunteerWeek[at + 2]!) +
        bitCount(w3 & volunteerWeek[at + 3]!) + bitCount(w4 & volunteerWeek[at + 4]!) + bitCount(w5 & volunteerWeek[at + 5]!);
      out[j] =
        languageScore[shared]! +
        distanceScore[districtRow + v.district[j]!]! +
        overlapScore[hours]! +
        topicScore[topicRow + bitCount(needs & v.topics[j]!)]! +
        volunteerScore[j]! +
        ownScore;
    }
    for (const j of excludedByFamily.get(i) ?? []) out[j] = FORBIDDEN;
    return out;
  };

  return {
    scoreRow,
    scoreMatrix() {
      const m = v.count;
      const matrix = new Int32Array(f.count * m);
      for (let i = 0; i < f.count; i++) scoreRow(i, matrix.subarray(i * m, (i + 1) * m));
      return matrix;
    },
    explain(i, j) {
      const shared = sharedLevel(data, i, j);
      const hours = overlapHours(data, i, j);
      const covered = topicMatches(data, i, j);
      const km = data.districtKm[f.district[i]! * districts + v.district[j]!]!;
      const criteria: CriterionExplanation[] = [
        { criterion: "language", raw: shared, weight: weights.language, score: languageScore[shared]! },
        { criterion: "distance", raw: Math.round(km * 10) / 10, weight: weights.distance, score: distanceScore[f.district[i]! * districts + v.district[j]!]! },
        { criterion: "timeOverlap", raw: hours, weight: weights.timeOverlap, score: overlapScore[hours]! },
        { criterion: "topics", raw: covered, weight: weights.topics, score: topicScore[needCount[i]! * MAX_BITS + covered]! },
        { criterion: "load", raw: v.load[j]!, weight: weights.load, score: loadScore(j) },
        { criterion: "qualification", raw: v.lotse[j]!, weight: weights.qualification, score: qualificationScore(j) },
        { criterion: "waiting", raw: f.waitingDays[i]!, weight: weights.waiting, score: waitingScore(i) },
      ];
      return { score: criteria.reduce((sum, c) => sum + c.score, 0), criteria };
    },
  };
}

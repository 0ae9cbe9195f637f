// What the hard rules and the scorer read about families and volunteers, as typed arrays (one
// entry per person, index = position in the caller's list), so that scoring 10 million pairs
// is a loop over numbers. The matching module fills these from the database.
import { kmBetween, type LatLon } from "@lotse/domain/geo";

/** Language levels as small integers: 0 = does not speak it, then CEFR, then mother tongue. */
export const LEVEL = { none: 0, A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 } as const;

/** A week in hours, one bit each (Monday 00:00–01:00 is bit 0): 168 bits in 6 words. */
export const WEEK_WORDS = 6;

export interface FamilyFeatures {
  count: number;
  district: Uint16Array;
  /** The languages family i speaks are entries languageStart[i] … languageStart[i+1]−1. */
  languageStart: Int32Array;
  languageId: Uint16Array;
  languageLevel: Uint8Array;
  /** Level a shared language must have on both sides (hard rule). */
  neededLevel: Uint8Array;
  /** Hard preference: a language the volunteer must speak at neededLevel, or −1. */
  requiredLanguage: Int16Array;
  /** Hard preference: a woman as volunteer. */
  wantsWoman: Uint8Array;
  /** A child under 18 in the household. */
  hasMinor: Uint8Array;
  /** Needs as a set of topic bits (topic k = bit k, up to 32 topics). */
  needs: Uint32Array;
  /** count × WEEK_WORDS: hours that suit the family. */
  week: Uint32Array;
  waitingDays: Uint16Array;
}

export interface VolunteerFeatures {
  count: number;
  district: Uint16Array;
  /** count × languages: the volunteer's level in each language of the organisation's list. */
  languageLevel: Uint8Array;
  /** APPROVED with processing consent. */
  approved: Uint8Array;
  /** Tandem count minus active and proposed tandems. */
  freePlaces: Uint8Array;
  /** Active and proposed tandems now, and the tandem count the volunteer offered. */
  load: Uint8Array;
  tandemLimit: Uint8Array;
  isWoman: Uint8Array;
  /** A valid Führungszeugnis without relevant entry. */
  clearance: Uint8Array;
  /** A valid Integrationslotsen qualification. */
  lotse: Uint8Array;
  topics: Uint32Array;
  week: Uint32Array;
}

/** Pairs ruled out by history or by the coordinator, with the rule that says so. */
export interface PairExclusion {
  family: number;
  volunteer: number;
  rule: "already-proposed" | "ended-not-a-fit" | "forbidden-by-coordinator";
}

export interface MatchingData {
  families: FamilyFeatures;
  volunteers: VolunteerFeatures;
  /** Size of the organisation's language list (the stride of volunteers.languageLevel). */
  languages: number;
  /** districts × districts: km between district centroids. */
  districtKm: Float32Array;
  districts: number;
  exclusions: readonly PairExclusion[];
}

/** The best level both sides speak a common language at (0 = no common language). */
export function sharedLevel(data: MatchingData, i: number, j: number): number {
  const f = data.families;
  const volunteerLevels = j * data.languages;
  let best = 0;
  for (let k = f.languageStart[i]!, end = f.languageStart[i + 1]!; k < end; k++) {
    const level = Math.min(f.languageLevel[k]!, data.volunteers.languageLevel[volunteerLevels + f.languageId[k]!]!);
    if (level > best) best = level;
  }
  return best;
}

// Bit counts of 16-bit halves: two lookups per word beat bit tricks in V8 here.
const BITS16 = new Uint8Array(1 << 16);
for (let x = 1; x < 1 << 16; x++) BITS16[x] = (x & 1) + BITS16[x >>> 1]!;
export const bitCount = (x: number) => BITS16[x & 0xffff]! + BITS16[x >>> 16]!;

/** Hours per week that suit both. */
export function overlapHours(data: MatchingData, i: number, j: number): number {
  const a = data.families.week;
  const b = data.volunteers.week;
  let hours = 0;
  for (let w = 0, fa = i * WEEK_WORDS, vb = j * WEEK_WORDS; w < WEEK_WORDS; w++) {
    const both = a[fa + w]! & b[vb + w]!;
    if (both !== 0) hours += bitCount(both);
  }
  return hours;
}

/** The family's needs the volunteer covers. */
export const topicMatches = (data: MatchingData, i: number, j: number) => bitCount(data.families.needs[i]! & data.volunteers.topics[j]!);

/** Weekday windows (weekday 0 = Monday, hours from–to, to exclusive) as a week bit set. */
export function weekMask(windows: ReadonlyArray<{ weekday: number; fromHour: number; toHour: number }>): Uint32Array {
  const week = new Uint32Array(WEEK_WORDS);
  for (const { weekday, fromHour, toHour } of windows) {
    for (let h = weekday * 24 + fromHour; h < weekday * 24 + toHour; h++) week[h >>> 5] = week[h >>> 5]! | (1 << (h & 31));
  }
  return week;
}

/** km between district centroids (great-circle), districts × districts. */
export function districtDistances(centroids: ReadonlyArray<LatLon>): Float32Array {
  const d = centroids.length;
  const km = new Float32Array(d * d);
  for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) km[a * d + b] = kmBetween(centroids[a]!, centroids[b]!);
  return km;
}

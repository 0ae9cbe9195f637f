// Made-up but plausible families and volunteers for the tests and the benchmark: an
// organisation's dozen languages (0 = German), a few dozen districts, 20 topics, afternoon
// and weekend windows. Most pairs pass the hard rules, so the score matrix is dense.
import { LEVEL, WEEK_WORDS, districtDistances, weekMask, type MatchingData, type PairExclusion } from "./features.ts";
import { seededRandom } from "./seeded-random.ts";

export function randomMatchingData(families: number, volunteers: number, seed: number, options: { exclusions?: number } = {}): MatchingData {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const chance = (p: number) => (random() < p ? 1 : 0);
  const LANGUAGES = 12;
  const DISTRICTS = 30;
  const TOPICS = 20;
  const randomWeek = () =>
    weekMask(Array.from({ length: int(1, 4) }, () => {
      const fromHour = int(8, 19);
      return { weekday: int(0, 6), fromHour, toHour: Math.min(24, fromHour + int(1, 4)) };
    }));
  const topics = (count: number) => {
    let bits = 0;
    for (let k = 0; k < count; k++) bits |= 1 << int(0, TOPICS - 1);
    return bits >>> 0;
  };

  const languageStart = new Int32Array(families + 1);
  const languageId: number[] = [];
  const languageLevel: number[] = [];
  const familyWeek = new Uint32Array(families * WEEK_WORDS);
  for (let i = 0; i < families; i++) {
    languageId.push(0); // German, at the family's level
    languageLevel.push(int(LEVEL.none, LEVEL.B1));
    for (let k = int(1, 2); k > 0; k--) { languageId.push(int(1, LANGUAGES - 1)); languageLevel.push(LEVEL.native); }
    languageStart[i + 1] = languageId.length;
    familyWeek.set(randomWeek(), i * WEEK_WORDS);
  }

  const volunteerLevels = new Uint8Array(volunteers * LANGUAGES);
  const volunteerWeek = new Uint32Array(volunteers * WEEK_WORDS);
  for (let j = 0; j < volunteers; j++) {
    volunteerLevels[j * LANGUAGES] = int(LEVEL.B2, LEVEL.native);
    for (let k = int(0, 2); k > 0; k--) volunteerLevels[j * LANGUAGES + int(1, LANGUAGES - 1)] = int(LEVEL.A1, LEVEL.native);
    volunteerWeek.set(randomWeek(), j * WEEK_WORDS);
  }
  const tandemLimit = Uint8Array.from({ length: volunteers }, () => int(1, 3));
  const load = Uint8Array.from(tandemLimit, (limit) => (chance(0.2) ? int(0, limit - 1) : 0));

  const exclusions: PairExclusion[] = [];
  const rules = ["already-proposed", "ended-not-a-fit", "forbidden-by-coordinator"] as const;
  for (let k = 0; k < (options.exclusions ?? 0); k++) {
    exclusions.push({ family: int(0, families - 1), volunteer: int(0, volunteers - 1), rule: rules[int(0, 2)]! });
  }

  return {
    families: {
      count: families,
      district: Uint16Array.from({ length: families }, () => int(0, DISTRICTS - 1)),
      languageStart,
      languageId: Uint16Array.from(languageId),
      languageLevel: Uint8Array.from(languageLevel),
      neededLevel: Uint8Array.from({ length: families }, () => (chance(0.1) ? LEVEL.B1 : LEVEL.A1)),
      requiredLanguage: Int16Array.from({ length: families }, () => (chance(0.05) ? int(1, LANGUAGES - 1) : -1)),
      wantsWoman: Uint8Array.from({ length: families }, () => chance(0.1)),
      hasMinor: Uint8Array.from({ length: families }, () => chance(0.6)),
      needs: Uint32Array.from({ length: families }, () => topics(int(0, 4))),
      week: familyWeek,
      waitingDays: Uint16Array.from({ length: families }, () => int(0, 400)),
    },
    volunteers: {
      count: volunteers,
      district: Uint16Array.from({ length: volunteers }, () => int(0, DISTRICTS - 1)),
      languageLevel: volunteerLevels,
      approved: Uint8Array.from({ length: volunteers }, () => chance(0.97)),
      freePlaces: Uint8Array.from(tandemLimit, (limit, j) => limit - load[j]!),
      load,
      tandemLimit,
      isWoman: Uint8Array.from({ length: volunteers }, () => chance(0.6)),
      clearance: Uint8Array.from({ length: volunteers }, () => chance(0.85)),
      lotse: Uint8Array.from({ length: volunteers }, () => chance(0.3)),
      topics: Uint32Array.from({ length: volunteers }, () => topics(int(1, 6))),
      week: volunteerWeek,
    },
    languages: LANGUAGES,
    districtKm: districtDistances(Array.from({ length: DISTRICTS }, () => ({ lat: 53.1 + random() * 0.12, lon: 8.15 + random() * 0.2 }))),
    districts: DISTRICTS,
    exclusions,
  };
}

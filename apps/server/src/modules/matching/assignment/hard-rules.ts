// The hard rules of a tandem (shared/domain.md, issue 11): a pair that fails one is never
// suggested nor proposed, and "why not X?" answers with the first rule that fails, in this order.
import { LEVEL, sharedLevel, type MatchingData, type PairExclusion } from "./features.ts";

export const HARD_RULES = [
  "volunteer-not-approved",
  "no-free-place",
  "clearance-required",
  "no-shared-language",
  "required-language-missing",
  "woman-requested",
  "already-proposed",
  "ended-not-a-fit",
  "forbidden-by-coordinator",
] as const;
export type HardRule = (typeof HARD_RULES)[number];

/** The rules about the two people (not their history), on plain numbers so the scorer's loop
 *  over 10 million pairs can call it: 0 when all pass, else 1 + the failed rule's index in
 *  HARD_RULES. `shared` is sharedLevel(); `requiredLevel` the volunteer's level in the family's
 *  required language (LEVEL.native when the family requires none). */
export function failedPersonRule(
  approved: number, freePlaces: number, hasMinor: number, clearance: number,
  shared: number, neededLevel: number, requiredLevel: number, wantsWoman: number, isWoman: number,
): number {
  if (!approved) return 1; // volunteer-not-approved
  if (freePlaces === 0) return 2; // no-free-place
  if (hasMinor && !clearance) return 3; // clearance-required
  if (shared < neededLevel) return 4; // no-shared-language
  if (requiredLevel < neededLevel) return 5; // required-language-missing
  if (wantsWoman && !isWoman) return 6; // woman-requested
  return 0;
}

/** The volunteer's level in the language family i requires (LEVEL.native when none). */
export function requiredLanguageLevel(data: MatchingData, i: number, j: number): number {
  const required = data.families.requiredLanguage[i]!;
  return required < 0 ? LEVEL.native : data.volunteers.languageLevel[j * data.languages + required]!;
}

/** Why family i and volunteer j cannot be a tandem, or null when they can. */
export function whyNot(data: MatchingData, i: number, j: number): HardRule | null {
  const f = data.families;
  const v = data.volunteers;
  const code = failedPersonRule(
    v.approved[j]!, v.freePlaces[j]!, f.hasMinor[i]!, v.clearance[j]!,
    sharedLevel(data, i, j), f.neededLevel[i]!, requiredLanguageLevel(data, i, j), f.wantsWoman[i]!, v.isWoman[j]!,
  );
  return code > 0 ? HARD_RULES[code - 1]! : exclusionRule(data.exclusions, i, j);
}

function exclusionRule(exclusions: readonly PairExclusion[], i: number, j: number): HardRule | null {
  let found: HardRule | null = null;
  for (const e of exclusions) {
    if (e.family === i && e.volunteer === j && (found === null || HARD_RULES.indexOf(e.rule) < HARD_RULES.indexOf(found))) found = e.rule;
  }
  return found;
}

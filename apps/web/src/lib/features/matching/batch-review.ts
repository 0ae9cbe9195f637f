// The coordinator's review of a batch proposal, kept in the page until it is
// confirmed: which pairs are pinned or forbidden for the next run, which were
// dropped from this one, and where a refused confirmation points ("pairs.N" is
// the N-th pair sent). Pure functions, so the page holds no rules of its own.

export interface PairRef {
  familyId: string;
  volunteerId: string;
}

/** A pinned or forbidden pair with the names shown for it. */
export interface NamedPair extends PairRef {
  family: string;
  volunteer: string;
}

export const pairKey = (pair: PairRef): string => `${pair.familyId}|${pair.volunteerId}`;

/** Adds a pair to a list (once); pinning a pair lifts a ban on it and the other way round. */
export function withPair(list: readonly NamedPair[], pair: NamedPair): NamedPair[] {
  return list.some((p) => pairKey(p) === pairKey(pair)) ? [...list] : [...list, pair];
}

export function withoutPair(list: readonly NamedPair[], pair: PairRef): NamedPair[] {
  return list.filter((p) => pairKey(p) !== pairKey(pair));
}

/** The pairs still to confirm: the proposal minus the dropped ones, in the proposal's order. */
export function pairsToConfirm<P extends { family: { id: string }; volunteer: { id: string } }>(pairs: readonly P[], dropped: ReadonlySet<string>): P[] {
  return pairs.filter((p) => !dropped.has(pairKey({ familyId: p.family.id, volunteerId: p.volunteer.id })));
}

/** The index of the sent pair a refused confirmation names (`pairs.3`, `input.pairs.3.volunteerId`), or null. */
export function refusedPairIndex(field: string | null | undefined): number | null {
  const match = field?.match(/(?:^|\.)pairs\.(\d+)(?:\.|$)/);
  return match ? Number(match[1]) : null;
}

/** The families the next run is for: null means every waiting family. */
export function familySelection(scope: "all" | "selected", selected: ReadonlySet<string>): string[] | null {
  return scope === "all" ? null : [...selected];
}

/** Waiting families shown per page of the selection list. */
export const WAITING_PAGE_SIZE = 25;

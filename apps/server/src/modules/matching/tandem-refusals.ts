// The Tandem trigger's refusals (migration matching: lotse_tandem_rules) as the
// typed errors a caller gets, naming the input field. The trigger decides under
// row locks, so this is what the loser of a race hears.
import { DomainError } from "../../errors.ts";

const REFUSALS = {
  lotse_tandem_no_free_place: () => new DomainError("CONFLICT", "matching.rule.no-free-place", "volunteerId"),
  lotse_tandem_pair_open: () => new DomainError("CONFLICT", "matching.rule.already-proposed", "volunteerId"),
  lotse_tandem_family_closed: () => new DomainError("CONFLICT", "matching.familyClosed", "familyId"),
  lotse_tandem_family_has_tandem: () => new DomainError("CONFLICT", "matching.familyHasOpenTandem", "familyId"),
  lotse_tandem_family_has_active: () => new DomainError("CONFLICT", "matching.familyHasActiveTandem", "id"),
} as const;

export function tandemRefusal(error: unknown): DomainError | null {
  const e = error as { message?: string; meta?: unknown; cause?: { message?: string } } | undefined;
  const text = `${e?.message ?? ""} ${JSON.stringify(e?.meta ?? {})} ${e?.cause?.message ?? ""}`;
  for (const [name, make] of Object.entries(REFUSALS)) if (text.includes(name)) return make();
  return null;
}

/** Runs a write; a refusal of the trigger becomes its typed error (the transaction rolled back: nothing changed). */
export async function withTandemRules<T>(work: () => Promise<T>, field?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = tandemRefusal(error);
    if (!refusal) throw error;
    throw field ? new DomainError(refusal.code, refusal.messageKey, field, refusal.params) : refusal;
  }
}

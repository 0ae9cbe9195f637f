// How an hour entry names its tandem: the family as the viewer may see it
// (how they want to be addressed while the tandem is active, else their first
// names), or "ended tandem" once the volunteer sees nothing of the family.
import { m } from "$lib/paraglide/messages.js";

interface TandemForLabel {
  family?: { addressedAs?: string | null; firstNames?: readonly string[] | null } | null;
}

export function tandemLabel(tandem: TandemForLabel): string {
  const family = tandem.family;
  if (!family) return m.log_tandemEnded();
  return family.addressedAs || (family.firstNames ?? []).join(", ") || m.log_tandemEnded();
}

// Money on the donations pages: cents in the API, euros as people type and
// read them, in the user's language (de: "1.234,56 €").
import { formatCents, parseEuroToCents } from "@lotse/domain/cents";
import { formatDate } from "@lotse/domain/calendar-date";
import { getLocale } from "$lib/paraglide/runtime.js";

export const money = (cents: number) => formatCents(cents, getLocale());
export const day = (iso: string) => formatDate(iso, getLocale());
export { parseEuroToCents };

/** YYYY-MM-DD or null for anything else (query parameters). */
export function isoDateParam(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

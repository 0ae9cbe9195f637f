// Money is integer cents everywhere; these turn what people type into cents
// and cents back into what people read. German uses a decimal comma.
import { intlLocale, type Locale } from "./locale.ts";

/**
 * An amount in euros as typed -> integer cents, or null when it is not an amount.
 * Accepts "12", "12,5", "12,50", "12.50", "1.234,56", "1 234,56", "1,234.56" and a "€" sign.
 * A separator followed by exactly three digits is a thousands separator.
 */
export function parseEuroToCents(input: string): number | null {
  const s = input.replace(/\s|\u00a0|€|EUR/gi, "");
  if (!s) return null;
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const decimal = s.match(/[.,](\d{1,2})$/);
  const integerPart = decimal ? s.slice(0, s.length - decimal[0].length) : s;
  const fraction = decimal ? decimal[1]!.padEnd(2, "0") : "00";
  // The integer part: plain digits, or digits grouped by threes with one kind of separator.
  if (!/^\d+$/.test(integerPart) && !/^\d{1,3}([.,]\d{3})+$/.test(integerPart)) return null;
  const separators = new Set(integerPart.replace(/\d/g, ""));
  if (separators.size > 1) return null;
  if (decimal && separators.has(decimal[0][0]!)) return null;
  const euros = Number(integerPart.replace(/[.,]/g, ""));
  const cents = euros * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : null;
}

const currency = new Map<Locale, Intl.NumberFormat>();

/** 96000 -> "960,00 €" (de) / "€960.00" (en). */
export function formatCents(cents: number, locale: Locale): string {
  let f = currency.get(locale);
  if (!f) currency.set(locale, (f = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" })));
  return f.format(cents / 100);
}

/** Cents as an amount field shows them for editing: 1250 -> "12,50" (de) / "12.50" (en). */
export function centsToInput(cents: number, locale: Locale): string {
  const s = (cents / 100).toFixed(2);
  const decimal = new Intl.NumberFormat(intlLocale(locale)).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  return decimal === "," ? s.replace(".", ",") : s;
}

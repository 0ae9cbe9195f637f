// The amount in words on a Zuwendungsbestätigung ("in Buchstaben"), from the
// maintained n2words library's German currency words: 1.234,56 € ->
// "eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent". The amount
// goes in as a decimal string made from integer cents (never through a float).
// to-words' German was wrong ("Tausend Zwei Hundert …"), written-number has no
// German (engineering.md).
import { toCurrency } from "n2words/de-DE";

/** 123456 -> "eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent". */
export function amountInWords(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`not an amount in cents: ${cents}`);
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  // The Muster's line reads "… Euro sechsundfünfzig Cent", without "und".
  return toCurrency(`${euros}.${String(rest).padStart(2, "0")}`, { and: false });
}

// Durations as people read them, the same in the UI, the API's messages and the
// office's documents: German "3 Std. 30 Min.", English "3 h 30 min", the other
// languages with Intl's own short units ("2 س 15 د", "2 год 15 хв", "2 sa. 15 dk.").
import { numberFormat } from "./intl-cache.ts";
import { intlLocale, type Locale } from "./locale.ts";

/**
 * The parts of a duration as people read them: 135 -> ["2 Std.", "15 Min."] (de); 60 -> ["1 Std."];
 * 0 -> ["0 Min."]. For a narrow cell (the Nachweis' month table) that stacks them; everywhere else
 * formatDuration joins them.
 */
export function durationParts(total: number, locale: Locale): string[] {
  const rounded = Math.round(total);
  // The sign of what is shown: -0.3 min is "0 Min.", not "-0 Min.".
  const sign = rounded < 0 ? "-" : "";
  const abs = Math.abs(rounded);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  const parts: string[] = [];
  if (locale === "de" || locale === "en") {
    const n = numberFormat(intlLocale(locale));
    const [hUnit, mUnit] = locale === "de" ? ["Std.", "Min."] : ["h", "min"];
    if (hours) parts.push(`${n.format(hours)} ${hUnit}`);
    if (minutes || !hours) parts.push(`${n.format(minutes)} ${mUnit}`);
  } else {
    const unit = (u: "hour" | "minute") => numberFormat(intlLocale(locale), { style: "unit", unit: u, unitDisplay: "short" });
    if (hours) parts.push(unit("hour").format(hours));
    if (minutes || !hours) parts.push(unit("minute").format(minutes));
  }
  if (sign) parts[0] = sign + parts[0];
  return parts;
}

/**
 * The one way a duration is written wherever a person reads it (pages, e-mails, PDFs):
 * 135 -> "2 Std. 15 Min." (de) / "2 h 15 min" (en); 60 -> "1 Std."; 0 -> "0 Min."; 90000 -> "1.500 Std.".
 * Minutes are whole: a fraction (an average) is rounded to the nearest minute.
 */
export function formatDuration(total: number, locale: Locale): string {
  return durationParts(total, locale).join(" ");
}

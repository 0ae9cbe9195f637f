// A period of days in a query string (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), as the
// downloads take it. Parsed once here so every route refuses a bad period the
// same way: 400 naming the field, in the caller's language.
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import type { ApiLocale } from "../i18n/messages.ts";

export const MAX_PERIOD_YEARS = 5;

export interface Period {
  from: string;
  to: string;
}

/** German and English; the other languages get German (downloads are asked for by staff and volunteers alike, rarely wrongly). */
type Bilingual = Record<"de" | "en", string> & Partial<Record<ApiLocale, string>>;

export class PeriodError extends Error {
  constructor(
    readonly field: "from" | "to",
    readonly text: Bilingual,
  ) {
    super(text.en);
  }
}

/** Both ends required, YYYY-MM-DD, from ≤ to, at most five years apart. */
export function parsePeriod(params: URLSearchParams): Period {
  const from = params.get("from")?.trim() ?? "";
  const to = params.get("to")?.trim() ?? "";
  for (const [field, value] of [["from", from], ["to", to]] as const) {
    if (!value) {
      throw new PeriodError(field, {
        de: `Bitte den Zeitraum mit „from“ und „to“ angeben (Datum im Format JJJJ-MM-TT); „${field}“ fehlt.`,
        en: `Please give the period as "from" and "to" (dates as YYYY-MM-DD); "${field}" is missing.`,
      });
    }
    if (!isIsoDate(value)) {
      throw new PeriodError(field, {
        de: `„${field}“ ist kein gültiges Datum im Format JJJJ-MM-TT.`,
        en: `"${field}" is not a valid date in the format YYYY-MM-DD.`,
      });
    }
  }
  if (from > to) {
    throw new PeriodError("to", { de: "„to“ darf nicht vor „from“ liegen.", en: `"to" must not be before "from".` });
  }
  if (parseIsoDate(to) > addYears(parseIsoDate(from), MAX_PERIOD_YEARS)) {
    throw new PeriodError("to", {
      de: `Der Zeitraum darf höchstens ${MAX_PERIOD_YEARS} Jahre umfassen.`,
      en: `The period can be at most ${MAX_PERIOD_YEARS} years long.`,
    });
  }
  return { from, to };
}

// The explanation's sentences in the reader's language, from the stored numbers.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@lotse/domain/locale";
import { criterionSentence, type StoredCriterion } from "./explanations.ts";

const criteria: StoredCriterion[] = [
  { criterion: "language", raw: 7, weight: 30, score: 3000, languageCode: "ar" },
  { criterion: "distance", raw: 2.1, weight: 20, score: 1720 },
  { criterion: "timeOverlap", raw: 3, weight: 20, score: 1500 },
  { criterion: "topics", raw: 2, weight: 15, score: 1000, needs: 3 },
  { criterion: "load", raw: 1, weight: 5, score: 250 },
  { criterion: "qualification", raw: 1, weight: 5, score: 500 },
  { criterion: "waiting", raw: 45, weight: 5, score: 125 },
];

describe("explanation sentences", () => {
  it("read as the issue shows them, in German and English", () => {
    expect(criteria.map((c) => criterionSentence(c, "de"))).toEqual([
      "spricht Arabisch (Muttersprache)",
      "2,1 km entfernt",
      "3 Std. gemeinsame Zeit pro Woche",
      "deckt 2 von 3 Bedarfen ab",
      "betreut zurzeit 1 Tandem",
      "qualifizierte/r Integrationslotse/-lotsin",
      "wartet seit 45 Tagen",
    ]);
    expect(criterionSentence(criteria[0]!, "en")).toBe("speaks Arabic (native)");
    expect(criterionSentence({ ...criteria[0]!, raw: 4, languageCode: "uk" }, "de")).toBe("spricht Ukrainisch (B2)");
    expect(criterionSentence({ criterion: "distance", raw: null, weight: 20, score: 0 }, "de")).toBe("Entfernung unbekannt (Stadtteil fehlt)");
  });

  it("exist in every language of the app, with the numbers in it", () => {
    for (const locale of LOCALES) {
      for (const c of criteria) expect(criterionSentence(c, locale), `${locale} ${c.criterion}`).toMatch(/\S/);
      expect(criterionSentence(criteria[6]!, locale), locale).toContain("45");
    }
  });
});

import { describe, expect, it } from "vitest";
import { translator } from "$lib/i18n";
import { LANGUAGE_CODES, LANGUAGE_LEVELS, WEEKDAYS, languageName, languageOptions, levelName, weekdayName } from "./languages";

describe("language lists", () => {
  it("has a German and English name for every offered language, level and weekday", () => {
    for (const locale of ["de", "en"] as const) {
      const t = translator(locale);
      for (const code of LANGUAGE_CODES) expect(languageName(t, code), code).not.toBe(code.toUpperCase());
      for (const level of LANGUAGE_LEVELS) expect(levelName(t, level)).toBeTruthy();
      for (const day of WEEKDAYS) expect(weekdayName(t, day)).not.toBe(String(day));
    }
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    for (const code of LANGUAGE_CODES) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it("sorts options by name and keeps a stored code we have no name for", () => {
    const t = translator("de");
    const options = languageOptions(t, "de", ["xh"]);
    expect(options[0]).toEqual({ value: "sq", label: "Albanisch" });
    expect(options.find((o) => o.value === "xh")).toEqual({ value: "xh", label: "XH" });
    expect(languageName(t, "AR")).toBe("Arabisch");
    expect(levelName(t, "NATIVE")).toBe("Muttersprache");
    expect(weekdayName(translator("en"), 7)).toBe("Sunday");
  });
});

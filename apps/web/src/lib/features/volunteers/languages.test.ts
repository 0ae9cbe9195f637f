import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, LANGUAGE_LEVELS, WEEKDAYS, languageName, languageOptions, levelName, weekdayName } from "./languages";

describe("language lists", () => {
  it("has a name in every UI language for every offered language and weekday, and a name for every level", () => {
    for (const locale of ["de", "en", "ar", "fa", "uk", "tr"]) {
      for (const code of LANGUAGE_CODES) expect(languageName(code, locale), code).not.toBe(code.toUpperCase());
      for (const day of WEEKDAYS) expect(weekdayName(day, locale)).not.toBe(String(day));
    }
    for (const level of LANGUAGE_LEVELS) expect(levelName(level)).not.toBe(level === "NATIVE" ? "NATIVE" : "");
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    for (const code of LANGUAGE_CODES) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it("sorts options by name and keeps a stored code we have no name for", () => {
    const options = languageOptions("de", ["qq"]);
    expect(options[0]).toEqual({ value: "sq", label: "Albanisch" });
    expect(options.find((o) => o.value === "qq")).toEqual({ value: "qq", label: "QQ" });
    expect(languageName("AR", "de")).toBe("Arabisch");
    expect(languageName("uk", "uk")).toBe("Українська");
    expect(levelName("NATIVE")).toBe("Muttersprache");
    expect(weekdayName(7, "en")).toBe("Sunday");
    expect(weekdayName(1, "de")).toBe("Montag");
  });
});

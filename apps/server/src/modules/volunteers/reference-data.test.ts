// Every default topic, activity type and the demo office's districts (what each organisation, the demo office
// included, starts with) has a name in every UI language besides German, as the
// messages do (the locale-coverage test): a volunteer browsing in Arabic should
// not meet a German name the organisation never chose to keep.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@lotse/domain/locale";
import { DEFAULT_ACTIVITIES, DEFAULT_DISTRICT_TRANSLATIONS, DEFAULT_DISTRICTS, DEFAULT_NAME_TRANSLATIONS, DEFAULT_TOPICS } from "./reference-data.ts";

const others = LOCALES.filter((l) => l !== "de");
const missing = (names: Record<string, Record<string, string>>, keys: string[]) =>
  keys.flatMap((key) => others.filter((l) => !names[key]?.[l]?.trim()).map((l) => `${key}/${l}`));

describe("default reference data", () => {
  it("names every default topic in every UI language", () => {
    expect(missing(DEFAULT_NAME_TRANSLATIONS.topics, DEFAULT_TOPICS)).toEqual([]);
  });
  it("names every default activity type in every UI language", () => {
    expect(missing(DEFAULT_NAME_TRANSLATIONS.activities, DEFAULT_ACTIVITIES.map((a) => a.key))).toEqual([]);
  });
  it("names every district of the demo office (Oldenburg) in every UI language", () => {
    expect(missing(DEFAULT_DISTRICT_TRANSLATIONS, DEFAULT_DISTRICTS.oldenburg!.map(([name]) => name))).toEqual([]);
  });
});

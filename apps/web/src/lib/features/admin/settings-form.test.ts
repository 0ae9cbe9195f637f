import { m } from "$lib/paraglide/messages.js";
import { describe, expect, it } from "vitest";
import {
  addYear,
  apiFieldNames,
  buildInput,
  changeDraft,
  changeOf,
  checkSettings,
  draftFromForm,
  draftFromSettings,
  fieldsByYear,
  hasPendingYear,
  parseLimit,
  parseYear,
  savedFromForm,
} from "./settings-form";

function posted(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const saved = {
  countAttendanceAsHours: false,
  ehrenamtspauschale: [
    { year: 2026, limitCents: 96_000 },
    { year: 2025, limitCents: 84_000 },
  ],
};

describe("settings form", () => {
  it("shows the limits by year in euros with a decimal comma (German) or point (English)", () => {
    const de = draftFromSettings(saved, "de");
    expect(de.limits).toEqual([
      { year: 2025, amount: "840,00" },
      { year: 2026, amount: "960,00" },
    ]);
    expect(draftFromSettings(saved, "en").limits[1]!.amount).toBe("960.00");
    expect(hasPendingYear(de)).toBe(false);
  });

  it("reads years and amounts within the API's bounds", () => {
    expect(parseYear("2027")).toBe(2027);
    expect(parseYear(" 2100 ")).toBe(2100);
    for (const bad of ["1999", "2101", "27", "20 27", "zwei"]) expect(parseYear(bad), bad).toBeNull();
    expect(parseLimit("1.000,00")).toBe(100_000);
    expect(parseLimit("1000 €")).toBe(100_000);
    expect(parseLimit("0")).toBe(0);
    expect(parseLimit("10.000,00")).toBe(1_000_000);
    expect(parseLimit("10.000,01")).toBeNull();
    expect(parseLimit("-5")).toBeNull();
  });

  it("adds a year in its place, and refuses a year that is there already or out of range", () => {
    const draft = { ...draftFromSettings(saved, "de"), newYear: "2024", newAmount: "720" };
    const added = addYear(draft);
    expect(added).toEqual({ ok: true, year: 2024, limits: [{ year: 2024, amount: "720" }, ...draft.limits] });
    expect(addYear({ ...draft, newYear: "2026" })).toEqual({ ok: false, problems: { newYear: m.settings_yearTaken } });
    expect(addYear({ ...draft, newYear: "1990", newAmount: "viel" })).toEqual({
      ok: false,
      problems: { newYear: m.settings_yearInvalid, newAmount: m.settings_amountInvalid },
    });
    expect(addYear({ ...draft, newYear: "", newAmount: "" })).toEqual({ ok: false, problems: { newYear: m.common_fillIn, newAmount: m.common_fillIn } });
  });

  it("sends only what changed", () => {
    const draft = draftFromSettings(saved, "de");
    expect(buildInput(draft, saved)).toMatchObject({ ok: true, input: {} });
    // What the page showed for exactly the settings sent goes along, so a save over someone else's is refused.
    expect(buildInput({ ...draft, countAttendanceAsHours: true }, saved)).toEqual({ ok: true, input: { countAttendanceAsHours: true }, seen: { countAttendanceAsHours: false }, limits: expect.any(Array) });
    const changed = buildInput({ ...draft, limits: [...draft.limits, { year: 2027, amount: "1.000,00" }] }, saved);
    expect(changed).toMatchObject({
      ok: true,
      input: {
        ehrenamtspauschale: [
          { year: 2025, limitCents: 84_000 },
          { year: 2026, limitCents: 96_000 },
          { year: 2027, limitCents: 100_000 },
        ],
      },
    });
    expect(buildInput({ ...draft, limits: [draft.limits[1]!] }, saved)).toMatchObject({
      ok: true,
      input: { ehrenamtspauschale: [{ year: 2026, limitCents: 96_000 }] },
      seen: { ehrenamtspauschale: [{ year: 2025, limitCents: 84_000 }, { year: 2026, limitCents: 96_000 }] },
    });
  });

  it("names the year whose amount is wrong, and wants at least one year", () => {
    const draft = draftFromSettings(saved, "de");
    expect(buildInput({ ...draft, limits: [{ year: 2025, amount: "12,345" }, { year: 2026, amount: "" }] }, saved)).toEqual({
      ok: false,
      problems: { "limit.2025": m.settings_amountInvalid, "limit.2026": m.common_fillIn },
    });
    expect(buildInput({ ...draft, limits: [] }, saved)).toEqual({ ok: false, problems: { ehrenamtspauschale: m.settings_limitsRequired } });
  });

  it("matches the API's errors, which name a place in the list, to the year", () => {
    const sent = [{ year: 2025 }, { year: 2027 }];
    expect(apiFieldNames(sent)).toEqual([
      "countAttendanceAsHours",
      "ehrenamtspauschale",
      "ehrenamtspauschale.0.year",
      "ehrenamtspauschale.0.limitCents",
      "ehrenamtspauschale.1.year",
      "ehrenamtspauschale.1.limitCents",
    ]);
    expect(fieldsByYear({ "ehrenamtspauschale.1.limitCents": "zu hoch", ehrenamtspauschale: "leer" }, sent)).toEqual({ "limit.2027": "zu hoch", ehrenamtspauschale: "leer" });
  });

  it("reads the form as posted without JavaScript: the rows by year, the checkbox, the add fields, and what the page was loaded with", () => {
    const form = posted([
      ["saved.countAttendanceAsHours", "false"],
      ["saved.limits.0.year", "2025"],
      ["saved.limits.0.limitCents", "84000"],
      ["saved.limits.1.year", "2026"],
      ["saved.limits.1.limitCents", "96000"],
      ["countAttendanceAsHours", "on"],
      ["limits.0.year", "2026"],
      ["limits.0.amount", " 1.000,00 "],
      ["limits.1.year", "2025"],
      ["limits.1.amount", "840,00"],
      ["newYear", "2027"],
      ["newAmount", "viel"],
    ]);
    expect(draftFromForm(form)).toEqual({
      countAttendanceAsHours: true,
      limits: [
        { year: 2025, amount: "840,00" },
        { year: 2026, amount: "1.000,00" },
      ],
      newYear: "2027",
      newAmount: "viel",
    });
    expect(savedFromForm(form)).toEqual({ countAttendanceAsHours: false, ehrenamtspauschale: [...saved.ehrenamtspauschale].reverse() });
    expect(draftFromForm(posted([])).countAttendanceAsHours).toBe(false);
  });

  it("takes over a year typed into the add fields when saving, and refuses the save when that year is wrong", () => {
    const draft = { ...draftFromSettings(saved, "de"), newYear: "2027", newAmount: "1.000" };
    const check = checkSettings(draft, saved);
    expect(check).toMatchObject({ ok: true, input: { ehrenamtspauschale: [{ year: 2025 }, { year: 2026 }, { year: 2027, limitCents: 100_000 }] }, draft: { newYear: "", newAmount: "" } });
    expect(check.ok && check.sent.map((l) => l.year)).toEqual([2025, 2026, 2027]);
    expect(checkSettings({ ...draft, newYear: "2026", limits: [{ year: 2025, amount: "x" }, draft.limits[1]!] }, saved)).toEqual({
      ok: false,
      problems: { newYear: m.settings_yearTaken, "limit.2025": m.settings_amountInvalid },
    });
    expect(checkSettings(draftFromSettings(saved, "de"), saved)).toMatchObject({ ok: true, input: {}, sent: [] });
  });

  it("adds or removes a row without saving, keeping everything else typed", () => {
    const draft = { ...draftFromSettings(saved, "de"), countAttendanceAsHours: true, newYear: "2024", newAmount: "720" };
    draft.limits[1]!.amount = "999";
    expect(changeDraft(draft, { add: true })).toEqual({
      ok: true,
      added: 2024,
      draft: { countAttendanceAsHours: true, newYear: "", newAmount: "", limits: [{ year: 2024, amount: "720" }, { year: 2025, amount: "840,00" }, { year: 2026, amount: "999" }] },
    });
    expect(changeDraft(draft, { remove: 2025 })).toEqual({ ok: true, removed: 2025, draft: { ...draft, limits: [{ year: 2026, amount: "999" }] } });
    expect(changeDraft({ ...draft, newYear: "2025" }, { add: true })).toEqual({ ok: false, problems: { newYear: m.settings_yearTaken } });
    expect(changeOf(posted([["addYear", "1"]]))).toEqual({ add: true });
    expect(changeOf(posted([["removeYear", "2025"]]))).toEqual({ remove: 2025 });
    expect(changeOf(posted([["removeYear", "zwei"]]))).toBeNull();
  });
});

import { m } from "$lib/paraglide/messages.js";
import { describe, expect, it } from "vitest";
import { checkRetention, parsePeriod, textsOf } from "./retention-form";

const saved = { conductRecordMonths: 3, familyClosedMonths: 6, childYears: 3, inactiveVolunteerMonths: 6, auditYears: 3 };

describe("retention settings form", () => {
  it("reads whole numbers only", () => {
    expect(parsePeriod(" 12 ")).toBe(12);
    for (const bad of ["", "1,5", "-1", "zwölf", "1000"]) expect(parsePeriod(bad), bad).toBeNull();
  });

  it("sends only the periods that changed", () => {
    expect(checkRetention({ ...textsOf(saved), childYears: "5" }, saved)).toEqual({ ok: true, input: { childYears: 5 } });
    expect(checkRetention(textsOf(saved), saved)).toEqual({ ok: true, input: {} });
  });

  it("names the field and its range: at most 3 months for Führungszeugnis records (§ 72a SGB VIII)", () => {
    const result = checkRetention({ ...textsOf(saved), conductRecordMonths: "4", auditYears: "0" }, saved);
    expect(result).toEqual({ ok: false, fields: { conductRecordMonths: m.retention_range({ min: 1, max: 3 }), auditYears: m.retention_range({ min: 1, max: 30 }) } });
  });
});

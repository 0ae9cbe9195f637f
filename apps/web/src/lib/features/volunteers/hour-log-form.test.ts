import { describe, expect, it } from "vitest";
import { m } from "$lib/paraglide/messages.js";
import { hourLogInput } from "./hour-log-form";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
}

describe("reading the hour entry form", () => {
  it("adds hours and minutes up to the API's minutes, empty choices as none", () => {
    const result = hourLogInput(form({ date: "2026-03-02", hours: "1,5", minutes: "15", activityTypeId: "a1", cohortId: "", tandemId: "", note: "  " }));
    expect(result).toEqual({ ok: true, input: { date: "2026-03-02", minutes: 105, activityTypeId: "a1", cohortId: null, tandemId: null, note: null } });
  });

  it("keeps a chosen course, tandem and note", () => {
    const result = hourLogInput(form({ date: "2026-03-02", minutes: "45", activityTypeId: "a1", cohortId: "c1", tandemId: "t1", note: " Lesen " }));
    expect(result.ok && result.input).toMatchObject({ minutes: 45, cohortId: "c1", tandemId: "t1", note: "Lesen" });
  });

  it("names the field in the unit the person typed", () => {
    expect(hourLogInput(form({ hours: "", minutes: "" }))).toEqual({ ok: false, errors: { form: [], fields: { hours: m.log_durationEmpty() } } });
    expect(hourLogInput(form({ hours: "zwei", minutes: "" }))).toEqual({ ok: false, errors: { form: [], fields: { hours: m.log_hoursFormat() } } });
    expect(hourLogInput(form({ hours: "1", minutes: "1.5" }))).toEqual({ ok: false, errors: { form: [], fields: { minutes: m.log_minutesFormat() } } });
  });
});

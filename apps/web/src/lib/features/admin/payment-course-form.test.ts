import { describe, expect, it } from "vitest";
import { m } from "$lib/paraglide/messages.js";
import { paymentCourseInput } from "./payment-course-form";

function posted(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const seen: [string, string][] = [
  ["seen.mileageCentsPerKm", "30"],
  ["seen.cohortCapacityMin", "8"],
  ["seen.cohortCapacityMax", "16"],
  ["seen.admissionInterviewByDefault", "true"],
];

describe("payments and courses settings form", () => {
  it("reads the rate in euros, the cohort size and the checkbox, with what the form was loaded with as `seen`", () => {
    expect(paymentCourseInput(posted([...seen, ["mileageRate", "0,35"], ["capacityMin", "6"], ["capacityMax", " 18 "]]))).toEqual({
      ok: true,
      input: { mileageCentsPerKm: 35, cohortCapacityMin: 6, cohortCapacityMax: 18, admissionInterviewByDefault: false },
      seen: { mileageCentsPerKm: 30, cohortCapacityMin: 8, cohortCapacityMax: 16, admissionInterviewByDefault: true },
    });
  });

  it("marks a rate above 5 euros, a size that is not a whole number, and a largest size below the smallest", () => {
    expect(paymentCourseInput(posted([...seen, ["mileageRate", "5,01"], ["capacityMin", "acht"], ["capacityMax", "16"]]))).toEqual({
      ok: false,
      errors: { form: [m.common_checkFields()], fields: { mileageCentsPerKm: m.settings_rateInvalid(), cohortCapacityMin: m.cohort_capacityInvalid() } },
    });
    expect(paymentCourseInput(posted([...seen, ["mileageRate", "0,30"], ["capacityMin", "12"], ["capacityMax", "10"]]))).toEqual({
      ok: false,
      errors: { form: [m.common_checkFields()], fields: { cohortCapacityMax: m.settings_capacityOrder() } },
    });
  });
});

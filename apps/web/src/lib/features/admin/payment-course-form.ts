// The payments and courses settings form (admin): the rate for car travel,
// the usual cohort size and whether new cohorts start with the admission
// interview, read from the posted form (natively or through `use:enhance`)
// with the checks the page makes before sending and the action makes again.
import { COHORT } from "@lotse/domain/bounds";
import { parseEuroToCents } from "@lotse/domain/cents";
import { checked, integer, text } from "$lib/forms/form-data";
import type { FormErrors } from "$lib/graphql/errors";
import { parseWholeNumber } from "$lib/features/training/forms";
import { m } from "$lib/paraglide/messages.js";

/** The highest rate per kilometre the form accepts, in cents. */
const MILEAGE_MAX_CENTS = 500;

/** The API's field names, which the form's errors are keyed by. */
export const PAYMENT_COURSE_FIELDS = ["mileageCentsPerKm", "cohortCapacityMin", "cohortCapacityMax", "admissionInterviewByDefault"] as const;

export interface PaymentCourseInput {
  mileageCentsPerKm: number;
  cohortCapacityMin: number;
  cohortCapacityMax: number;
  admissionInterviewByDefault: boolean;
}

export type PaymentCourseRead = { ok: true; input: PaymentCourseInput; seen: PaymentCourseInput } | { ok: false; errors: FormErrors };

/**
 * The input to save, and `seen`: what the form was loaded with (hidden
 * `seen.*` fields), so a value someone else saved since is not overwritten unseen.
 */
export function paymentCourseInput(form: FormData): PaymentCourseRead {
  const rate = parseEuroToCents(text(form, "mileageRate"));
  const min = parseWholeNumber(text(form, "capacityMin"), COHORT.capacity.min, COHORT.capacity.max);
  const max = parseWholeNumber(text(form, "capacityMax"), COHORT.capacity.min, COHORT.capacity.max);
  const fields: Record<string, string> = {};
  if (rate === null || rate > MILEAGE_MAX_CENTS) fields.mileageCentsPerKm = m.settings_rateInvalid();
  if (min === null) fields.cohortCapacityMin = m.cohort_capacityInvalid();
  if (max === null) fields.cohortCapacityMax = m.cohort_capacityInvalid();
  if (min !== null && max !== null && min > max) fields.cohortCapacityMax = m.settings_capacityOrder();
  if (rate === null || min === null || max === null || Object.keys(fields).length > 0) return { ok: false, errors: { form: [m.common_checkFields()], fields } };
  const input = { mileageCentsPerKm: rate, cohortCapacityMin: min, cohortCapacityMax: max, admissionInterviewByDefault: checked(form, "admissionInterviewByDefault") };
  const seen = {
    mileageCentsPerKm: integer(form, "seen.mileageCentsPerKm") ?? input.mileageCentsPerKm,
    cohortCapacityMin: integer(form, "seen.cohortCapacityMin") ?? input.cohortCapacityMin,
    cohortCapacityMax: integer(form, "seen.cohortCapacityMax") ?? input.cohortCapacityMax,
    admissionInterviewByDefault: form.has("seen.admissionInterviewByDefault") ? text(form, "seen.admissionInterviewByDefault") === "true" : input.admissionInterviewByDefault,
  };
  return { ok: true, input, seen };
}

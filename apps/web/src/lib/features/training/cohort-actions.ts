// Creating and changing a cohort as form actions (the overview creates, the
// cohort page changes): what the trainer typed is checked as in the browser
// (parseCohortForm) and sent to the API. A capacity outside the usual range
// is the API's question, not a mistake: the refusal carries its code, the
// form asks it, and its "yes" button posts the same form again confirmed.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { all, checked, text } from "$lib/forms/form-data";
import { CreateCohortMutation, UpdateCohortMutation } from "$lib/graphql/training";
import { COHORT_TRANSLATED, parseCohortForm, type CohortFormValues } from "$lib/features/training/forms";
import { translationFieldNames } from "$lib/forms/translations";
import { m } from "$lib/paraglide/messages.js";

const TRANSLATION_FIELDS = COHORT_TRANSLATED.flatMap(translationFieldNames);
const FIELDS = ["courseId", "title", ...TRANSLATION_FIELDS, "location", "capacity", "feeCents", "enrolmentOpensAt", "enrolmentClosesAt", "requiresInterview", "offerHours", "trainerIds"];

/** The cohort form's fields as typed (the same shape the browser's form keeps). */
export function cohortValuesFromForm(form: FormData): CohortFormValues {
  return {
    title: text(form, "title"),
    ...(Object.fromEntries(TRANSLATION_FIELDS.map((name) => [name, text(form, name)])) as Pick<CohortFormValues, `${(typeof COHORT_TRANSLATED)[number]}.${"en" | "ar" | "fa" | "uk" | "tr"}`>),
    location: text(form, "location"),
    capacity: text(form, "capacity"),
    fee: text(form, "fee"),
    enrolmentOpensOn: text(form, "enrolmentOpensOn"),
    enrolmentClosesOn: text(form, "enrolmentClosesOn"),
    requiresInterview: checked(form, "requiresInterview"),
    offerHours: text(form, "offerHours"),
    trainerIds: all(form, "trainerIds"),
  };
}

function checkedCohort(form: FormData, needsCourse: boolean) {
  const parsed = parseCohortForm(cohortValuesFromForm(form));
  const problems: Record<string, string> = parsed.ok ? {} : Object.fromEntries(Object.entries(parsed.problems).map(([k, key]) => [k, key()]));
  if (needsCourse && !text(form, "courseId")) problems.courseId = m.cohort_courseRequired();
  if (!parsed.ok || Object.keys(problems).length > 0) return { ok: false as const, errors: { form: [m.common_checkFields()], fields: problems } };
  return { ok: true as const, input: { ...parsed.input, confirmUnusualCapacity: checked(form, "confirmUnusualCapacity") } };
}

export async function createCohortAction(event: RequestEvent) {
  const form = await event.request.formData();
  const omit = ["confirmUnusualCapacity"];
  const cohort = checkedCohort(form, true);
  if (!cohort.ok) return refuse(cohort.errors, form, { name: "new-cohort", omit });
  const outcome = await mutate(event, CreateCohortMutation, { courseId: text(form, "courseId"), input: cohort.input }, FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "new-cohort", omit });
  return { done: "cohort" as const, id: outcome.data.id, title: outcome.data.title };
}

export async function updateCohortAction(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const omit = ["confirmUnusualCapacity"];
  const cohort = checkedCohort(form, false);
  if (!cohort.ok) return refuse(cohort.errors, form, { name: "edit-cohort", omit });
  const outcome = await mutate(event, UpdateCohortMutation, { id: event.params.id, input: cohort.input, expectedVersion: text(form, "expectedVersion") || null }, FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "edit-cohort", omit });
  return { done: "cohort" as const, id: outcome.data.id, title: outcome.data.title };
}

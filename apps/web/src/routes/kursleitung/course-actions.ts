// The overview's course forms as actions: what the trainer typed is checked as
// in the browser (parseCourseForm) and sent to the API, whose errors land at
// the same fields.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { formCheckErrors } from "$lib/graphql/errors";
import { CreateCourseMutation, UpdateCourseMutation } from "$lib/graphql/training";
import { COURSE_TRANSLATED, parseCourseForm, type CourseFormValues } from "$lib/features/training/forms";
import { translationFieldNames } from "$lib/forms/translations";

const TRANSLATION_FIELDS = COURSE_TRANSLATED.flatMap(translationFieldNames);
const FIELDS = ["title", "description", ...TRANSLATION_FIELDS, "teachingHours", "topics", "minimumAttendancePercent", "qualificationName", "qualificationValidityYears", "certificateText"];

function courseValues(form: FormData): CourseFormValues {
  return {
    title: text(form, "title"),
    description: text(form, "description"),
    ...(Object.fromEntries(TRANSLATION_FIELDS.map((name) => [name, text(form, name)])) as Pick<CourseFormValues, `${(typeof COURSE_TRANSLATED)[number]}.${"en" | "ar" | "fa" | "uk" | "tr"}`>),
    teachingHours: text(form, "teachingHours"),
    topics: text(form, "topics"),
    minimumAttendancePercent: text(form, "minimumAttendancePercent"),
    qualificationName: text(form, "qualificationName"),
    qualificationValidityYears: text(form, "qualificationValidityYears"),
    certificateText: text(form, "certificateText"),
  };
}

export async function createCourseAction(event: RequestEvent) {
  const form = await event.request.formData();
  const parsed = parseCourseForm(courseValues(form));
  if (!parsed.ok) return refuse(formCheckErrors(parsed.problems), form, { name: "new-course" });
  const outcome = await mutate(event, CreateCourseMutation, { input: parsed.input }, FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "new-course" });
  return { done: "courses" as const, notice: "created" as const, title: outcome.data.title };
}

export async function updateCourseAction(event: RequestEvent) {
  const form = await event.request.formData();
  const id = text(form, "courseId");
  const name = `course-${id}`;
  const parsed = parseCourseForm(courseValues(form));
  if (!parsed.ok) return refuse(formCheckErrors(parsed.problems), form, { name });
  const outcome = await mutate(event, UpdateCourseMutation, { id, input: parsed.input, expectedVersion: text(form, "expectedVersion") || null }, FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { done: "courses" as const, notice: "updated" as const, title: outcome.data.title };
}

// Organisation settings saved by form actions: the details every Nachweis
// states (address, contact person, activity in words), the Ehrenamtskarte
// rules and the retention periods.
import { SETTINGS } from "@lotse/domain/bounds";
import { RETENTION_EDITABLE } from "@lotse/domain/retention";
import { mutate, refuse } from "$lib/forms/action";
import { checked, integer, text } from "$lib/forms/form-data";
import { checkRetention, type PeriodTexts, type Periods } from "$lib/features/admin/retention-form";
import { UpdateRetentionSettingsMutation } from "$lib/graphql/retention";
import { UpdateEhrenamtskarteSettingsMutation, UpdateNachweisSettingsMutation } from "$lib/graphql/settings";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

const NACHWEIS_FIELDS = ["nachweis.address", "nachweis.contactPerson", "nachweis.activityDescription"];

export async function nachweis(event: RequestEvent) {
  const form = await event.request.formData();
  const input = { nachweis: { address: text(form, "nachweis.address"), contactPerson: text(form, "nachweis.contactPerson"), activityDescription: text(form, "nachweis.activityDescription") } };
  const outcome = await mutate(event, UpdateNachweisSettingsMutation, { input }, NACHWEIS_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "nachweis" });
  return { saved: "nachweis" as const };
}

const EK_FIELDS = ["ehrenamtskarte.minActiveYears", "ehrenamtskarte.validityYears", "ehrenamtskarte.countsCourseAttendance"];
const years = (value: string) => (/^\d{1,2}$/.test(value) ? Number(value) : Number.NaN);

/**
 * The Ehrenamtskarte rules. The values the form was loaded with come along
 * (`seen.*`), so a value someone else saved since is not overwritten unseen.
 */
export async function ehrenamtskarte(event: RequestEvent) {
  const form = await event.request.formData();
  const { min, max } = SETTINGS.ehrenamtskarteYears;
  const n = years(text(form, "ehrenamtskarte.minActiveYears"));
  const v = years(text(form, "ehrenamtskarte.validityYears"));
  const fields: Record<string, string> = {};
  if (!(n >= min && n <= max)) fields["ehrenamtskarte.minActiveYears"] = m.ekSettings_yearsRange({ min, max });
  if (!(v >= min && v <= max)) fields["ehrenamtskarte.validityYears"] = m.ekSettings_yearsRange({ min, max });
  if (Object.keys(fields).length > 0) return refuse({ form: [], fields }, form, { name: "ehrenamtskarte" });
  const seen = {
    ehrenamtskarte: {
      minActiveYears: integer(form, "seen.minActiveYears") ?? n,
      validityYears: integer(form, "seen.validityYears") ?? v,
      countsCourseAttendance: text(form, "seen.countsCourseAttendance") === "true",
    },
  };
  const input = { ehrenamtskarte: { minActiveYears: n, validityYears: v, countsCourseAttendance: checked(form, "ehrenamtskarte.countsCourseAttendance") } };
  const outcome = await mutate(event, UpdateEhrenamtskarteSettingsMutation, { input, seen }, EK_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "ehrenamtskarte" });
  return { saved: "ehrenamtskarte" as const };
}

/** The retention periods; only those that differ from what the form was loaded with (`saved.*`) are sent. */
export async function retention(event: RequestEvent) {
  const form = await event.request.formData();
  const texts = Object.fromEntries(RETENTION_EDITABLE.map((key) => [key, text(form, key)])) as PeriodTexts;
  const saved = Object.fromEntries(RETENTION_EDITABLE.map((key) => [key, integer(form, `saved.${key}`) ?? Number.NaN])) as Periods;
  const check = checkRetention(texts, saved);
  if (!check.ok) return refuse({ form: [], fields: check.fields }, form, { name: "retention" });
  const outcome = await mutate(event, UpdateRetentionSettingsMutation, { input: check.input }, [...RETENTION_EDITABLE]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "retention" });
  return { saved: "retention" as const };
}

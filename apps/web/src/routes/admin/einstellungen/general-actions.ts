// The page's first form, saved by form actions: whether course attendance
// counts as volunteer hours, and the Ehrenamtspauschale by calendar year.
// Adding or removing a year without JavaScript posts to `generalDraft`, which
// hands the whole form back with one row more or less, everything typed kept.
import { mutate, refuse } from "$lib/forms/action";
import { apiFieldNames, changeDraft, changeOf, checkSettings, draftFromForm, fieldsByYear, savedFromForm, type SettingsDraft, type StoredSettings } from "$lib/features/admin/settings-form";
import { formCheckErrors } from "$lib/graphql/errors";
import { UpdateOrganizationSettingsMutation } from "$lib/graphql/settings";
import type { RequestEvent } from "./$types";

/** What `generalDraft` hands back: the form to show again, and which year it added or removed. */
export interface GeneralDraft {
  draft: SettingsDraft;
  saved: StoredSettings;
  added?: number;
  removed?: number;
}

export async function general(event: RequestEvent) {
  const form = await event.request.formData();
  const check = checkSettings(draftFromForm(form), savedFromForm(form));
  if (!check.ok) return refuse(formCheckErrors(check.problems), form, { name: "general" });
  const outcome = await mutate(event, UpdateOrganizationSettingsMutation, { input: check.input, seen: check.seen }, apiFieldNames(check.sent));
  if (!outcome.ok) return refuse({ ...outcome.errors, fields: fieldsByYear(outcome.errors.fields, check.sent) }, form, { name: "general" });
  return { saved: "general" as const };
}

export async function generalDraft(event: RequestEvent) {
  const form = await event.request.formData();
  const draft = draftFromForm(form);
  const change = changeOf(form);
  const changed = change ? changeDraft(draft, change) : ({ ok: true, draft } as const);
  if (!changed.ok) return refuse(formCheckErrors(changed.problems), form, { name: "general" });
  const generalDraft: GeneralDraft = { draft: changed.draft, saved: savedFromForm(form) };
  if ("added" in changed && changed.added !== undefined) generalDraft.added = changed.added;
  if ("removed" in changed && changed.removed !== undefined) generalDraft.removed = changed.removed;
  return { generalDraft };
}

// One family for coordinators: its record, its tandems, the ranked suggestions
// with their explanations, and the "why not?" lookup (?search= finds volunteers,
// ?volunteer= asks the API why that one is not suggested). Editing (at its own
// address, ?edit), closing and proposing a volunteer are form actions, so they
// work before (and without) the page's JavaScript; adding or removing a row of
// the record without JavaScript posts to `draft` (the typed form back with the change).
import { error, redirect } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { rowDraft } from "$lib/forms/row-draft";
import { text } from "$lib/forms/form-data";
import { loadQuery } from "$lib/graphql/load";
import { CloseFamilyMutation, FamilyDetailQuery, MatchSuggestionsQuery, ProposeMatchMutation, UpdateFamilyMutation, VolunteerLookupQuery, WhyNotMatchQuery } from "$lib/graphql/families";
import { familyFieldNames, familyInput, updateInput } from "$lib/features/families/family-form";
import { familyDraftFromForm } from "$lib/features/families/family-form-data";
import { familyPath, tandemPath } from "$lib/features/families/list-params";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import { m } from "$lib/paraglide/messages.js";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, params, parent }) => {
  await parent(); // the COORDINATOR check runs first
  if (!isGlobalIdOf("Family", params.id)) error(404, { message: "Not found" });
  const search = (url.searchParams.get("search") ?? "").trim().slice(0, 200);
  const volunteer = url.searchParams.get("volunteer") ?? "";
  const [detail, suggestions, lookup, whyNot] = await Promise.all([
    loadQuery(fetch, FamilyDetailQuery, { id: params.id }),
    loadQuery(fetch, MatchSuggestionsQuery, { familyId: params.id, limit: 20 }),
    search ? loadQuery(fetch, VolunteerLookupQuery, { search }) : null,
    isGlobalIdOf("Volunteer", volunteer) ? loadQuery(fetch, WhyNotMatchQuery, { familyId: params.id, volunteerId: volunteer }) : null,
  ]);
  if (!detail.family) error(404, { message: "Not found" });
  return {
    family: detail.family,
    topics: detail.topics,
    districts: detail.districts,
    suggestions: suggestions.matchSuggestions,
    search,
    found: lookup?.volunteers.edges.map((e) => e.node) ?? null,
    whyNot: whyNot?.whyNotMatch ?? null,
    editing: url.searchParams.has("edit"),
  };
};

export const actions: Actions = {
  update: async (event) => {
    const form = await event.request.formData();
    const draft = familyDraftFromForm(form);
    // Editing does not ask for the processing consent again (given at registration).
    const checked = familyInput({ ...draft, consent: true, consentVersion: "1" });
    if (!checked.ok) return refuse(checked.errors, form, { name: "edit" });
    const outcome = await mutate(event, UpdateFamilyMutation, { id: event.params.id, input: updateInput(checked.input) }, familyFieldNames(draft));
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "edit" });
    redirect(303, `${familyPath(event.params.id)}?saved=1`);
  },
  draft: async (event) => rowDraft(await event.request.formData(), "edit"),
  close: async (event) => {
    const form = await event.request.formData();
    const reason = text(form, "reason");
    if (!reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name: "close" });
    const outcome = await mutate(event, CloseFamilyMutation, { id: event.params.id, reason }, ["reason"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "close" });
    return { closed: true };
  },
  propose: async (event) => {
    const form = await event.request.formData();
    const volunteerId = text(form, "volunteerId");
    const outcome = await mutate(event, ProposeMatchMutation, { familyId: event.params.id, volunteerId });
    if (!outcome.ok) return refuse({ ...outcome.errors, form: [...outcome.errors.form, ...Object.values(outcome.errors.fields)], fields: {} }, form, { name: `propose-${volunteerId}` });
    redirect(303, `${tandemPath(outcome.data.id)}?proposed=1`);
  },
};

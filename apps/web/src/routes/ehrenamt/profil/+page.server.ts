// My profile: the current consent text (shown only here) and the lists the
// profile form offers (topics, districts). Every form of the page is an action
// here (profile, gender, giving and withdrawing consent), so it works before
// (and without) the page's JavaScript; withdrawing asks first at its own
// address (`?withdraw`). Adding or removing a row of the profile without
// JavaScript posts to `draft`, which hands the typed form back with the change.
import { mutate, refuse } from "$lib/forms/action";
import { checked, integer } from "$lib/forms/form-data";
import { rowDraft } from "$lib/forms/row-draft";
import { loadQuery } from "$lib/graphql/load";
import { GiveConsentMutation, ProfileOptionsQuery, UpdateMyVolunteerProfileMutation, WithdrawConsentMutation } from "$lib/graphql/my-volunteering";
import { gender } from "$lib/features/volunteers/gender-action";
import { draftFromForm, profileFieldNames, profileInput } from "$lib/features/volunteers/profile-form";
import { m } from "$lib/paraglide/messages.js";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent, url }) => {
  const { volunteer } = await parent();
  const confirmingWithdraw = url.searchParams.has("withdraw");
  if (!volunteer) return { topics: [], districts: [], currentConsent: null, confirmingWithdraw };
  const { topics, districts, currentConsent } = await loadQuery(fetch, ProfileOptionsQuery, {});
  return { topics, districts, currentConsent, confirmingWithdraw };
};

export const actions: Actions = {
  profile: async (event) => {
    const form = await event.request.formData();
    const draft = draftFromForm(form);
    const built = profileInput(draft);
    if (!built.ok) return refuse(built.errors, form, { name: "profile" });
    const outcome = await mutate(event, UpdateMyVolunteerProfileMutation, { input: built.input }, profileFieldNames(draft));
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "profile" });
    return { saved: "profile" as const };
  },
  draft: async (event) => rowDraft(await event.request.formData(), "profile"),
  gender,
  consent: async (event) => {
    const form = await event.request.formData();
    if (!checked(form, "consent")) return refuse({ form: [], fields: { consent: m.signup_consentRequired() } }, form, { name: "consent" });
    // The version of the text the person read (the page carries it), not whatever is current now.
    const outcome = await mutate(event, GiveConsentMutation, { consentVersion: integer(form, "consentVersion") ?? 0 }, ["consent"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "consent" });
    return { saved: "consentGiven" as const };
  },
  withdraw: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, WithdrawConsentMutation, {});
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "withdraw" });
    return { saved: "consentWithdrawn" as const };
  },
};

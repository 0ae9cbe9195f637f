// Public volunteer sign-up of one organisation: its topics, districts and
// current consent text (no sign-in needed; see PUBLIC_PATTERNS in $lib/nav),
// and the sign-up as a form action, so it works before (and without) the
// page's JavaScript. Adding or removing a row without JavaScript posts to
// `draft`, which hands the typed form back with the change (never the passwords: the page
// asks for them again at their fields, which come after the rows so they are seldom typed yet).
import { error } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { checked, integer, raw, text } from "$lib/forms/form-data";
import { rowDraft } from "$lib/forms/row-draft";
import { loadQuery } from "$lib/graphql/load";
import { RegisterVolunteerMutation, SignUpOptionsQuery } from "$lib/graphql/signup";
import { draftFromForm, profileFieldNames } from "$lib/features/volunteers/profile-form";
import { signUpInput } from "$lib/features/volunteers/signup-form";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params }) => {
  const { signUpOptions } = await loadQuery(fetch, SignUpOptionsQuery, { organizationSlug: params.slug });
  if (!signUpOptions) error(404, { message: "Unknown organisation" });
  return { options: signUpOptions };
};

export const actions: Actions = {
  register: async (event) => {
    const form = await event.request.formData();
    const draft = draftFromForm(form);
    const checkedInput = signUpInput(draft, {
      email: text(form, "email"),
      password: raw(form, "password"),
      passwordRepeat: raw(form, "passwordRepeat"),
      consent: checked(form, "consent"),
    });
    if (!checkedInput.ok) return refuse(checkedInput.errors, form);
    const outcome = await mutate(
      event,
      RegisterVolunteerMutation,
      {
        input: {
          ...checkedInput.profile,
          organizationSlug: event.params.slug,
          email: checkedInput.email,
          password: raw(form, "password"),
          consent: true,
          // The version of the text the person read (the page carries it), not whatever is current now.
          consentVersion: integer(form, "consentVersion") ?? 0,
        },
      },
      [...profileFieldNames(draft), "email", "password", "consent"],
    );
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { sentTo: checkedInput.email };
  },
  draft: async (event) => {
    const form = await event.request.formData();
    return { ...rowDraft(form), passwordsDropped: raw(form, "password") !== "" || raw(form, "passwordRepeat") !== "" };
  },
};

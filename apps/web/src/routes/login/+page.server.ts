// Sign-in as a form action: works before the page's JavaScript has loaded.
import { redirect } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { raw, text } from "$lib/forms/form-data";
import { SignInMutation } from "$lib/graphql/auth";
import { safeNext } from "$lib/nav";
import type { Actions } from "./$types";

const FIELDS = ["email", "password"] as const;

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, SignInMutation, { input: { email: text(form, "email"), password: raw(form, "password") } }, FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form);
    redirect(303, safeNext(event.url.searchParams.get("next")));
  },
};

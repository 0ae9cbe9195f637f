// Requesting a password-reset link as a form action: works before the page's JavaScript has loaded.
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { RequestPasswordResetMutation } from "$lib/graphql/auth";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, RequestPasswordResetMutation, { email: text(form, "email") }, ["email"]);
    // Only malformed input or a failed transport is shown; any other answer
    // gets the same confirmation, so nobody can probe which addresses exist.
    if (!outcome.ok && (outcome.errors.code === "VALIDATION" || outcome.errors.code === undefined)) return refuse(outcome.errors, form);
    return { sent: true };
  },
};

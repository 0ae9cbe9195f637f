// Setting a new password from an emailed link as a form action: works before the page's JavaScript has loaded.
import { mutate, refuse } from "$lib/forms/action";
import { raw } from "$lib/forms/form-data";
import { ResetPasswordMutation } from "$lib/graphql/auth";
import { m } from "$lib/paraglide/messages.js";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const password = raw(form, "password");
    if (password !== raw(form, "confirm")) return refuse({ form: [], fields: { confirm: m.common_passwordMismatch() } }, form);
    // The form posts to its own address, so the link's token is still in it.
    const token = event.url.searchParams.get("token") ?? "";
    const outcome = await mutate(event, ResetPasswordMutation, { token, password }, ["password"]);
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { done: true };
  },
};

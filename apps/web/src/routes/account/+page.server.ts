// The own account's forms as actions (interface language, password change):
// they work before (and without) the page's JavaScript.
import { mutate, refuse } from "$lib/forms/action";
import { raw, text } from "$lib/forms/form-data";
import { ChangePasswordMutation } from "$lib/graphql/auth";
import { SetMyLocaleMutation } from "$lib/graphql/viewer";
import { parseLocale, toApiLocale } from "$lib/i18n/locale";
import { m } from "$lib/paraglide/messages.js";
import type { Actions } from "./$types";

const PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;

export const actions: Actions = {
  language: async (event) => {
    const form = await event.request.formData();
    const locale = parseLocale(text(form, "language"));
    if (!locale) return refuse({ form: [m.language_failed()], fields: {} }, form, { name: "language" });
    const outcome = await mutate(event, SetMyLocaleMutation, { locale: toApiLocale(locale) });
    if (!outcome.ok) return refuse({ ...outcome.errors, form: [m.language_failed(), ...outcome.errors.form] }, form, { name: "language" });
    // The page is rendered again after this: the root layout reads the saved choice and sets the cookie to it.
    return { saved: "language" as const };
  },
  password: async (event) => {
    const form = await event.request.formData();
    const newPassword = raw(form, "newPassword");
    if (newPassword !== raw(form, "confirmPassword")) {
      return refuse({ form: [], fields: { confirmPassword: m.common_passwordMismatch() } }, form, { name: "password" });
    }
    const outcome = await mutate(event, ChangePasswordMutation, { currentPassword: raw(form, "currentPassword"), newPassword }, PASSWORD_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "password" });
    return { saved: "password" as const };
  },
};

// Confirming the email address and asking for a new link, as form actions:
// both work before (and without) the page's JavaScript.
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { ResendVerificationMutation, VerifyEmailMutation } from "$lib/graphql/signup";
import type { Actions } from "./$types";

export const actions: Actions = {
  verify: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, VerifyEmailMutation, { token: text(form, "token") });
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "verify", omit: ["token"] });
    return { verified: true };
  },
  resend: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, ResendVerificationMutation, { email: text(form, "email") }, ["email"]);
    // The same answer for any address, so nobody learns which ones exist; only malformed input or a failed transport is shown.
    if (!outcome.ok && (outcome.errors.code === "VALIDATION" || outcome.errors.code === undefined)) {
      return refuse(outcome.errors, form, { name: "resend" });
    }
    return { resent: true };
  },
};

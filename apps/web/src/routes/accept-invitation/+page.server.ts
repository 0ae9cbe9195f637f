// Accepting a membership from the emailed link as a form action: works before the page's JavaScript has loaded.
import { mutate, refuse } from "$lib/forms/action";
import { AcceptInvitationMutation } from "$lib/graphql/auth";
import type { Actions } from "./$types";

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    // The form posts to its own address, so the link's token is still in it.
    const token = event.url.searchParams.get("token") ?? "";
    const outcome = await mutate(event, AcceptInvitationMutation, { token });
    // A link accepted before is no failure for its owner: it says so.
    if (outcome.ok || outcome.errors.code === "CONFLICT") return { done: outcome.ok ? ("accepted" as const) : ("already" as const) };
    return refuse(outcome.errors, form);
  },
};

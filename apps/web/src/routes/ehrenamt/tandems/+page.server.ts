// My tandems: the signed-in volunteer's proposed, active and paused tandems.
// Accepting a proposal and recording a contact are form actions, so they work
// before (and without) the page's JavaScript; so is declining, which asks for
// a reason in a form opened at its own address (`?decline=<id>`).
import { mutate, refuse } from "$lib/forms/action";
import { integer, optional, text } from "$lib/forms/form-data";
import { loadQuery } from "$lib/graphql/load";
import { LogContactMutation, MyTandemsQuery, RespondToMatchMutation } from "$lib/graphql/tandems";
import { m } from "$lib/paraglide/messages.js";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import type { Actions, PageServerLoad } from "./$types";

/** The API checks the kind against its enum and refuses anything else. */
type ContactKind = VariablesOf<typeof LogContactMutation>["input"]["kind"];

export const load: PageServerLoad = async ({ fetch, parent, url }) => {
  const { volunteer } = await parent();
  // The proposal whose decline form is open (`?decline=<id>`).
  const declining = url.searchParams.get("decline");
  if (!volunteer) return { tandems: [], declining };
  const { myMatches } = await loadQuery(fetch, MyTandemsQuery, {});
  return { tandems: myMatches, declining };
};

export const actions: Actions = {
  accept: async (event) => {
    const form = await event.request.formData();
    const id = text(form, "id");
    const outcome = await mutate(event, RespondToMatchMutation, { id, accept: true });
    if (!outcome.ok) return refuse(outcome.errors, form, { name: `accept-${id}` });
    return { done: "accepted" as const };
  },
  decline: async (event) => {
    const form = await event.request.formData();
    const id = text(form, "id");
    const reason = text(form, "reason");
    if (!reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name: `decline-${id}` });
    const outcome = await mutate(event, RespondToMatchMutation, { id, accept: false, reason }, ["reason"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: `decline-${id}` });
    return { done: "declined" as const };
  },
  contact: async (event) => {
    const form = await event.request.formData();
    const tandemId = text(form, "tandemId");
    const input = { tandemId, date: text(form, "date"), kind: text(form, "kind") as ContactKind, minutes: integer(form, "minutes"), note: optional(form, "note") };
    const outcome = await mutate(event, LogContactMutation, { input }, ["date", "kind", "minutes", "note"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: `contact-${tandemId}` });
    return { done: "contact" as const };
  },
};

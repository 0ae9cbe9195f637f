// The volunteer's allowances of a chosen year (?year=): limits, payments and
// their declarations of amounts received elsewhere. Declaring and removing a
// declaration are form actions, so they work before (and without) JavaScript.
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseEuroToCents } from "@lotse/domain/cents";
import { mutate, refuse } from "$lib/forms/action";
import { integer, text } from "$lib/forms/form-data";
import { loadQuery } from "$lib/graphql/load";
import { DeclareAllowanceElsewhereMutation, MyAllowancesQuery, RemoveAllowanceDeclarationMutation } from "$lib/graphql/allowances";
import type { AllowanceKind } from "$lib/graphql/types";
import { m } from "$lib/paraglide/messages.js";
import { parseYear, yearOf } from "$lib/features/volunteers/format";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { volunteer } = await parent();
  const currentYear = yearOf(berlinToday());
  const year = parseYear(url.searchParams.get("year"), currentYear);
  if (!volunteer) return { allowances: null, year, currentYear };
  const { allowanceSummary } = await loadQuery(fetch, MyAllowancesQuery, { volunteerId: volunteer.id, year });
  return { allowances: allowanceSummary, year, currentYear };
};

export const actions: Actions = {
  declare: async (event) => {
    const form = await event.request.formData();
    const cents = parseEuroToCents(text(form, "amount"));
    const payer = text(form, "payer");
    // What only the form can know: an amount that is no amount, a payer left empty.
    const problems: Record<string, string> = {};
    if (cents === null || cents < 1) problems.amountCents = m.allow_amountInvalid();
    if (!payer) problems.payer = m.common_fillIn();
    if (Object.keys(problems).length > 0) return refuse({ form: [m.common_checkFields()], fields: problems }, form, { name: "declare" });
    const input = { year: integer(form, "year") ?? yearOf(berlinToday()), kind: text(form, "kind") as AllowanceKind, amountCents: cents!, payer };
    const outcome = await mutate(event, DeclareAllowanceElsewhereMutation, { input }, ["kind", "amountCents", "payer", "year"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "declare" });
    return { declared: outcome.data.amountCents };
  },
  remove: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, RemoveAllowanceDeclarationMutation, { id: text(form, "id") });
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "remove" });
    return { removed: true };
  },
};

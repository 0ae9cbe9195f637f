// Data protection requests (ADMIN only, by ../+layout.server.ts and the API):
// the search by `?q=` (a plain GET form, so it works without JavaScript) and,
// for the person chosen by `?person=<global ID>`, the erasure plan; erasing
// is a form action (see erase-action.ts), so it works without JavaScript.
import { ErasurePlanQuery, PersonalDataPeopleQuery } from "$lib/graphql/data-protection";
import { loadQuery } from "$lib/graphql/load";
import { erase, takeErased } from "./erase-action";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent, cookies }) => {
  await parent();
  const q = (url.searchParams.get("q") ?? "").trim();
  const subject = url.searchParams.get("person") ?? "";
  // An empty search that was submitted is a mistake at the field; an unsubmitted one is the empty page.
  const searchMissing = url.searchParams.has("q") && q === "" && !subject;
  const [people, plan] = await Promise.all([
    q ? loadQuery(fetch, PersonalDataPeopleQuery, { search: q }).then((d) => d.personalDataPeople) : Promise.resolve(null),
    subject ? loadQuery(fetch, ErasurePlanQuery, { subject }).then((d) => d.erasurePlan) : Promise.resolve(null),
  ]);
  return {
    erased: takeErased(cookies),
    q,
    subject,
    searchMissing,
    people: people?.__typename === "QueryPersonalDataPeopleSuccess" ? people.data : null,
    searchError: people && people.__typename !== "QueryPersonalDataPeopleSuccess" ? (people.message ?? null) : null,
    plan: plan?.__typename === "QueryErasurePlanSuccess" ? plan.data : null,
    planError: plan && plan.__typename !== "QueryErasurePlanSuccess" ? (plan.message ?? null) : null,
  };
};

export const actions: Actions = { erase };

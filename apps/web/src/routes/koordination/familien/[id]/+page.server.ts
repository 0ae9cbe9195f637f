// One family for coordinators: its record, its tandems, the ranked suggestions
// with their explanations, and the "why not?" lookup (?search= finds volunteers,
// ?volunteer= asks the API why that one is not suggested).
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { FamilyDetailQuery, MatchSuggestionsQuery, VolunteerLookupQuery, WhyNotMatchQuery } from "$lib/graphql/families";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, params, parent }) => {
  await parent(); // the COORDINATOR check runs first
  if (!isGlobalIdOf("Family", params.id)) error(404, { message: "Not found" });
  const search = (url.searchParams.get("search") ?? "").trim().slice(0, 200);
  const volunteer = url.searchParams.get("volunteer") ?? "";
  const [detail, suggestions, lookup, whyNot] = await Promise.all([
    loadQuery(fetch, FamilyDetailQuery, { id: params.id }),
    loadQuery(fetch, MatchSuggestionsQuery, { familyId: params.id, limit: 20 }),
    search ? loadQuery(fetch, VolunteerLookupQuery, { search }) : null,
    isGlobalIdOf("Volunteer", volunteer) ? loadQuery(fetch, WhyNotMatchQuery, { familyId: params.id, volunteerId: volunteer }) : null,
  ]);
  if (!detail.family) error(404, { message: "Not found" });
  return {
    family: detail.family,
    topics: detail.topics,
    districts: detail.districts,
    suggestions: suggestions.matchSuggestions,
    search,
    found: lookup?.volunteers.edges.map((e) => e.node) ?? null,
    whyNot: whyNot?.whyNotMatch ?? null,
  };
};

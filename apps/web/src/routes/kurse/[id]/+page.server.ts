// One cohort for a volunteer: course, sessions, and their own enrolment.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { VolunteerCohortQuery } from "$lib/graphql/training";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  await parent(); // the VOLUNTEER check runs first
  if (!isGlobalIdOf("Cohort", params.id)) error(404, { message: "Not found" });
  const { cohort, myVolunteerProfile } = await loadQuery(fetch, VolunteerCohortQuery, { id: params.id });
  if (!cohort) error(404, { message: "Not found" });
  return { cohort, volunteerStatus: myVolunteerProfile?.status ?? null };
};

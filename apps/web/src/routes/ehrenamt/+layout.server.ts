// Everything under /ehrenamt is the signed-in volunteer's own: their profile in
// the current organisation, the current consent text, the activity list and the
// courses they hold a place in (hours can be linked to one of those).
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { MyVolunteeringQuery } from "$lib/graphql/my-volunteering";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ fetch, parent }) => {
  const { me } = await parent();
  if (!me?.roles.includes("VOLUNTEER")) error(403, { message: "Forbidden" });
  const { myVolunteerProfile, currentConsent, activityTypes, myEnrolments } = await loadQuery(fetch, MyVolunteeringQuery, {});
  const courses = myEnrolments.filter((e) => e.status === "ADMITTED").map((e) => e.cohort);
  return { volunteer: myVolunteerProfile, currentConsent, activityTypes, courses };
};

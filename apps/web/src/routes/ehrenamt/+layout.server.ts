// Everything under /ehrenamt is the signed-in volunteer's own: their profile in
// the current organisation, the activity list, the courses they hold a place
// in and their active tandems (hours can be linked to one of those). On the volunteer home and
// on "My courses" the page's own data comes in the same request (one document, one session
// lookup) and the page reads it from here. `route` is read untracked, so moving between the area's
// pages does not load this again in the browser; a page load that asks for its
// parent's data runs this anew on the server anyway, so the home never shows stale figures.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { MyCoursesQuery, MyVolunteeringQuery, VolunteerHomeQuery } from "$lib/graphql/my-volunteering";
import type { MyCourses, VolunteerHome } from "$lib/graphql/types";
import { PATHS } from "@lotse/domain/paths";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ fetch, parent, route, untrack }) => {
  const { me } = await parent();
  if (!me?.roles.includes("VOLUNTEER")) error(403, { message: "Forbidden" });
  let home: VolunteerHome | null = null;
  let myCourses: MyCourses | null = null;
  let area;
  // The home reads its own document; "My courses" only the courses, qualifications and feed
  // (not the home's latest entries nor the Ehrenamtskarte's conditions, reckoned over years).
  const routeId = untrack(() => route.id);
  if (routeId === PATHS.volunteering) area = home = await loadQuery(fetch, VolunteerHomeQuery, {});
  else if (routeId === PATHS.volunteerCourses) area = myCourses = await loadQuery(fetch, MyCoursesQuery, {});
  else area = await loadQuery(fetch, MyVolunteeringQuery, {});
  const courses = area.myEnrolments.filter((e) => e.status === "ADMITTED").map((e) => e.cohort);
  // Hours can name the volunteer's tandem while it is active (the API checks the same).
  const tandems = area.myMatches.filter((t) => t.status === "ACTIVE");
  return { volunteer: area.myVolunteerProfile, activityTypes: area.activityTypes, courses, tandems, home, myCourses };
};

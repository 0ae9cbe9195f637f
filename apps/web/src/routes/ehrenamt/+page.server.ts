// Volunteer home: quick hour entry, the latest entries, the Ehrenamtskarte
// figures, and the courses: my enrolments, qualifications and calendar feed.
import { loadQuery } from "$lib/graphql/load";
import { VolunteerOverviewQuery } from "$lib/graphql/my-volunteering";
import { MyTrainingQuery } from "$lib/graphql/training";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { overview: null, training: null };
  const [overview, training] = await Promise.all([
    loadQuery(fetch, VolunteerOverviewQuery, { volunteerId: volunteer.id }),
    loadQuery(fetch, MyTrainingQuery, {}),
  ]);
  return { overview, training };
};

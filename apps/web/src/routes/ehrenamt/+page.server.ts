// Volunteer home: quick hour entry, the latest entries and the Ehrenamtskarte figures.
import { loadQuery } from "$lib/graphql/load";
import { VolunteerOverviewQuery } from "$lib/graphql/my-volunteering";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { overview: null };
  const overview = await loadQuery(fetch, VolunteerOverviewQuery, { volunteerId: volunteer.id });
  return { overview };
};

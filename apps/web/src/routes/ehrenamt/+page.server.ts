// Volunteer home: quick hour entry, the latest entries, the Ehrenamtskarte
// figures, and the courses: my enrolments, qualifications and calendar feed.
// Its data came with the area's layout, in the same request (see +layout.server.ts).
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ parent }) => {
  const { home } = await parent();
  return { home };
};

// The start page. A person whose only role here is volunteer starts on their own home
// ("Mein Ehrenamt": status, next course session, hours this month and open entries, progress
// towards the Ehrenamtskarte), the volunteer's work queue; people with several roles keep this
// page, which shows each role's queue.
import { redirect } from "@sveltejs/kit";
import { PATHS } from "@lotse/domain/paths";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ parent }) => {
  const { me } = await parent();
  if (me && me.roles.length === 1 && me.roles[0] === "VOLUNTEER") redirect(303, PATHS.volunteering);
  return {};
};

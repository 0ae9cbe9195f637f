// Taking attendance for one session of the cohort (loaded by the cohort layout).
import { error } from "@sveltejs/kit";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, parent }) => {
  const { cohort } = await parent();
  const session = cohort.sessions.find((s) => s.id === params.sessionId);
  if (!session) error(404, { message: "Not found" });
  return { session };
};

// My interpreting: the signed-in volunteer's requests to answer and their
// appointments as interpreter (the API returns only their own).
import { loadQuery } from "$lib/graphql/load";
import { MyInterpretingQuery } from "$lib/graphql/interpreting";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { assignments: [] };
  const { myInterpreterAssignments } = await loadQuery(fetch, MyInterpretingQuery, {});
  return { assignments: myInterpreterAssignments };
};

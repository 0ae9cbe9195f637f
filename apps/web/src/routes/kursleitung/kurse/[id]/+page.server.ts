// The cohort page; admins also get the organisation's trainers for the trainer picker.
import { loadQuery } from "$lib/graphql/load";
import { TrainerOptionsQuery } from "$lib/graphql/training";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { canManage, isAdmin } = await parent();
  const trainers = canManage && isAdmin ? await loadQuery(fetch, TrainerOptionsQuery, {}) : null;
  return { trainerOptions: trainers ? trainers.users.edges.map((e) => e.node) : null };
};

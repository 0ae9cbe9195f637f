// One cohort for its trainers (and coordinators and other trainers, read-only):
// everything the cohort page and its attendance pages show. Only the cohort's
// own trainers (and admins) may change it, so `canManage` narrows to that here.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { CohortManagementQuery } from "$lib/graphql/training";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ fetch, params, parent }) => {
  const { canManage } = await parent(); // the TRAINER/COORDINATOR check runs first
  if (!isGlobalIdOf("Cohort", params.id)) error(404, { message: "Not found" });
  const { cohort, cohortDefaults } = await loadQuery(fetch, CohortManagementQuery, { id: params.id });
  if (!cohort) error(404, { message: "Not found" });
  return { cohort, cohortDefaults, canManage: canManage && cohort.canManage, runByOthers: canManage && !cohort.canManage };
};

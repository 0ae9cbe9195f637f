// Course management overview: the course templates and the cohorts (paged by
// URL, filtered by status). Admins also get the organisation's trainers for the
// trainer picker; everyone else enters cohorts with themself as the trainer.
// Creating a course or a cohort and changing a course are its form actions.
import { loadQuery } from "$lib/graphql/load";
import { TrainerOptionsQuery, TrainingOverviewQuery } from "$lib/graphql/training";
import { overviewVariables, parseOverviewParams } from "$lib/features/training/list-params";
import { createCohortAction } from "$lib/features/training/cohort-actions";
import type { Actions, PageServerLoad } from "./$types";
import { createCourseAction, updateCourseAction } from "./course-actions";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { canManage, isAdmin } = await parent();
  const params = parseOverviewParams(url.searchParams);
  const [overview, trainers] = await Promise.all([
    loadQuery(fetch, TrainingOverviewQuery, overviewVariables(params)),
    canManage && isAdmin ? loadQuery(fetch, TrainerOptionsQuery, {}) : Promise.resolve(null),
  ]);
  return {
    courses: overview.courses,
    cohortDefaults: overview.cohortDefaults,
    cohorts: overview.cohorts,
    params,
    trainerOptions: trainers ? trainers.users.edges.map((e) => e.node) : null,
  };
};

export const actions: Actions = {
  createCohort: createCohortAction,
  createCourse: createCourseAction,
  updateCourse: updateCourseAction,
};

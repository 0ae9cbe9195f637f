// The course catalogue: cohorts open for enrolment (paged by URL like the other lists).
import { loadQuery } from "$lib/graphql/load";
import { CourseCatalogueQuery } from "$lib/graphql/training";
import { catalogueVariables, parseCatalogueParams } from "$lib/features/training/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the VOLUNTEER check runs first
  const params = parseCatalogueParams(url.searchParams);
  const { cohorts } = await loadQuery(fetch, CourseCatalogueQuery, catalogueVariables(params));
  return { cohorts, params };
};

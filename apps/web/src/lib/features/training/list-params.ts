// URL parameters <-> query variables for the course lists (the volunteers'
// catalogue, the trainers' cohort list), so pages and filters are plain links.
import type { CohortNeed, CohortStatus, CohortsFilter } from "$lib/graphql/types";
import { href, pagingVariables, parsePaging, type Paging } from "$lib/features/volunteers/list-params";
import { CATALOGUE_PATH, TRAINING_PATH } from "./links";

export const COHORT_STATUSES: readonly CohortStatus[] = ["PLANNED", "OPEN", "RUNNING", "COMPLETED", "CANCELLED"];

/** What a cohort needs now: the trainers' start-page counts link to the list filtered by it. */
export const COHORT_NEEDS: readonly CohortNeed[] = ["APPLICATIONS", "SESSION_TODAY", "ATTENDANCE"];

type Page = { after?: string | null; before?: string | null };

// ---- catalogue ----------------------------------------------------------------------

export type CatalogueParams = Paging;

export function parseCatalogueParams(params: URLSearchParams): CatalogueParams {
  return parsePaging(params);
}

export function catalogueVariables(p: CatalogueParams) {
  return pagingVariables(p);
}

export function catalogueHref(p: CatalogueParams, page: Page): string {
  return href(CATALOGUE_PATH, [
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}

// ---- trainers' cohort list ------------------------------------------------------------

export interface OverviewParams extends Paging {
  status: CohortStatus | null;
  /** Only the cohorts the trainer runs. */
  mine: boolean;
  needs: CohortNeed | null;
}

export function parseOverviewParams(params: URLSearchParams): OverviewParams {
  const status = params.get("status");
  const needs = params.get("needs");
  return {
    status: COHORT_STATUSES.includes(status as CohortStatus) ? (status as CohortStatus) : null,
    mine: params.get("mine") === "1",
    needs: COHORT_NEEDS.includes(needs as CohortNeed) ? (needs as CohortNeed) : null,
    ...parsePaging(params),
  };
}

export function overviewVariables(p: OverviewParams) {
  const filter: CohortsFilter | null =
    p.status || p.mine || p.needs ? { ...(p.status ? { status: p.status } : {}), ...(p.mine ? { taughtByMe: true } : {}), ...(p.needs ? { needs: p.needs } : {}) } : null;
  return { ...pagingVariables(p), filter };
}

export function overviewHref(p: OverviewParams, page: Page): string {
  return href(TRAINING_PATH, [
    ["status", p.status],
    ["mine", p.mine ? "1" : null],
    ["needs", p.needs],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}

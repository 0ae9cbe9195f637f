// URL parameters <-> query variables for the course lists (the volunteers'
// catalogue, the trainers' cohort list), so pages and filters are plain links.
import type { CohortStatus, CohortsFilter } from "$lib/graphql/types";
import { href, pagingVariables, parsePaging, type Paging } from "$lib/features/volunteers/list-params";
import { CATALOGUE_PATH, TRAINING_PATH } from "./links";

export const COHORT_STATUSES: readonly CohortStatus[] = ["PLANNED", "OPEN", "RUNNING", "COMPLETED", "CANCELLED"];

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
}

export function parseOverviewParams(params: URLSearchParams): OverviewParams {
  const status = params.get("status");
  return { status: COHORT_STATUSES.includes(status as CohortStatus) ? (status as CohortStatus) : null, mine: params.get("mine") === "1", ...parsePaging(params) };
}

export function overviewVariables(p: OverviewParams) {
  const filter: CohortsFilter | null = p.status || p.mine ? { ...(p.status ? { status: p.status } : {}), ...(p.mine ? { taughtByMe: true } : {}) } : null;
  return { ...pagingVariables(p), filter };
}

export function overviewHref(p: OverviewParams, page: Page): string {
  return href(TRAINING_PATH, [
    ["status", p.status],
    ["mine", p.mine ? "1" : null],
    ["size", p.size],
    ["after", page.after],
    ["before", page.before],
  ]);
}

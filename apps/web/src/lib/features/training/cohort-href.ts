// A volunteer's link to a cohort in the course catalogue, apart from ./links (the trainer's and
// download links) so that the volunteer home's first load carries only this.
import { PATHS } from "@lotse/domain/paths";

export function volunteerCohortHref(cohortId: string): string {
  return `${PATHS.catalogue}/${encodeURIComponent(cohortId)}`;
}

// Download links served by the API through this app's proxy (see hooks.server.ts):
// a participant's certificate PDF, a cohort's ICS file and the private calendar feed.
// Their file names are in @lotse/domain/file-names (the API sends the same ones).

import { PATHS } from "@lotse/domain/paths";

export const TRAINING_PATH = PATHS.training;
export const CATALOGUE_PATH = PATHS.catalogue;
// A volunteer's link to a cohort lives apart, so the volunteer home loads only it.
export { volunteerCohortHref } from "./cohort-href";

/** The certificate PDF (the Certificate's global ID in the path). */
export function certificateHref(certificateId: string): string {
  return `/certificates/${encodeURIComponent(certificateId)}.pdf`;
}

/** The ICS file of a cohort: the API's own path (`cohort.icsUrl`), kept only when it is one of ours. */
export function cohortIcsHref(icsUrl: string): string | null {
  return /^\/calendar\/cohorts\/[A-Za-z0-9_-]+\.ics$/.test(icsUrl) ? icsUrl : null;
}

export function managedCohortHref(cohortId: string): string {
  return `${TRAINING_PATH}/kurse/${encodeURIComponent(cohortId)}`;
}

export function attendanceHref(cohortId: string, sessionId: string): string {
  return `${managedCohortHref(cohortId)}/termine/${encodeURIComponent(sessionId)}`;
}

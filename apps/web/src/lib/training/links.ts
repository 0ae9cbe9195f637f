// Download links served by the API through this app's proxy (see hooks.server.ts):
// a participant's certificate PDF, a cohort's ICS file and the private calendar feed.

export const TRAINING_PATH = "/kursleitung";
export const CATALOGUE_PATH = "/kurse";

/** The certificate PDF (the Certificate's global ID in the path). */
export function certificateHref(certificateId: string): string {
  return `/certificates/${encodeURIComponent(certificateId)}.pdf`;
}

export function certificateFileName(number: number): string {
  return `zertifikat-${number}.pdf`;
}

/** The ICS file of a cohort: the API's own path (`cohort.icsUrl`), kept only when it is one of ours. */
export function cohortIcsHref(icsUrl: string): string | null {
  return /^\/calendar\/cohorts\/[A-Za-z0-9_-]+\.ics$/.test(icsUrl) ? icsUrl : null;
}

export function cohortIcsFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "kurs"}.ics`;
}

export function volunteerCohortHref(cohortId: string): string {
  return `${CATALOGUE_PATH}/${encodeURIComponent(cohortId)}`;
}

export function managedCohortHref(cohortId: string): string {
  return `${TRAINING_PATH}/kurse/${encodeURIComponent(cohortId)}`;
}

export function attendanceHref(cohortId: string, sessionId: string): string {
  return `${managedCohortHref(cohortId)}/termine/${encodeURIComponent(sessionId)}`;
}

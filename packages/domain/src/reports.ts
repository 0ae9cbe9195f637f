// The Integrationsmonitor's sections as the API names them and as their CSV
// downloads are addressed (`/exports/integrationsmonitor/<slug>.csv`): one
// table for the server's route and the web's links.

export const REPORT_SECTIONS = ["VOLUNTEERS", "HOURS", "TANDEMS", "COHORTS", "DONATIONS", "SCHOOL_ENTRY", "LANGUAGES"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_SLUGS: Record<ReportSection, string> = {
  VOLUNTEERS: "volunteers",
  HOURS: "hours",
  TANDEMS: "tandems",
  COHORTS: "cohorts",
  DONATIONS: "donations",
  SCHOOL_ENTRY: "school-entry",
  LANGUAGES: "languages",
};

export function reportSectionOfSlug(slug: string): ReportSection | null {
  return REPORT_SECTIONS.find((s) => REPORT_SECTION_SLUGS[s] === slug) ?? null;
}

/** The CSV download of a section for a period (Berlin days) and optionally one district (its global ID). */
export function integrationMonitorCsvPath(section: ReportSection, filter: { from: string; to: string; granularity?: "MONTH" | "YEAR"; district?: string | null }): string {
  const query = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.granularity === "YEAR") query.set("granularity", "year");
  if (filter.district) query.set("district", filter.district);
  return `/exports/integrationsmonitor/${REPORT_SECTION_SLUGS[section]}.csv?${query}`;
}

/** "integrationsmonitor-tandems-2026-01-01-2026-06-30.csv" */
export function integrationMonitorCsvFileName(section: ReportSection, period: { from: string; to: string }): string {
  return `integrationsmonitor-${REPORT_SECTION_SLUGS[section]}-${period.from}-${period.to}.csv`;
}

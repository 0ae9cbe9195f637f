// The Integrationsmonitor's address for a filter, a view and a section: the page's links
// (its sections, the view for sharing) keep whatever else was chosen.
import { PATHS } from "@lotse/domain/paths";

export interface ReportParams {
  from: string;
  to: string;
  granularity: "MONTH" | "YEAR";
  district: string | null;
  share: boolean;
  /** A section's slug (REPORT_SECTION_SLUGS), or ALL_SECTIONS. */
  section: string;
}

/** `abschnitt=alle`: every section on one page (to print or read through). */
export const ALL_SECTIONS = "alle";

export function reportHref(params: ReportParams, changes: Partial<Pick<ReportParams, "share" | "section">> = {}): string {
  const { share, section } = { ...params, ...changes };
  const query = new URLSearchParams({ from: params.from, to: params.to, granularity: params.granularity });
  if (params.district) query.set("district", params.district);
  if (share) query.set("ansicht", "weitergabe");
  query.set("abschnitt", section);
  return `${PATHS.reports}?${query}`;
}

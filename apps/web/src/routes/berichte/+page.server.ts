// The Integrationsmonitor (/berichte): coordinators and admins every section,
// counsellors the school-entry section (the API decides which). Filter by GET
// parameters (from, to, granularity, district), so the form works without
// JavaScript. `ansicht=weitergabe` is the view for sharing and printing:
// small numbers hidden, as in the CSV downloads. Charts are drawn here, on
// the server (report-charts.ts), and so are the sections with their tables
// (ReportSections.svelte): the page gets them as HTML, and its data carries
// only what the filter and the notice need besides. One section at a time
// (`abschnitt`, its slug; the first the viewer may read unless chosen), or all
// of them (`abschnitt=alle`, to print): all seven on one page were some 5,500
// elements, which a phone took seconds to lay out.
import { error } from "@sveltejs/kit";
import { render } from "svelte/server";
import { formatIsoDate, isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addMonths } from "@lotse/domain/calendar-months";
import { berlinToday } from "@lotse/domain/berlin-time";
import { REPORT_SECTIONS, REPORT_SECTION_SLUGS, reportSectionOfSlug, type ReportSection } from "@lotse/domain/reports";
import { loadQuery } from "$lib/graphql/load";
import { IntegrationMonitorQuery } from "$lib/graphql/reports";
import { chartOf, type Chart } from "$lib/server/report-charts";
import ReportSections from "$lib/server/ReportSections.svelte";
import { tableTitle } from "$lib/features/reports/labels";
import { ALL_SECTIONS, type ReportParams } from "$lib/features/reports/report-href";
import { getLocale } from "$lib/paraglide/runtime.js";
import type { PageServerLoad } from "./$types";

const READERS = ["COORDINATOR", "ADMIN", "COUNSELLOR"];

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  if (!me?.roles.some((r: string) => READERS.includes(r))) error(403, { message: "Forbidden" });
  const q = url.searchParams;
  const today = berlinToday();
  // Default: the last twelve months up to today.
  const defaultFrom = formatIsoDate(addMonths(parseIsoDate(`${today.slice(0, 7)}-01`), -11));
  const params: ReportParams = {
    from: isIsoDate(q.get("from")) ? q.get("from")! : defaultFrom,
    to: isIsoDate(q.get("to")) ? q.get("to")! : today,
    granularity: q.get("granularity") === "YEAR" ? ("YEAR" as const) : ("MONTH" as const),
    district: q.get("district") || null,
    share: q.get("ansicht") === "weitergabe",
    section: q.get("abschnitt") ?? "",
  };
  // Only the shown section is computed; the answer names every section the viewer may read (the
  // links). Without a choice the first section is asked for, and if the viewer may not read it
  // (a counsellor), the first they may read.
  const ask = (section: ReportSection | null) =>
    loadQuery(fetch, IntegrationMonitorQuery, {
      filter: {
        from: params.from,
        to: params.to,
        granularity: params.granularity,
        districtId: params.district,
        protectSmallNumbers: params.share,
        sections: section ? [section] : null,
      },
    }).then((result) => result.integrationMonitor);
  const chosen = params.section === ALL_SECTIONS ? null : (reportSectionOfSlug(params.section) ?? REPORT_SECTIONS[0]!);
  let answer = await ask(chosen);
  if (answer.__typename !== "QueryIntegrationMonitorSuccess") {
    // The field the API names ("to", "districtId", or "filter.to" from input validation) decides where the error shows.
    const field = ("field" in answer ? answer.field : null) ?? "from";
    const problem = field.endsWith("districtId") ? "district" : field.endsWith("to") ? "to" : "from";
    return { params, monitor: null, report: "", problem };
  }
  const firstReadable = answer.data.readableSections[0];
  if (chosen && !answer.data.readableSections.includes(chosen) && firstReadable) {
    const again = await ask(firstReadable);
    if (again.__typename === "QueryIntegrationMonitorSuccess") answer = again;
  }
  const monitor = answer.data;
  const known = (s: string): s is ReportSection => s in REPORT_SECTION_SLUGS;
  const readable = monitor.readableSections.filter(known);
  const shown = monitor.sections.filter(known);
  if (params.section !== ALL_SECTIONS) params.section = shown[0] ? REPORT_SECTION_SLUGS[shown[0]] : "";
  const locale = getLocale();
  const charts: Record<string, Chart> = {};
  for (const table of monitor.tables) {
    const chart = chartOf(table, tableTitle(table.key), monitor.granularity, locale);
    if (chart) charts[table.key] = chart;
  }
  // Without Svelte's hydration markers (nothing hydrates it; and an empty marker at its top level
  // would end the page's {@html} early while hydrating).
  const report = render(ReportSections, { props: { monitor, readable, shown, charts, params, locale } }).body.replace(/<!--(?:\[!?\d*|\]|[a-z0-9]*)-->/g, "");
  const { districts, smallNumbersProtected, smallNumberThreshold } = monitor;
  return { params, monitor: { districts, smallNumbersProtected, smallNumberThreshold }, report, problem: null };
};

// The Integrationsmonitor: the sections the caller may read, each from a fixed
// number of aggregate statements (GROUP BY in the database, Berlin months and
// years), whatever the size of the organisation:
//   districts 1, volunteers 1, hours 1, tandems 2 (settings, figures),
//   cohorts 1, donations 4, school entry 2, languages 1.
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import { DomainError } from "../../errors.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { readableSections } from "./access.ts";
import { reportQuery, type ReportFilter } from "./report-query.ts";
import { cohortTables } from "./sections/cohorts.ts";
import { donationTables } from "./sections/donations.ts";
import type { Districts } from "./sections/grouped.ts";
import { hourTables } from "./sections/hours.ts";
import { languageTables } from "./sections/languages.ts";
import { schoolEntryTables } from "./sections/school-entry.ts";
import { tandemTables } from "./sections/tandems.ts";
import { volunteerTables } from "./sections/volunteers.ts";
import type { Section, Table } from "./tables.ts";

/** The longest period one report covers (as the downloads' periods). */
export const MAX_REPORT_YEARS = 5;

export interface MonitorRequest extends ReportFilter {
  /** Only these sections (of those the caller may read); all of them when left out. */
  sections?: readonly Section[] | null;
}

export interface Monitor {
  filter: ReportFilter;
  /** The sections computed: those asked for that the caller may read. */
  sections: Section[];
  /** Every section the caller may read, whichever were asked for (a page's links to the others). */
  readableSections: Section[];
  smallNumberThreshold: number;
  districts: { id: string; name: string }[];
  tables: Table[];
}

export function checkFilter(filter: ReportFilter): void {
  if (!isIsoDate(filter.from)) throw new DomainError("VALIDATION", "date.invalid", "from");
  if (!isIsoDate(filter.to)) throw new DomainError("VALIDATION", "date.invalid", "to");
  if (filter.from > filter.to) throw new DomainError("VALIDATION", "validation.range", "to");
  if (parseIsoDate(filter.to) > addYears(parseIsoDate(filter.from), MAX_REPORT_YEARS)) throw new DomainError("VALIDATION", "validation.range", "to");
}

export async function integrationMonitor(ctx: ServiceCtx, request: MonitorRequest): Promise<Monitor> {
  const viewer = signedIn(ctx);
  const filter: ReportFilter = { from: request.from, to: request.to, granularity: request.granularity, districtId: request.districtId };
  checkFilter(filter);
  const allowed = readableSections(ctx);
  const sections = request.sections?.length ? allowed.filter((s) => request.sections!.includes(s)) : allowed;
  const districtRows = await ctx.db.district.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  // A district of another organisation (or none) is no district of this one: refused at the field.
  if (filter.districtId && !districtRows.some((d) => d.id === filter.districtId)) throw new DomainError("VALIDATION", "error.notFound", "districtId");
  const districts: Districts = { names: new Map(districtRows.map((d) => [d.id, d.name])) };
  const q = reportQuery(ctx.db, viewer.organizationId, ctx.locale, filter, nowOf(ctx));
  const run: Record<Section, () => Promise<Table[]>> = {
    VOLUNTEERS: () => volunteerTables(q, districts),
    HOURS: () => hourTables(q, districts),
    TANDEMS: async () => {
      const settings = await ctx.db.matchingSettings.findUnique({ where: { organizationId: viewer.organizationId }, select: { noContactAlertDays: true } });
      return tandemTables(q, districts, settings?.noContactAlertDays ?? viewer.organization.parsedSettings.volunteers.tandemNoContactAlertDays);
    },
    COHORTS: () => cohortTables(q, districts),
    DONATIONS: () => donationTables(ctx, q, districts),
    SCHOOL_ENTRY: () => schoolEntryTables(q, districts),
    LANGUAGES: () => languageTables(q),
  };
  const tables = (await Promise.all(sections.map((s) => run[s]()))).flat();
  return {
    filter,
    sections,
    readableSections: allowed,
    smallNumberThreshold: viewer.organization.parsedSettings.reports.smallNumberThreshold,
    districts: districtRows,
    tables,
  };
}

// GraphQL of the Integrationsmonitor: one field, `integrationMonitor(filter)`,
// answering every section the caller may read as tables (label and value
// columns). The web labels columns by their keys, charts and lists the rows.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.ts";
import { mayReadReports } from "./access.ts";
import type { Monitor } from "./monitor.service.ts";
import { protectedCells, SECTIONS, type Cell, type Column, type Table } from "./tables.ts";

const readers = { may: mayReadReports };

export const ReportSectionEnum = builder.enumType("ReportSection", { values: SECTIONS });
export const ReportGranularityEnum = builder.enumType("ReportGranularity", { values: ["MONTH", "YEAR"] as const });
const ReportValueKindEnum = builder.enumType("ReportValueKind", {
  description: "LABEL: period (its first day), district, activity, language code …; PEOPLE: a count of persons, what small-number protection hides; the others are hidden when the people count they are made of is small.",
  values: ["LABEL", "PEOPLE", "COUNT", "MINUTES", "CENTS", "PERCENT", "DAYS"] as const,
});

const ReportColumnRef = builder.objectRef<Column>("ReportColumn").implement({
  authScopes: readers,
  fields: (t) => ({
    key: t.exposeString("key"),
    kind: t.field({ type: ReportValueKindEnum, resolve: (c) => c.kind }),
    protectedBy: t.exposeString("protectedBy", { nullable: true, description: "The PEOPLE column whose small value hides this one." }),
  }),
});

const ReportCellRef = builder.objectRef<Cell>("ReportCell").implement({
  authScopes: readers,
  fields: (t) => ({
    text: t.exposeString("text", { nullable: true, description: "A label, or the value as text; \"< 5\" for a hidden value." }),
    value: t.exposeFloat("value", { nullable: true, description: "Null for labels, empty values and hidden small numbers." }),
    belowThreshold: t.exposeBoolean("belowThreshold", { description: "A people count from 1 to the threshold − 1, or a figure made of one." }),
  }),
});

const ReportRowRef = builder.objectRef<Cell[]>("ReportRow").implement({
  authScopes: readers,
  fields: (t) => ({ cells: t.field({ type: [ReportCellRef], resolve: (cells) => cells }) }),
});

interface ShownTable {
  table: Table;
  threshold: number;
  hide: boolean;
}

const ReportTableRef = builder.objectRef<ShownTable>("ReportTable").implement({
  authScopes: readers,
  fields: (t) => ({
    section: t.field({ type: ReportSectionEnum, resolve: (s) => s.table.section }),
    key: t.string({ description: "`<section>.<what>`, e.g. volunteers.byPeriod.", resolve: (s) => s.table.key }),
    districtApplies: t.boolean({ description: "False where the figures have no district: the district filter leaves them as they are.", resolve: (s) => s.table.districtApplies }),
    columns: t.field({ type: [ReportColumnRef], resolve: (s) => s.table.columns }),
    rows: t.field({ type: [ReportRowRef], resolve: (s) => protectedCells(s.table, s.threshold, s.hide) }),
  }),
});

const ReportDistrictRef = builder.objectRef<{ id: string; name: string }>("ReportDistrict").implement({
  authScopes: readers,
  fields: (t) => ({
    id: t.id({ description: "The District's global ID (the filter's districtId).", resolve: (d) => encodeGlobalID("District", d.id) }),
    name: t.exposeString("name"),
  }),
});

export const IntegrationMonitorRef = builder.objectRef<Monitor & { hide: boolean }>("IntegrationMonitor").implement({
  description: "The Integrationsmonitor's figures for a period and optionally one district.",
  authScopes: readers,
  fields: (t) => ({
    from: t.string({ resolve: (m) => m.filter.from }),
    to: t.string({ resolve: (m) => m.filter.to }),
    granularity: t.field({ type: ReportGranularityEnum, resolve: (m) => m.filter.granularity }),
    sections: t.field({ type: [ReportSectionEnum], description: "The sections the caller may read (and asked for).", resolve: (m) => m.sections }),
    readableSections: t.field({
      type: [ReportSectionEnum],
      description: "Every section the caller may read, whichever the filter asked for: a page showing one section links to the others.",
      resolve: (m) => m.readableSections,
    }),
    smallNumberThreshold: t.exposeInt("smallNumberThreshold", { description: "People counts below it are marked (and hidden with protectSmallNumbers)." }),
    smallNumbersProtected: t.boolean({ resolve: (m) => m.hide }),
    districts: t.field({ type: [ReportDistrictRef], description: "The organisation's districts, for the filter.", resolve: (m) => m.districts }),
    tables: t.field({ type: [ReportTableRef], resolve: (m) => m.tables.map((table) => ({ table, threshold: m.smallNumberThreshold, hide: m.hide })) }),
  }),
});

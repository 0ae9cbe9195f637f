// The Integrationsmonitor's words: sections, tables and columns by the keys
// the API names them with, and how each kind of value reads.
import { formatCents } from "@lotse/domain/cents";
import { formatDuration } from "@lotse/domain/duration";
// A report has hundreds of cells: its formatters are made once per locale (intl-cache).
import { dateTimeFormat, displayNames, numberFormat } from "@lotse/domain/intl-cache";
import type { Locale } from "@lotse/domain/locale";
import { m } from "$lib/paraglide/messages.js";
import type { Message } from "$lib/i18n";

export const SECTION_TITLES: Record<string, Message> = {
  VOLUNTEERS: m.rep_secVolunteers,
  HOURS: m.rep_secHours,
  TANDEMS: m.rep_secTandems,
  COHORTS: m.rep_secCohorts,
  DONATIONS: m.rep_secDonations,
  SCHOOL_ENTRY: m.rep_secSchoolEntry,
  LANGUAGES: m.rep_secLanguages,
};

export const TABLE_TITLES: Record<string, Message> = {
  "volunteers.byPeriod": m.rep_tabVolunteersByPeriod,
  "volunteers.byDistrict": m.rep_tabVolunteersByDistrict,
  "hours.byPeriod": m.rep_tabHoursByPeriod,
  "hours.byDistrict": m.rep_tabHoursByDistrict,
  "tandems.byPeriod": m.rep_tabTandemsByPeriod,
  "tandems.byDistrict": m.rep_tabTandemsByDistrict,
  "cohorts.byPeriod": m.rep_tabCohortsByPeriod,
  "cohorts.byDistrict": m.rep_tabCohortsByDistrict,
  "donations.moneyByFund": m.rep_tabMoneyByFund,
  "donations.goodsByCategory": m.rep_tabGoodsByCategory,
  "donations.handOvers.byPeriod": m.rep_tabHandOversByPeriod,
  "donations.handOvers.byDistrict": m.rep_tabHandOversByDistrict,
  "schoolEntry.byPeriod": m.rep_tabSchoolEntryByPeriod,
  "schoolEntry.byDistrict": m.rep_tabSchoolEntryByDistrict,
  "schoolEntry.interpreterLanguages": m.rep_tabInterpreterLanguages,
  "languages.demandAndSupply": m.rep_tabLanguages,
};

const COLUMN_TITLES: Record<string, Message> = {
  period: m.rep_colPeriod,
  district: m.rep_colDistrict,
  activity: m.rep_colActivity,
  fund: m.rep_colFund,
  category: m.rep_colCategory,
  language: m.rep_colLanguage,
  new: m.rep_colNew,
  approved: m.rep_colApproved,
  active: m.rep_colActive,
  ended: m.rep_colEnded,
  minutes: m.rep_colMinutes,
  entries: m.rep_colEntries,
  volunteers: m.rep_colVolunteers,
  proposed: m.rep_colProposed,
  activated: m.rep_colActivated,
  alerted: m.rep_colAlerted,
  alertShare: m.rep_colAlertShare,
  medianDaysToMatch: m.rep_colMedianDaysToMatch,
  ended_GOAL_REACHED: m.rep_colEndedGoalReached,
  ended_FAMILY_MOVED: m.rep_colEndedFamilyMoved,
  ended_NOT_A_FIT: m.rep_colEndedNotAFit,
  ended_VOLUNTEER_STOPPED: m.rep_colEndedVolunteerStopped,
  ended_OTHER: m.rep_colEndedOther,
  cohorts: m.rep_colCohorts,
  participants: m.rep_colParticipants,
  completedParticipants: m.rep_colCompletedParticipants,
  certified: m.rep_colCertified,
  certificationRate: m.rep_colCertificationRate,
  waiting: m.rep_colWaiting,
  amountCents: m.rep_colAmountCents,
  donations: m.rep_colDonations,
  donors: m.rep_colDonors,
  pieces: m.rep_colPieces,
  valueCents: m.rep_colValueCents,
  handOvers: m.rep_colHandOvers,
  families: m.rep_colFamilies,
  appointments: m.rep_colAppointments,
  children: m.rep_colChildren,
  advised: m.rep_colAdvised,
  noShow: m.rep_colNoShow,
  cancelledByFamily: m.rep_colCancelledByFamily,
  cancelled: m.rep_colCancelled,
  open: m.rep_colOpen,
  sprachlernklasse: m.rep_colSprachlernklasse,
  regelklasseDaz: m.rep_colRegelklasseDaz,
  requests: m.rep_colRequests,
  accepted: m.rep_colAccepted,
  interpreters: m.rep_colInterpreters,
};

export const columnTitle = (key: string) => COLUMN_TITLES[key]?.() ?? key;
export const tableTitle = (key: string) => TABLE_TITLES[key]?.() ?? key;
export const sectionTitle = (key: string) => SECTION_TITLES[key]?.() ?? key;

export interface ReportCell {
  text: string | null;
  value: number | null;
  belowThreshold: boolean;
}

/** A label cell as the reader reads it: a month or year, a language's name, "no district". */
export function labelText(column: string, text: string | null, granularity: string, locale: string): string {
  if (text === null) return column === "district" ? m.rep_noDistrict() : column === "fund" ? m.rep_noFund() : "";
  if (column === "period") {
    const date = new Date(`${text}T12:00:00Z`);
    return granularity === "YEAR" ? text.slice(0, 4) : dateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
  }
  if (column === "language") {
    return displayNames(locale, { type: "language" }).of(text) ?? text;
  }
  return text;
}

/** A value cell: money in euros, minutes as "3 Std. 30 Min." (as every page writes a duration), rates in per cent; a hidden small number as the API wrote it ("< 5"). */
export function valueText(kind: string, cell: ReportCell, locale: Locale): string {
  if (cell.value === null) return cell.text ?? "–";
  const n = cell.value;
  switch (kind) {
    case "CENTS":
      return formatCents(n, locale);
    case "MINUTES":
      return formatDuration(n, locale);
    case "PERCENT":
      return numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(n / 100);
    case "DAYS":
      return numberFormat(locale, { maximumFractionDigits: 1 }).format(n);
    default:
      return numberFormat(locale).format(n);
  }
}

/** What a chart draws: money in euros, minutes in hours, the rest as it is. */
export function chartValue(kind: string, value: number): number {
  return kind === "CENTS" ? value / 100 : kind === "MINUTES" ? value / 60 : value;
}

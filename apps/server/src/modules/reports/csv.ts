// A section as CSV for German Excel: each of its tables as a block (title
// line, header, rows) with an empty line between. CSV leaves the
// organisation, so small numbers are always hidden ("< 5").
import { CSV_BOM, csvDecimal, csvEuros, csvLine } from "../../formats/csv.ts";
import type { Monitor } from "./monitor.service.ts";
import { protectedCells, type Column, type Table } from "./tables.ts";

const TABLE_TITLES: Record<string, string> = {
  "volunteers.byPeriod": "Ehrenamtliche nach Zeitraum",
  "volunteers.byDistrict": "Ehrenamtliche nach Stadtteil",
  "hours.byPeriod": "Stunden nach Tätigkeit und Zeitraum (freigegeben)",
  "hours.byDistrict": "Stunden nach Tätigkeit und Stadtteil (freigegeben)",
  "tandems.byPeriod": "Tandems nach Zeitraum",
  "tandems.byDistrict": "Tandems nach Stadtteil der Familie",
  "cohorts.byPeriod": "Kurse nach Zeitraum des ersten Termins",
  "cohorts.byDistrict": "Kurse nach Stadtteil der Teilnehmenden",
  "donations.moneyByFund": "Geldspenden nach Fonds (angenommen)",
  "donations.goodsByCategory": "Sachspenden nach Kategorie (angenommen)",
  "donations.handOvers.byPeriod": "Ausgaben an Familien nach Zeitraum",
  "donations.handOvers.byDistrict": "Ausgaben an Familien nach Stadtteil",
  "schoolEntry.byPeriod": "Schuleinstiegsberatung: Termine nach Zeitraum",
  "schoolEntry.byDistrict": "Schuleinstiegsberatung: Termine nach Stadtteil",
  "schoolEntry.interpreterLanguages": "Sprachmittlung: Anfragen nach Sprache",
  "languages.demandAndSupply": "Sprachen: Bedarf und Angebot",
};

const HEADERS: Record<string, string> = {
  period: "Zeitraum",
  district: "Stadtteil",
  activity: "Tätigkeit",
  fund: "Fonds",
  category: "Kategorie",
  language: "Sprache",
  new: "neu registriert",
  approved: "freigeschaltet",
  active: "aktiv",
  ended: "beendet",
  minutes: "Stunden (dezimal)",
  entries: "Einträge",
  volunteers: "Ehrenamtliche",
  proposed: "vorgeschlagen",
  activated: "aktiv geworden",
  alerted: "mit Kontakt-Warnung",
  alertShare: "Anteil mit Kontakt-Warnung (%)",
  medianDaysToMatch: "Median Tage von Registrierung bis Tandem",
  ended_GOAL_REACHED: "beendet: Ziel erreicht",
  ended_FAMILY_MOVED: "beendet: Familie verzogen",
  ended_NOT_A_FIT: "beendet: passte nicht",
  ended_VOLUNTEER_STOPPED: "beendet: Ehrenamtliche/r aufgehört",
  ended_OTHER: "beendet: anderer Grund",
  cohorts: "Kurse",
  participants: "Teilnehmende",
  completedParticipants: "Teilnehmende abgeschlossener Kurse",
  certified: "zertifiziert",
  certificationRate: "Zertifizierungsquote (%)",
  waiting: "Warteliste",
  amountCents: "Betrag (EUR)",
  donations: "Spenden",
  donors: "Spender/innen",
  pieces: "Stück",
  valueCents: "Wert (EUR)",
  handOvers: "Ausgaben",
  families: "Familien",
  appointments: "Termine",
  children: "Kinder",
  advised: "beraten",
  noShow: "nicht erschienen",
  cancelledByFamily: "kurzfristig abgesagt",
  cancelled: "storniert",
  open: "ohne Ergebnis",
  sprachlernklasse: "Sprachlernklasse",
  regelklasseDaz: "Regelklasse mit DaZ",
  requests: "Anfragen",
  accepted: "angenommen",
  interpreters: "Sprachmittler/innen",
};

const languageNames = new Intl.DisplayNames(["de"], { type: "language" });

function label(column: Column, text: string | null, monitor: Monitor): string {
  if (column.key === "period" && text) return monitor.filter.granularity === "YEAR" ? text.slice(0, 4) : text.slice(0, 7);
  if (column.key === "language" && text) return languageNames.of(text) ?? text;
  if (text !== null) return text;
  if (column.key === "district") return "ohne Stadtteil";
  if (column.key === "fund") return "ohne Zweckbindung";
  return "";
}

function value(column: Column, v: number | null): string {
  if (v === null) return "";
  if (column.kind === "CENTS") return csvEuros(v);
  if (column.kind === "MINUTES") return csvDecimal(v / 60);
  if (column.kind === "PERCENT" || column.kind === "DAYS") return csvDecimal(v, 1);
  return String(v);
}

export function sectionCsv(monitor: Monitor, districtName: string | null): string {
  let csv = CSV_BOM;
  const scope = districtName ? `Stadtteil ${districtName}` : "alle Stadtteile";
  for (const [i, table] of monitor.tables.entries()) {
    if (i > 0) csv += "\r\n";
    const note = table.districtApplies ? scope : "ohne Stadtteilbezug";
    csv += csvLine([`${TABLE_TITLES[table.key] ?? table.key}, ${monitor.filter.from} bis ${monitor.filter.to}, ${note}; Personenzahlen unter ${monitor.smallNumberThreshold} als „< ${monitor.smallNumberThreshold}“`]);
    csv += csvLine(table.columns.map((c) => HEADERS[c.key] ?? c.key));
    for (const cells of protectedCells(table, monitor.smallNumberThreshold, true)) {
      csv += csvLine(cells.map((cell, k) => {
        const column = table.columns[k]!;
        if (column.kind === "LABEL") return label(column, cell.text, monitor);
        return cell.belowThreshold ? (cell.text ?? "") : value(column, cell.value);
      }));
    }
  }
  return csv;
}

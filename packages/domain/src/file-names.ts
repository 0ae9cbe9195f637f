// Names of the files Lotse hands out. The API sends them in Content-Disposition
// and the web app puts the same name on its download links, so both must spell
// them alike: German umlauts are transliterated ("Frühjahr" -> "fruehjahr"), not
// stripped, and the result is plain ASCII safe in a header.
import { berlinDateTime } from "./berlin-time.ts";

/** Lower-case ASCII words joined by "-": "Basisqualifizierung Frühjahr" -> "basisqualifizierung-fruehjahr"; "" when nothing is left. */
export function fileSlug(text: string, maxLength = 80): string {
  return text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    // Letters NFKD does not take apart (names: "Yılmaz", "Łukasz", "Ørsted").
    .replaceAll("ı", "i")
    .replaceAll("ł", "l")
    .replaceAll("ø", "o")
    .replaceAll("đ", "d")
    .replaceAll("æ", "ae")
    .replaceAll("œ", "oe")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/** A whole file name reduced to safe ASCII, keeping its extension: "Nachweis März.PDF" -> "nachweis-maerz.pdf". */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ""];
  const base = fileSlug(stem) || "download";
  const extension = fileSlug(ext);
  return extension ? `${base}.${extension}` : base;
}

/** The ICS file of a cohort, named after its title. */
export function cohortIcsFileName(title: string): string {
  return `${fileSlug(title) || "kurs"}.ics`;
}

/** The private calendar feed (all courses of a volunteer). */
export const CALENDAR_FEED_FILE_NAME = "lotse-kurstermine.ics";

/** The person's part of a file name: "Zoë Ñúñez-Łukasz" -> "zoe-nunez-lukasz" (at most 40 characters). */
export function personSlug(name: string | null | undefined): string {
  return fileSlug(name ?? "", 40);
}

/** A certificate, by its number and the participant's name: "zertifikat-12-amina-beispiel.pdf". */
export function certificateFileName(number: number, participantName?: string | null): string {
  const person = personSlug(participantName);
  return person ? `zertifikat-${number}-${person}.pdf` : `zertifikat-${number}.pdf`;
}

/** An issued Nachweis, by its number and the volunteer's name: "nachweis-17-hannelore-wuebbena.pdf". */
export function nachweisFileName(number: number, volunteerName?: string | null): string {
  const person = personSlug(volunteerName);
  return person ? `nachweis-${number}-${person}.pdf` : `nachweis-${number}.pdf`;
}

export function hoursCsvFileName(period: { from: string; to: string }): string {
  return `stunden-${period.from}-${period.to}.csv`;
}

// Donations (issue 12)
/** A Zuwendungsbestätigung, by its number and the donor: "zuwendungsbestaetigung-2026-000123-hanna-meyer.pdf". */
export function receiptFileName(number: string, donorName?: string | null): string {
  const donor = personSlug(donorName);
  return donor ? `zuwendungsbestaetigung-${number}-${donor}.pdf` : `zuwendungsbestaetigung-${number}.pdf`;
}

/** Every receipt of a year in one archive. */
export const receiptsZipFileName = (year: number) => `zuwendungsbestaetigungen-${year}.zip`;

/** The yearly report to the Kommunalaufsicht. */
export const donationsReportFileName = (year: number, extension: "csv" | "pdf" = "csv") => `spendenbericht-${year}.${extension}`;

// School entry (issue 13)
/** One appointment's calendar file, by its Berlin day (not the UTC one: 00:30 in Berlin is the day before in UTC). */
export function appointmentIcsFileName(startsAt: Date): string {
  return `termin-${berlinDateTime(startsAt).date}.ics`;
}

/** A month's interpreter statement, by the interpreter or institution: "sprachmittlung-2026-11-ayse-yilmaz.pdf". */
export function interpreterStatementFileName(month: string, who: string | null | undefined, extension: "csv" | "pdf"): string {
  return `sprachmittlung-${month}-${personSlug(who) || "abrechnung"}.${extension}`;
}

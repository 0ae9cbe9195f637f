// Names of the files Lotse hands out. The API sends them in Content-Disposition
// and the web app puts the same name on its download links, so both must spell
// them alike: German umlauts are transliterated ("Frühjahr" -> "fruehjahr"), not
// stripped, and the result is plain ASCII safe in a header.

/** Lower-case ASCII words joined by "-": "Basisqualifizierung Frühjahr" -> "basisqualifizierung-fruehjahr"; "" when nothing is left. */
export function fileSlug(text: string, maxLength = 80): string {
  return text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
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

export function certificateFileName(number: number): string {
  return `zertifikat-${number}.pdf`;
}

export function nachweisFileName(period: { from: string; to: string }): string {
  return `nachweis-${period.from}-${period.to}.pdf`;
}

export function hoursCsvFileName(period: { from: string; to: string }): string {
  return `stunden-${period.from}-${period.to}.csv`;
}

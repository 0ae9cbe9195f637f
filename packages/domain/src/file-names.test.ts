import { describe, expect, it } from "vitest";
import { appointmentIcsFileName, asciiFileName, certificateFileName, cohortIcsFileName, fileSlug, hoursCsvFileName, interpreterStatementFileName, nachweisFileName } from "./file-names.ts";

describe("file names", () => {
  it("transliterates German letters instead of dropping them", () => {
    expect(fileSlug("Basisqualifizierung Frühjahr")).toBe("basisqualifizierung-fruehjahr");
    expect(fileSlug("Größe & Maß: Öl")).toBe("groesse-mass-oel");
    expect(fileSlug("Café crème")).toBe("cafe-creme");
    expect(fileSlug("!!!")).toBe("");
  });

  it("keeps names short without a trailing dash", () => {
    const long = fileSlug(`${"a".repeat(79)} b`);
    expect(long).toBe("a".repeat(79));
  });

  it("names a cohort's calendar file after its title", () => {
    expect(cohortIcsFileName("Basisqualifizierung Frühjahr")).toBe("basisqualifizierung-fruehjahr.ics");
    expect(cohortIcsFileName("!!!")).toBe("kurs.ics");
  });

  it("reduces any file name to safe ASCII, keeping the extension", () => {
    expect(asciiFileName("Nachweis März.PDF")).toBe("nachweis-maerz.pdf");
    expect(asciiFileName('a"b\r\n.csv')).toBe("a-b.csv");
    expect(asciiFileName("…")).toBe("download");
    expect(asciiFileName(cohortIcsFileName("Aufbaukurs Frühjahr"))).toBe("aufbaukurs-fruehjahr.ics");
  });

  it("names the downloads of a period and certificates", () => {
    expect(certificateFileName(7)).toBe("zertifikat-7.pdf");
    expect(nachweisFileName(17)).toBe("nachweis-17.pdf");
    expect(nachweisFileName(17, "Hannelore Wübbena")).toBe("nachweis-17-hannelore-wuebbena.pdf");
    expect(hoursCsvFileName({ from: "2026-01-01", to: "2026-06-30" })).toBe("stunden-2026-01-01-2026-06-30.csv");
  });
});

describe("a person's downloads", () => {
  it("carry the person's name, so a folder of downloads tells whose is whose", () => {
    expect(certificateFileName(7, "Ayşe Yılmaz-Łukasz Nguyễn")).toBe("zertifikat-7-ayse-yilmaz-lukasz-nguyen.pdf");
    expect(certificateFileName(8, "Jörg Øster")).toBe("zertifikat-8-joerg-oster.pdf");
    // A name in another script leaves nothing in ASCII: the number alone.
    expect(certificateFileName(9, "Олена")).toBe("zertifikat-9.pdf");
  });
});

describe("school entry downloads", () => {
  it("name an appointment's calendar file by its day in Berlin", () => {
    // 00:30 on 2 March in Berlin is still 1 March in UTC.
    expect(appointmentIcsFileName(new Date("2026-03-01T23:30:00Z"))).toBe("termin-2026-03-02.ics");
    expect(appointmentIcsFileName(new Date("2026-07-10T08:00:00Z"))).toBe("termin-2026-07-10.ics");
  });

  it("name an interpreter statement by month and person, transliterated like every other file name", () => {
    expect(interpreterStatementFileName("2026-11", "Ayşe Yılmaz", "pdf")).toBe("sprachmittlung-2026-11-ayse-yilmaz.pdf");
    expect(interpreterStatementFileName("2026-11", "Grundschule Bürgerfelde", "csv")).toBe("sprachmittlung-2026-11-grundschule-buergerfelde.csv");
    expect(interpreterStatementFileName("2026-11", null, "csv")).toBe("sprachmittlung-2026-11-abrechnung.csv");
  });
});

// Figures that change by year, municipality or funding programme are settings
// of each organisation (stored as JSON on Organization.settings), never
// literals in code. These defaults are the values of shared/domain.md.
import { SETTINGS } from "@lotse/domain/bounds";
import { RETENTION } from "@lotse/domain/retention";
import { z } from "zod";

const cents = z.number().int().nonnegative();

export const organizationSettingsSchema = z.object({
  volunteers: z
    .object({
      conductCertificateMaxAgeMonths: z.number().int().positive().default(3),
      conductCertificateRevalidateYears: z.number().int().positive().default(5),
      conductCertificateDeleteMonthsAfterEnd: z.number().int().positive().default(RETENTION.conductRecordMonths.default),
      ehrenamtskarteHoursPerWeek: z.number().positive().default(5),
      ehrenamtskarteHoursPerYear: z.number().positive().default(250),
      ehrenamtskarteMinActiveYears: z.number().positive().default(2),
      ehrenamtskarteValidityYears: z.number().positive().default(3),
      // Ehrenamtskarte
      /** Kursbesuch entries (credited from attendance or logged by hand) count towards the Ehrenamtskarte. */
      ehrenamtskarteCountsCourseAttendance: z.boolean().default(true),
      // Allowances
      /**
       * Ehrenamtspauschale (§ 3 Nr. 26a EStG) by the year it came into force: a
       * year uses the latest entry at or before it. Historic figures included so
       * earlier years can be recorded: 720 € 2013–2020, 840 € 2021–2025, 960 € from 2026.
       */
      ehrenamtspauschaleCents: z.record(z.string(), cents).default({ "2013": 72_000, "2021": 84_000, "2026": 96_000 }),
      /** Übungsleiterfreibetrag (§ 3 Nr. 26 EStG), the same way: 2,400 € 2013–2020, 3,000 € 2021–2025, 3,300 € from 2026. */
      uebungsleiterfreibetragCents: z.record(z.string(), cents).default({ "2013": 240_000, "2021": 300_000, "2026": 330_000 }),
      /** What the organisation pays per km of car travel (domain.md: 0.30 €). */
      mileageCentsPerKm: cents.default(30),
      tandemNoContactAlertDays: z.number().int().positive().default(14),
    })
    .prefault({}),
  training: z
    .object({
      minimumAttendancePercent: z.number().min(0).max(100).default(80),
      waitlistOfferHours: z.number().int().positive().default(48),
      countAttendanceAsHours: z.boolean().default(false),
      // Courses
      /** The usual cohort size (domain.md: 13 to 20): a capacity outside it needs the trainer's confirmation. */
      cohortCapacityMin: z.number().int().positive().default(13),
      cohortCapacityMax: z.number().int().positive().default(20),
      /** Whether a new cohort starts with the get-to-know interview before admission. */
      admissionInterviewByDefault: z.boolean().default(true),
    })
    .prefault({}),
  // Nachweis (issue 9)
  /** What every Nachweis states about the organisation besides its name, and the activity in words. */
  nachweis: z
    .object({
      /** Postal address, one line per line of print. */
      address: z.string().default(""),
      /** The contact person an office can ask, with phone or email. */
      contactPerson: z.string().default(""),
      /** The volunteering in words, e.g. "Begleitung von Zugewanderten zu Behörden und Ärzten". */
      activityDescription: z.string().default(""),
    })
    .prefault({}),
  // Sprachmittlerpool (issue 13): the tariff, billed to the requesting institution.
  interpreting: z
    .object({
      /** The first unit (domain.md, Oldenburg: 20 € for the first hour); every appointment costs at least this. */
      firstHourCents: cents.default(2_000),
      firstUnitMinutes: z.number().int().positive().default(60),
      /** Each further started increment (Oldenburg: 5 € per started half hour). */
      perStartedHalfHourCents: cents.default(500),
      incrementMinutes: z.number().int().positive().default(30),
      travelCentsPerKm: cents.default(30),
      /** Charged instead of the fee when an accepted appointment is cancelled within lateCancellationHours of its start. */
      lateCancellationFeeCents: cents.default(2_000),
      lateCancellationHours: z.number().int().nonnegative().default(24),
      minimumGermanLevel: z.enum(["B1", "B2", "C1", "C2"]).default("B2"),
      /** An assigned interpreter answers within this many hours, else the request goes back to the coordinator. */
      responseDeadlineHours: z.number().int().positive().default(48),
      /** Who is billed when a booking names no institution. */
      defaultInstitution: z.string().default("Schuleinstiegsberatung"),
      /**
       * The district (its name, as in the volunteers' districts) where the
       * appointments take place, the counselling office: suggestions rank
       * interpreters of equal load by the distance from their district. Empty:
       * distance unknown, load alone ranks.
       */
      placeDistrict: z.string().default(""),
    })
    .prefault({}),
  // Schuleinstiegsberatung (issue 13)
  schoolEntry: z
    .object({
      /** Erstberatung (domain.md: default 60 minutes). */
      appointmentMinutes: z.number().int().positive().default(60),
      /** Folgetermin. */
      followUpMinutes: z.number().int().positive().default(30),
      /** Kept free after each appointment (notes, the next family arriving). */
      bufferMinutes: z.number().int().nonnegative().default(10),
      /** Slots start every this many minutes within a window. */
      slotStepMinutes: z.number().int().positive().default(15),
      /** Reminder mails this many hours before the appointment. */
      reminderHoursBefore: z.number().int().positive().default(24),
    })
    .prefault({}),
  // Donations (issue 12)
  donations: z
    .object({
      /** Up to this amount a bank statement suffices as proof (§ 50 Abs. 4 EStDV: 300 €). */
      simplifiedProofLimitCents: cents.default(30_000),
      /**
       * Formal acceptance (Niedersachsen: § 111 NKomVG with § 26 KomHKVO), by
       * the donor's total in the budget year: up to the first figure the
       * Hauptverwaltungsbeamte decides, up to the second the
       * Verwaltungsausschuss, above it the Rat.
       */
      acceptanceByMayorUpToCents: cents.default(10_000),
      acceptanceByCommitteeUpToCents: cents.default(200_000),
      /** Copies of issued receipts are kept this many years after the year of issue. */
      receiptRetentionYears: z.number().int().min(1).max(30).default(RETENTION.receiptYears.default),
      /** The receipt's issuer: address lines under the organisation's name (empty: the Nachweis address). */
      issuerAddress: z.string().default(""),
      /** The place printed before the date and signature line. */
      receiptPlace: z.string().default(""),
      /** The purpose sentence's purpose when a donation names none. */
      defaultPurpose: z.string().default("Förderung der Hilfe für Flüchtlinge und der Integration von Zugewanderten (§ 52 Abs. 2 Satz 1 Nr. 10 AO)"),
    })
    .prefault({}),
  // Retention jobs (issue 14): the periods after which personal data are anonymised,
  // deleted, flagged or pruned; defaults and their sources in @lotse/domain/retention.
  // (Führungszeugnis records and receipts keep their settings above.)
  retention: z
    .object({
      familyClosedMonths: z.number().int().positive().default(RETENTION.familyClosedMonths.default),
      childYears: z.number().int().positive().default(RETENTION.childYears.default),
      inactiveVolunteerMonths: z.number().int().positive().default(RETENTION.inactiveVolunteerMonths.default),
      auditYears: z.number().int().positive().default(RETENTION.auditYears.default),
    })
    .prefault({}),
  // Integrationsmonitor (issue 14)
  reports: z
    .object({
      /**
       * Small-number protection: a figure counting people (or derived from such
       * a count) below this shows "< N" wherever a report leaves the
       * organisation (CSV downloads, the share/print view). The default 5 is
       * the "threshold rule" (minimum frequency) of statistical disclosure
       * control for tables of persons: the Eurostat/ESSnet Handbook on
       * Statistical Disclosure Control (Hundepool et al.) describes thresholds
       * of typically 3 to 10 per cell, and 5 is the value many statistics
       * offices and public-health publishers use for counts of people. An
       * organisation whose data-protection officer asks for more sets more.
       */
      smallNumberThreshold: z.number().int().min(SETTINGS.smallNumberThreshold.min).max(SETTINGS.smallNumberThreshold.max).default(5),
    })
    .prefault({}),
});

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

/** Reads stored settings, filling in defaults for anything not yet set. */
export function readSettings(stored: unknown): OrganizationSettings {
  return organizationSettingsSchema.parse(stored ?? {});
}

// Retention periods: how long personal data stay before the retention jobs
// delete, anonymise, flag or prune them. Each is an organisation setting; the
// defaults below are what an organisation starts with, each with the rule it
// comes from (shared/domain.md, "Volunteers", "Donations", "Data protection").
// Where no law names a figure, the comment says so and why the default is what
// it is: Art. 5 Abs. 1 lit. e DSGVO (storage limitation) and Art. 17 Abs. 1
// lit. a DSGVO require deletion once the data are no longer needed, without a
// number. Server and web read the same defaults and bounds from here.
import type { Range } from "./bounds.ts";

export interface RetentionPeriod {
  /** The default an organisation starts with. */
  default: number;
  /** What an admin may set. */
  range: Range;
  unit: "months" | "years";
}

export const RETENTION = {
  /**
   * Führungszeugnis records, months after the activity ended (ended, rejected,
   * consent withdrawn). § 72a Abs. 5 SGB VIII, domain.md: delete "at the latest
   * 3 months after the activity ends", so 3 is also the most allowed.
   */
  conductRecordMonths: { default: 3, range: { min: 1, max: 3 }, unit: "months" },
  /**
   * Families closed this many months ago are anonymised (domain.md: erasure
   * anonymises and keeps aggregate figures). No statute names a period
   * (Art. 5 Abs. 1 lit. e DSGVO): 6 months leave time for a family coming back
   * and for the half-year figures of the Integrationsmonitor.
   */
  familyClosedMonths: { default: 6, range: { min: 1, max: 120 }, unit: "months" },
  /**
   * Children's records of the Schuleinstiegsberatung, years after the last
   * appointment (or the record's creation). No statute names a period
   * (Art. 5 Abs. 1 lit. e DSGVO); 3 years is the regular limitation period
   * (§ 195 BGB) for claims arising from the counselling, which also covers the
   * year in a Sprachlernklasse (domain.md) and the follow-up counselling after it.
   */
  childYears: { default: 3, range: { min: 1, max: 30 }, unit: "years" },
  /**
   * Zuwendungsbestätigungen: copies are kept (§ 50 Abs. 7 EStDV) for the
   * retention period of § 147 Abs. 3 AO, counted from the end of the year of
   * issue (§ 147 Abs. 4 AO); domain.md: "Keep copies (8 to 10 years)". 10, the
   * longer figure, is the default (the donations module's receiptRetentionYears).
   */
  receiptYears: { default: 10, range: { min: 1, max: 30 }, unit: "years" },
  /**
   * Volunteers without logged hours for this many months are flagged for the
   * coordinator (never deleted). No rule names it; 6 months is half the year in
   * which the Ehrenamtskarte expects 250 hours (domain.md), a volunteer silent
   * that long is unlikely to be counted as active.
   */
  inactiveVolunteerMonths: { default: 6, range: { min: 1, max: 60 }, unit: "months" },
  /**
   * Audit entries older than this many years are pruned (the chain stays
   * verifiable from the first kept entry). Art. 5 Abs. 2 DSGVO asks for the
   * log as proof; claims it could prove something for lapse after the regular
   * limitation period of 3 years (§ 195 BGB).
   */
  auditYears: { default: 3, range: { min: 1, max: 30 }, unit: "years" },
} as const satisfies Record<string, RetentionPeriod>;

export type RetentionSetting = keyof typeof RETENTION;

/** The periods the retention settings form edits (receipts are edited with the donation settings). */
export const RETENTION_EDITABLE = ["conductRecordMonths", "familyClosedMonths", "childYears", "inactiveVolunteerMonths", "auditYears"] as const satisfies readonly RetentionSetting[];

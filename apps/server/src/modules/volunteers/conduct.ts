// The Führungszeugnis rules (§ 72a SGB VIII): when a record may be made, and
// what state the latest record is in today. Pure functions; dates are UTC
// midnights of calendar days.
import { addDays } from "@lotse/domain/calendar-date";
import { addMonths, addYears } from "@lotse/domain/calendar-months";
import { DomainError } from "../../errors.ts";

import type { CertificateState } from "@lotse/domain/children-rule";

export type { CertificateState };

/** How far ahead "expiring" looks. */
export const EXPIRING_WITHIN_DAYS = 90;

export function assertRecordable(input: { inspectedOn: Date; issuedOn: Date }, today: Date, maxAgeMonths: number) {
  if (input.inspectedOn.getTime() > today.getTime()) throw new DomainError("VALIDATION", "date.inFuture", "inspectedOn");
  if (input.issuedOn.getTime() > input.inspectedOn.getTime()) {
    throw new DomainError("VALIDATION", "conduct.issuedAfterInspection", "issuedOn");
  }
  if (input.issuedOn.getTime() < addMonths(input.inspectedOn, -maxAgeMonths).getTime()) {
    throw new DomainError("VALIDATION", "conduct.tooOld", "issuedOn", { months: maxAgeMonths });
  }
}

export function validUntil(inspectedOn: Date, revalidateYears: number): Date {
  return addYears(inspectedOn, revalidateYears);
}

export function certificateState(latestInspectedOn: Date | null, today: Date, revalidateYears: number): CertificateState {
  if (!latestInspectedOn) return "MISSING";
  const until = validUntil(latestInspectedOn, revalidateYears);
  if (until.getTime() <= today.getTime()) return "EXPIRED";
  if (until.getTime() <= addDays(today, EXPIRING_WITHIN_DAYS).getTime()) return "EXPIRING";
  return "VALID";
}

/**
 * The same states as conditions on the inspection date, so a list can be
 * filtered in SQL: the latest inspection decides, and "some inspection after X"
 * is the same as "the latest inspection after X".
 */
export function inspectionThresholds(today: Date, revalidateYears: number) {
  return {
    /** inspected after this: not expired */
    expiredBefore: addYears(today, -revalidateYears),
    /** inspected after this: not even expiring */
    expiringBefore: addYears(addDays(today, EXPIRING_WITHIN_DAYS), -revalidateYears),
  };
}

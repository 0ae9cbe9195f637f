// An interpreter's fee for one appointment from the organisation's tariff
// (settings.interpreting): the first unit in full for anything up to its
// length (Oldenburg: 20 € for the first hour, also for 45 minutes), then each
// further *started* increment (5 € per started half hour: 1:01 h is 25 €),
// plus travel per km. An accepted appointment cancelled at short notice costs
// the cancellation fee instead. Money in cents, integers only.
import type { OrganizationSettings } from "../organizations/index.ts";

export interface Tariff {
  firstUnitCents: number;
  firstUnitMinutes: number;
  incrementCents: number;
  incrementMinutes: number;
  travelCentsPerKm: number;
  lateCancellationFeeCents: number;
}

export function tariffOf(settings: OrganizationSettings): Tariff {
  const t = settings.interpreting;
  return {
    firstUnitCents: t.firstHourCents,
    firstUnitMinutes: t.firstUnitMinutes,
    incrementCents: t.perStartedHalfHourCents,
    incrementMinutes: t.incrementMinutes,
    travelCentsPerKm: t.travelCentsPerKm,
    lateCancellationFeeCents: t.lateCancellationFeeCents,
  };
}

export interface Fee {
  serviceCents: number;
  travelCents: number;
  cancellationCents: number;
  totalCents: number;
}

/** The fee for interpreting `minutes` (the appointment's length) and driving `kilometres`. */
export function interpretingFee(tariff: Tariff, minutes: number, kilometres = 0): Fee {
  const further = Math.max(0, minutes - tariff.firstUnitMinutes);
  const serviceCents = tariff.firstUnitCents + Math.ceil(further / tariff.incrementMinutes) * tariff.incrementCents;
  const travelCents = Math.max(0, kilometres) * tariff.travelCentsPerKm;
  return { serviceCents, travelCents, cancellationCents: 0, totalCents: serviceCents + travelCents };
}

/** What a cancelled assignment costs: the cancellation fee when it was cancelled late, else nothing. */
export function cancellationFee(tariff: Tariff, cancelledLate: boolean): Fee {
  const c = cancelledLate ? tariff.lateCancellationFeeCents : 0;
  return { serviceCents: 0, travelCents: 0, cancellationCents: c, totalCents: c };
}

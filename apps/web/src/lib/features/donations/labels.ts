// Texts for the donations area's enum values; a value without a message is shown as it is.
import { m } from "$lib/paraglide/messages.js";

type Labels = Record<string, () => string>;
const lookup = (labels: Labels) => (value: string) => labels[value]?.() ?? value;

export const DONOR_KINDS = ["PERSON", "COMPANY", "ANONYMOUS"] as const;
export const donorKindLabel = lookup({ PERSON: m.don_donorKind_PERSON, COMPANY: m.don_donorKind_COMPANY, ANONYMOUS: m.don_donorKind_ANONYMOUS });

export const DONATION_KINDS = ["MONEY", "GOODS"] as const;
export const donationKindLabel = lookup({ MONEY: m.don_kind_MONEY, GOODS: m.don_kind_GOODS });

export const DONATION_STATUSES = ["PENDING", "ACCEPTED", "REFUSED"] as const;
export const donationStatusLabel = lookup({ PENDING: m.don_status_PENDING, ACCEPTED: m.don_status_ACCEPTED, REFUSED: m.don_status_REFUSED });
export const statusTone = (s: string) => (s === "ACCEPTED" ? "ok" : s === "REFUSED" ? "bad" : "wait");

export const BODIES = ["HEAD_OF_ADMINISTRATION", "COMMITTEE", "COUNCIL"] as const;
export const bodyLabel = lookup({ HEAD_OF_ADMINISTRATION: m.don_body_HEAD_OF_ADMINISTRATION, COMMITTEE: m.don_body_COMMITTEE, COUNCIL: m.don_body_COUNCIL });

export const PAYMENT_METHODS = ["TRANSFER", "CASH", "DIRECT_DEBIT"] as const;
export const methodLabel = lookup({ TRANSFER: m.don_method_TRANSFER, CASH: m.don_method_CASH, DIRECT_DEBIT: m.don_method_DIRECT_DEBIT });

export const ORIGINS = ["PRIVATE", "BUSINESS", "UNKNOWN"] as const;
export const originLabel = lookup({ PRIVATE: m.don_origin_PRIVATE, BUSINESS: m.don_origin_BUSINESS, UNKNOWN: m.don_origin_UNKNOWN });

export const CONDITIONS = ["NEW", "AS_NEW", "GOOD", "USED"] as const;
export const conditionLabel = lookup({ NEW: m.don_condition_NEW, AS_NEW: m.don_condition_AS_NEW, GOOD: m.don_condition_GOOD, USED: m.don_condition_USED });

export const VALUATION_BASES = ["INVOICE", "MARKET_ESTIMATE", "EXPERT_OPINION", "WITHDRAWAL_VALUE"] as const;
export const valuationLabel = lookup({
  INVOICE: m.don_valuation_INVOICE,
  MARKET_ESTIMATE: m.don_valuation_MARKET_ESTIMATE,
  EXPERT_OPINION: m.don_valuation_EXPERT_OPINION,
  WITHDRAWAL_VALUE: m.don_valuation_WITHDRAWAL_VALUE,
});

export const reservationStatusLabel = lookup({
  ACTIVE: m.don_reservation_ACTIVE,
  RELEASED: m.don_reservation_RELEASED,
  EXPIRED: m.don_reservation_EXPIRED,
  HANDED_OVER: m.don_reservation_HANDED_OVER,
});

export const movementLabel = lookup({
  RECEIVED: m.don_movement_RECEIVED,
  RESERVED: m.don_movement_RESERVED,
  RELEASED: m.don_movement_RELEASED,
  EXPIRED: m.don_movement_EXPIRED,
  HANDED_OVER: m.don_movement_HANDED_OVER,
  WRITTEN_OFF: m.don_movement_WRITTEN_OFF,
});

export const receiptKindLabel = lookup({ SINGLE: m.don_receiptKind_SINGLE, COLLECTIVE: m.don_receiptKind_COLLECTIVE });

/** A donor's name as lists show it (the anonymous donor has none). */
export const donorName = (d: { kind: string; name?: string | null }) => d.name ?? donorKindLabel(d.kind);

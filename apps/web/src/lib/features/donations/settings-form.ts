// The donations settings form (admin): acceptance thresholds and the simplified
// proof limit in euros, the receipts' retention in years, issuer, place and
// purpose, read from the posted form (natively or through `use:enhance`) with
// the checks the page makes before sending and the action makes again.
import { parseEuroToCents } from "@lotse/domain/cents";
import { text } from "$lib/forms/form-data";
import { formCheckErrors, type FormErrors } from "$lib/graphql/errors";
import type { Message } from "$lib/i18n";
import { m } from "$lib/paraglide/messages.js";

/** The form's field names, which are the API's. */
export const DONATION_SETTINGS_FIELDS = [
  "acceptanceByMayorUpToCents",
  "acceptanceByCommitteeUpToCents",
  "simplifiedProofLimitCents",
  "receiptRetentionYears",
  "issuerAddress",
  "receiptPlace",
  "defaultPurpose",
] as const;

export interface DonationSettingsInput {
  acceptanceByMayorUpToCents: number;
  acceptanceByCommitteeUpToCents: number;
  simplifiedProofLimitCents: number;
  receiptRetentionYears: number;
  issuerAddress: string;
  receiptPlace: string;
  defaultPurpose: string;
}

export function donationSettingsInput(form: FormData): { ok: true; input: DonationSettingsInput } | { ok: false; errors: FormErrors } {
  const mayor = parseEuroToCents(text(form, "acceptanceByMayorUpToCents"));
  const committee = parseEuroToCents(text(form, "acceptanceByCommitteeUpToCents"));
  const proof = parseEuroToCents(text(form, "simplifiedProofLimitCents"));
  const retention = text(form, "receiptRetentionYears");
  const years = /^\d{1,3}$/.test(retention) ? Number(retention) : null;
  const problems: Record<string, Message> = {};
  if (mayor === null) problems.acceptanceByMayorUpToCents = m.don_amountInvalid;
  if (committee === null) problems.acceptanceByCommitteeUpToCents = m.don_amountInvalid;
  if (proof === null) problems.simplifiedProofLimitCents = m.don_amountInvalid;
  if (years === null) problems.receiptRetentionYears = m.don_yearsInvalid;
  if (mayor === null || committee === null || proof === null || years === null) return { ok: false, errors: formCheckErrors(problems) };
  return {
    ok: true,
    input: {
      acceptanceByMayorUpToCents: mayor,
      acceptanceByCommitteeUpToCents: committee,
      simplifiedProofLimitCents: proof,
      receiptRetentionYears: years,
      issuerAddress: text(form, "issuerAddress"),
      receiptPlace: text(form, "receiptPlace"),
      defaultPurpose: text(form, "defaultPurpose"),
    },
  };
}

import { describe, expect, it } from "vitest";
import { m } from "$lib/paraglide/messages.js";
import { donationSettingsInput } from "./settings-form";

function posted(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const valid: [string, string][] = [
  ["acceptanceByMayorUpToCents", "100,00"],
  ["acceptanceByCommitteeUpToCents", "2.000"],
  ["simplifiedProofLimitCents", "300"],
  ["receiptRetentionYears", "10"],
  ["issuerAddress", "Stadt Oldenburg\r\nMarkt 1"],
  ["receiptPlace", " Oldenburg "],
  ["defaultPurpose", "Integration"],
];

describe("donation settings form", () => {
  it("reads euros as cents, years as a whole number, and texts with plain line breaks", () => {
    expect(donationSettingsInput(posted(valid))).toEqual({
      ok: true,
      input: {
        acceptanceByMayorUpToCents: 10_000,
        acceptanceByCommitteeUpToCents: 200_000,
        simplifiedProofLimitCents: 30_000,
        receiptRetentionYears: 10,
        issuerAddress: "Stadt Oldenburg\nMarkt 1",
        receiptPlace: "Oldenburg",
        defaultPurpose: "Integration",
      },
    });
  });

  it("marks each amount and the years that are not one", () => {
    const form = posted(valid);
    form.set("acceptanceByCommitteeUpToCents", "viel");
    form.set("receiptRetentionYears", "zehn");
    expect(donationSettingsInput(form)).toEqual({
      ok: false,
      errors: { form: [m.common_checkFields()], fields: { acceptanceByCommitteeUpToCents: m.don_amountInvalid(), receiptRetentionYears: m.don_yearsInvalid() } },
    });
  });
});

// What the donations area stores about people, for the privacy hooks. A donor
// is found by the subject's email address (donors have no account). Erasure
// anonymises the donor (name, address, email go: donors.service.ts
// anonymiseDonor) and keeps the amounts and issued receipts: the budget's
// records and the Kommunalaufsicht's report need the amounts, and an issued
// Zuwendungsbestätigung is a tax document the donor holds (kept for the
// retention period, § 50 EStDV, § 147 AO).
import type { ErasurePlan, PrivacyDeclaration, PrivacySubject } from "../module.ts";
import { noPersonalData } from "../privacy.ts";
import type { ServiceCtx } from "../service-context.ts";

const donorOf = (subject: PrivacySubject) => ({ email: { equals: subject.email, mode: "insensitive" as const } });

async function plan(model: string, rows: number, kept: string): Promise<ErasurePlan> {
  return { model, rows, kept };
}

/**
 * A family is no account holder, so a person's export and erasure hold none of
 * these rows. The rows name a family by familyId (a foreign key to the matching
 * module's Family) and by the name the storage room reads; the family's own
 * export and erasure are the matching module's (familyDataExport, eraseFamily).
 */
const familyRows = (model: "FundDisbursement" | "GoodsReservation"): PrivacyDeclaration => ({
  model,
  personalData: true,
  export: async () => [],
  erase: async () => ({ model, rows: 0, kept: "names a family, not an account holder: reached through the family's record (familyId, matching module)" }),
});

export const donationsPrivacy: PrivacyDeclaration[] = [
  {
    model: "Donor",
    personalData: true,
    export: (ctx: ServiceCtx, subject) => ctx.db.donor.findMany({ where: donorOf(subject) }),
    erase: async (ctx, subject) => plan("Donor", await ctx.db.donor.count({ where: donorOf(subject) }), "anonymised: name, address and email removed, the row stays for the amounts"),
  },
  {
    model: "Donation",
    personalData: true,
    export: (ctx, subject) => ctx.db.donation.findMany({ where: { donor: donorOf(subject) }, include: { items: true } }),
    erase: async (ctx, subject) =>
      plan("Donation", await ctx.db.donation.count({ where: { donor: donorOf(subject) } }), "amounts, dates and decisions are budget records and go into the report to the Kommunalaufsicht; the donor is anonymised"),
  },
  {
    model: "DonationReceipt",
    personalData: true,
    export: (ctx, subject) => ctx.db.donationReceipt.findMany({ where: { donor: donorOf(subject) } }),
    erase: async (ctx, subject) =>
      plan("DonationReceipt", await ctx.db.donationReceipt.count({ where: { donor: donorOf(subject) } }), "issued Zuwendungsbestätigungen are tax documents: kept unchanged until their retention date (retainUntil)"),
  },
  familyRows("FundDisbursement"),
  familyRows("GoodsReservation"),
  noPersonalData("Fund", "the organisation's funds and balances"),
  noPersonalData("GoodsCategory", "the organisation's list of goods categories"),
  noPersonalData("GoodsItem", "donated items and their stock; the donor is reached through the donation"),
  noPersonalData("GoodsMovement", "stock changes of items (who recorded them is an id of a staff member)"),
  noPersonalData("DonationReceiptLine", "links receipts to donations"),
  noPersonalData("ReceiptBatch", "progress of a year's receipt run"),
];

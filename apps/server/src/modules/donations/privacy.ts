// What the donations area stores about people, for the privacy hooks. A donor
// has no account: the donor's own request finds the donor row; a person with
// an account is also found as a donor by their email address. Erasure
// anonymises the donor (name, address, email go, as anonymiseDonor does) and
// keeps the amounts and issued receipts: the budget's records and the
// Kommunalaufsicht's report need the amounts, and an issued
// Zuwendungsbestätigung is a tax document the donor holds (its copy is kept
// unchanged until retainUntil, § 50 EStDV, § 147 AO; the retention job deletes
// it then). Erasure waits while the donor is still owed something that needs
// their name and address: an acceptance decision, a receipt for a donation of
// this or last year, or a refused donation to be returned.
import { berlinToday } from "@lotse/domain/berlin-time";
import type { ErasureHold, PrivacyDeclaration, PrivacySubject } from "../module.ts";
import { noPersonalData, personalRows, type Finders } from "../privacy.ts";
import { nowOf, type ServiceCtx } from "../service-context.ts";

/** The subject's donor rows: the donor asked about, or the donors with the person's email address. */
const donorWhere = (s: PrivacySubject) =>
  s.kind === "donor" ? { id: s.donorId } : s.kind === "user" ? { email: { equals: s.email, mode: "insensitive" as const } } : null;
const donorOf: Finders = { donor: (s) => donorWhere(s)!, user: (s) => donorWhere(s)! };
const ofDonor: Finders = { donor: (s) => ({ donor: donorWhere(s)! }), user: (s) => ({ donor: donorWhere(s)! }) };

async function openDonations(ctx: ServiceCtx, s: PrivacySubject): Promise<ErasureHold[]> {
  const donor = donorWhere(s);
  if (!donor) return [];
  const year = Number(berlinToday(nowOf(ctx)).slice(0, 4));
  const [pending, receiptDue, toReturn] = await Promise.all([
    ctx.db.donation.count({ where: { donor, status: "PENDING" } }),
    ctx.db.donation.count({ where: { donor: { ...donor, kind: { not: "ANONYMOUS" } }, status: "ACCEPTED", receiptId: null, budgetYear: { gte: year - 1 } } }),
    ctx.db.donation.count({ where: { donor, status: "REFUSED", returnPending: true } }),
  ]);
  const holds: ErasureHold[] = [];
  if (pending) holds.push({ model: "Donation", messageKey: "privacy.donationPending", params: { count: pending } });
  if (receiptDue) holds.push({ model: "DonationReceipt", messageKey: "privacy.receiptDue", params: { count: receiptDue } });
  if (toReturn) holds.push({ model: "Donation", messageKey: "privacy.donationToReturn", params: { count: toReturn } });
  return holds;
}

/**
 * Rows naming a family (familyId and the name the storage room reads). The
 * family's erasure replaces that name in the database (trigger of migration
 * family_erasure_reaches_donations), in the erasure's transaction.
 */
const familyRows = (model: "FundDisbursement" | "GoodsReservation"): PrivacyDeclaration =>
  personalRows(model, { family: (s) => ({ familyId: s.familyId }) }, {
    erase: { keep: "the payment or hand-over stays for the stock and the fund's books; the family's name in it is replaced by the database when the family is erased" },
  });

export const donationsPrivacy: PrivacyDeclaration[] = [
  // The donor's donations and receipts first: they are found through the donor row, which erasure anonymises.
  personalRows("Donation", ofDonor, {
    erase: { anonymise: { note: "" }, kept: "amounts, dates and decisions are budget records and go into the report to the Kommunalaufsicht; notes go" },
  }),
  personalRows("DonationReceipt", ofDonor, {
    erase: { keep: "issued Zuwendungsbestätigungen are tax documents: kept unchanged until their retention date (retainUntil), then deleted by the retention job" },
  }),
  personalRows("Donor", donorOf, {
    holds: openDonations,
    erase: {
      anonymise: (ctx) => ({ name: null, address: null, email: null, sortName: null, anonymisedAt: ctx.now }),
      kept: "anonymised: name, address and email removed, the row stays for the amounts",
    },
  }),
  familyRows("FundDisbursement"),
  familyRows("GoodsReservation"),
  noPersonalData("Fund", "the organisation's funds and balances"),
  noPersonalData("GoodsCategory", "the organisation's list of goods categories"),
  noPersonalData("GoodsItem", "donated items and their stock; the donor is reached through the donation"),
  noPersonalData("GoodsMovement", "stock changes of items (who recorded them is an id of a staff member)"),
  noPersonalData("DonationReceiptLine", "links receipts to donations"),
  noPersonalData("ReceiptBatch", "progress of a year's receipt run"),
];

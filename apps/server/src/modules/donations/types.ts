// GraphQL types of the donations area. Every type is for coordinators (the
// categories also for admins, who maintain them); the scoped client keeps
// other organisations out.
import { formatIsoDate } from "@lotse/domain/calendar-date";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../../graphql/builder.ts";
import { mayManageDonations, mayReadDonationSettings } from "./access.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { LocalizedTextRef } from "../../graphql/translations.ts";
import { localizedName } from "../volunteers/index.ts";
import { ReceiptContentSchema } from "./receipt-content.ts";

const coordinators = { may: mayManageDonations } as const;
const dateString = (d: Date) => formatIsoDate(d);
/** The matching module's Family as a Relay id (the type lives there; its id format is the platform's). */
const familyGlobalId = (id: string | null) => (id ? encodeGlobalID("Family", id) : null);

export const DonorKindEnum = builder.enumType("DonorKind", { values: ["PERSON", "COMPANY", "ANONYMOUS"] as const });
export const DonationKindEnum = builder.enumType("DonationKind", { values: ["MONEY", "GOODS"] as const });
export const DonationStatusEnum = builder.enumType("DonationStatus", {
  description: "PENDING: waiting for the accepting body; REFUSED: marked for return to the donor.",
  values: ["PENDING", "ACCEPTED", "REFUSED"] as const,
});
export const PaymentMethodEnum = builder.enumType("PaymentMethod", { values: ["TRANSFER", "CASH", "DIRECT_DEBIT"] as const });
export const AcceptanceBodyEnum = builder.enumType("AcceptanceBody", {
  description: "Who accepts a donation by the donor's total in the budget year (Niedersachsen: Hauptverwaltungsbeamte, Verwaltungsausschuss, Rat).",
  values: ["HEAD_OF_ADMINISTRATION", "COMMITTEE", "COUNCIL"] as const,
});
export const GoodsOriginEnum = builder.enumType("GoodsOrigin", { values: ["PRIVATE", "BUSINESS", "UNKNOWN"] as const });
export const GoodsConditionEnum = builder.enumType("GoodsCondition", { values: ["NEW", "AS_NEW", "GOOD", "USED"] as const });
export const ValuationBasisEnum = builder.enumType("ValuationBasis", { values: ["INVOICE", "MARKET_ESTIMATE", "EXPERT_OPINION", "WITHDRAWAL_VALUE"] as const });
export const ReservationStatusEnum = builder.enumType("ReservationStatus", { values: ["ACTIVE", "RELEASED", "EXPIRED", "HANDED_OVER"] as const });
export const GoodsMovementKindEnum = builder.enumType("GoodsMovementKind", { values: ["RECEIVED", "RESERVED", "RELEASED", "EXPIRED", "HANDED_OVER", "WRITTEN_OFF"] as const });
export const ReceiptKindEnum = builder.enumType("ReceiptKind", { values: ["SINGLE", "COLLECTIVE"] as const });
export const ReceiptBatchStatusEnum = builder.enumType("ReceiptBatchStatus", { values: ["RUNNING", "DONE"] as const });

export const GoodsCategoryRef = builder.prismaNode("GoodsCategory", {
  id: { field: "id" },
  authScopes: { may: mayReadDonationSettings },
  fields: (t) => ({
    name: t.string({ description: "In the caller's language, German where the organisation gave no translation.", resolve: (c, _args, ctx) => localizedName(c, ctx.locale) }),
    nameTranslations: t.field({
      type: LocalizedTextRef,
      description: "The name as entered (German and each translation): what the settings page edits. Receipts and reports name the German one.",
      resolve: (c) => ({ de: c.name, translations: c.nameTranslations }),
    }),
    sortOrder: t.exposeInt("sortOrder"),
  }),
});

export const DonorRef = builder.prismaNode("Donor", {
  id: { field: "id" },
  authScopes: coordinators,
  description: "A person or company who gives, or the anonymous donor (no receipt possible).",
  fields: (t) => ({
    kind: t.expose("kind", { type: DonorKindEnum }),
    name: t.exposeString("name", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    anonymised: t.boolean({ resolve: (d) => d.anonymisedAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    donations: t.relation("donations", { query: { orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }] } }),
    receipts: t.relation("receipts", { query: { orderBy: [{ year: "desc" }, { sequence: "desc" }] } }),
    yearTotalCents: t.int({
      description: "Accepted donations (money and goods) of the year.",
      args: { year: t.arg.int() },
      resolve: async (d, args, ctx) =>
        (await ctx.db.donation.aggregate({ where: { donorId: d.id, budgetYear: args.year, status: "ACCEPTED" }, _sum: { amountCents: true } }))._sum.amountCents ?? 0,
    }),
    simplifiedProofApplies: t.boolean({
      description: "Every accepted money donation of the year is at most the simplified-proof limit (300 €): a bank statement suffices, no receipt is needed.",
      args: { year: t.arg.int() },
      resolve: async (d, args, ctx) => {
        const limit = viewerOf(ctx).organization.parsedSettings.donations.simplifiedProofLimitCents;
        const over = await ctx.db.donation.count({ where: { donorId: d.id, budgetYear: args.year, status: "ACCEPTED", kind: "MONEY", amountCents: { gt: limit } } });
        return over === 0;
      },
    }),
  }),
});

export const FundRef = builder.prismaNode("Fund", {
  id: { field: "id" },
  authScopes: coordinators,
  description: "Money for one purpose: balance = accepted donations − disbursements, never below zero.",
  fields: (t) => ({
    name: t.exposeString("name"),
    purpose: t.exposeString("purpose"),
    acceptedCents: t.exposeInt("acceptedCents"),
    disbursedCents: t.exposeInt("disbursedCents"),
    balanceCents: t.exposeInt("balanceCents"),
    disbursements: t.relation("disbursements", { query: { orderBy: [{ paidOn: "desc" }, { createdAt: "desc" }] } }),
    donations: t.relation("donations", { query: { where: { status: "ACCEPTED" }, orderBy: [{ receivedOn: "desc" }] }, description: "Accepted donations earmarked for it." }),
  }),
});

export const FundDisbursementRef = builder.prismaNode("FundDisbursement", {
  id: { field: "id" },
  authScopes: coordinators,
  fields: (t) => ({
    fund: t.relation("fund"),
    amountCents: t.exposeInt("amountCents"),
    paidOn: t.string({ resolve: (d) => dateString(d.paidOn) }),
    purpose: t.exposeString("purpose"),
    recipient: t.exposeString("recipient", { nullable: true }),
    familyId: t.id({ nullable: true, description: "The Family (matching module) paid for, if one.", resolve: (d) => familyGlobalId(d.familyId) }),
    familyName: t.exposeString("familyName", { nullable: true }),
    approvedBy: t.exposeString("approvedBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const DonationRef = builder.prismaNode("Donation", {
  id: { field: "id" },
  authScopes: coordinators,
  fields: (t) => ({
    kind: t.expose("kind", { type: DonationKindEnum }),
    donor: t.relation("donor"),
    amountCents: t.exposeInt("amountCents", { description: "Money: the amount; goods: the sum of the items' values." }),
    receivedOn: t.string({ resolve: (d) => dateString(d.receivedOn) }),
    budgetYear: t.exposeInt("budgetYear"),
    method: t.expose("method", { type: PaymentMethodEnum, nullable: true }),
    fund: t.relation("fund", { nullable: true }),
    waiverOfExpenses: t.exposeBoolean("waiverOfExpenses"),
    note: t.exposeString("note"),
    goodsOrigin: t.expose("goodsOrigin", { type: GoodsOriginEnum, nullable: true }),
    status: t.expose("status", { type: DonationStatusEnum }),
    body: t.expose("body", { type: AcceptanceBodyEnum }),
    donorYearTotalCents: t.exposeInt("donorYearTotalCents", { description: "The donor's total in the budget year when it was recorded: what chose the body." }),
    decidedOn: t.string({ nullable: true, resolve: (d) => (d.decidedOn ? dateString(d.decidedOn) : null) }),
    decisionReference: t.exposeString("decisionReference", { nullable: true }),
    returnPending: t.exposeBoolean("returnPending", { description: "Refused: to be returned to the donor." }),
    receipt: t.relation("receipt", { nullable: true, description: "The receipt that covers it now (none, or its receipt was cancelled)." }),
    items: t.relation("items", { query: { orderBy: { createdAt: "asc" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const GoodsItemRef = builder.prismaNode("GoodsItem", {
  id: { field: "id" },
  authScopes: coordinators,
  fields: (t) => ({
    donation: t.relation("donation"),
    category: t.relation("category"),
    description: t.exposeString("description"),
    quantity: t.exposeInt("quantity", { description: "Pieces received." }),
    condition: t.expose("condition", { type: GoodsConditionEnum }),
    age: t.exposeString("age"),
    valuePerItemCents: t.exposeInt("valuePerItemCents"),
    valuationBasis: t.expose("valuationBasis", { type: ValuationBasisEnum }),
    purchasePriceCents: t.exposeInt("purchasePriceCents", { nullable: true }),
    storageLocation: t.exposeString("storageLocation"),
    available: t.exposeInt("available", { description: "On the shelf and free." }),
    reserved: t.exposeInt("reserved"),
    handedOver: t.exposeInt("handedOver"),
    writtenOff: t.exposeInt("writtenOff"),
    reservations: t.relation("reservations", { args: { activeOnly: t.arg.boolean({ required: false }) }, query: (args) => ({ where: args.activeOnly ? { status: "ACTIVE" } : {}, orderBy: { createdAt: "desc" } }) }),
    history: t.relation("movements", { query: { orderBy: [{ at: "desc" }, { id: "asc" }] } }),
  }),
});

export const GoodsReservationRef = builder.prismaNode("GoodsReservation", {
  id: { field: "id" },
  authScopes: coordinators,
  fields: (t) => ({
    item: t.relation("item"),
    quantity: t.exposeInt("quantity"),
    familyId: t.id({ nullable: true, description: "The Family (matching module) the pieces are for, if registered there.", resolve: (r) => familyGlobalId(r.familyId) }),
    familyName: t.exposeString("familyName"),
    reservedUntil: t.expose("reservedUntil", { type: "DateTime" }),
    status: t.expose("status", { type: ReservationStatusEnum }),
    handedOverOn: t.string({ nullable: true, resolve: (r) => (r.handedOverOn ? dateString(r.handedOverOn) : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const GoodsMovementRef = builder.prismaNode("GoodsMovement", {
  id: { field: "id" },
  authScopes: coordinators,
  fields: (t) => ({
    kind: t.expose("kind", { type: GoodsMovementKindEnum }),
    quantity: t.exposeInt("quantity"),
    reason: t.exposeString("reason", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

const contentOf = (r: { content: unknown }) => ReceiptContentSchema.parse(r.content);

export const DonationReceiptRef = builder.prismaNode("DonationReceipt", {
  id: { field: "id" },
  authScopes: coordinators,
  description: "An issued Zuwendungsbestätigung (content frozen when issued). Its PDF: GET /receipts/<id>.pdf.",
  fields: (t) => ({
    number: t.exposeString("number", { description: "Per organisation and year, consecutive without gaps, e.g. 2026-000123." }),
    year: t.exposeInt("year"),
    kind: t.expose("kind", { type: ReceiptKindEnum }),
    donationKind: t.expose("donationKind", { type: DonationKindEnum }),
    donor: t.relation("donor"),
    donorName: t.string({ description: "As printed on the receipt.", resolve: (r) => contentOf(r).donor.name }),
    totalCents: t.exposeInt("totalCents"),
    totalInWords: t.string({ resolve: (r) => contentOf(r).totalInWords }),
    issuedAt: t.expose("issuedAt", { type: "DateTime" }),
    retainUntil: t.string({ resolve: (r) => dateString(r.retainUntil) }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    donations: t.field({
      type: [DonationRef],
      description: "The donations it covered (also after a cancellation).",
      resolve: async (r, _args, ctx) => {
        const lines = await ctx.db.donationReceiptLine.findMany({ where: { receiptId: r.id }, select: { donation: true } });
        return lines.map((l) => l.donation).sort((a, b) => a.receivedOn.getTime() - b.receivedOn.getTime());
      },
    }),
    pdfUrl: t.string({ resolve: (r) => `/receipts/${r.id}.pdf` }),
  }),
});

export const ReceiptBatchRef = builder.prismaNode("ReceiptBatch", {
  id: { field: "id" },
  authScopes: coordinators,
  description: "Receipts issued for a year in one run, with its progress.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    status: t.expose("status", { type: ReceiptBatchStatusEnum }),
    total: t.exposeInt("total"),
    done: t.exposeInt("done"),
    skipped: t.exposeInt("skipped", { description: "Donations left out: no address of the donor, or receipted meanwhile." }),
    startedAt: t.expose("startedAt", { type: "DateTime" }),
    finishedAt: t.expose("finishedAt", { type: "DateTime", nullable: true }),
  }),
});

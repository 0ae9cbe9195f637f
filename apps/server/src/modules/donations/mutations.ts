// The donations area's mutations: typed errors on the field for every bad
// input (the services check again for every other caller); nothing changes
// when one is returned. Coordinators manage; admins maintain the settings.
import { donation as rules, year } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { mayMaintainDonationSettings, mayManageDonations } from "./access.ts";
import { TranslationsInput } from "../../graphql/translations.ts";
import { notFound } from "../../errors.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { createDonor, updateDonor } from "./donors.service.ts";
import { acceptDonation, recordMoneyDonation, refuseDonation } from "./donations.service.ts";
import { createFund, disburseFunds } from "./funds.service.ts";
import { recordGoodsDonation } from "./goods.service.ts";
import { handOverGoods, releaseReservation, reserveGoods, writeOffGoods } from "./inventory.service.ts";
import { DonationSettingsRef } from "./queries.ts";
import { cancelReceipt, issueCollectiveReceipt, issueDonationReceipt, issueReceiptsForYear } from "./receipts.service.ts";
import { createGoodsCategory, updateDonationSettings, updateGoodsCategoryTranslations } from "./settings.service.ts";
import {
  DonationReceiptRef,
  DonationRef,
  DonorKindEnum,
  DonorRef,
  FundDisbursementRef,
  FundRef,
  GoodsCategoryRef,
  GoodsConditionEnum,
  GoodsItemRef,
  GoodsOriginEnum,
  GoodsReservationRef,
  PaymentMethodEnum,
  ReceiptBatchRef,
  ValuationBasisEnum,
} from "./types.ts";

const coordinators = { may: mayManageDonations } as const;
const errors = { types: standardErrors };

const DonorInput = builder.inputType("DonorInput", {
  fields: (t) => ({
    kind: t.field({ type: DonorKindEnum }),
    name: t.string({ required: false, validate: rules.note }),
    address: t.string({ required: false, validate: rules.address, description: "Postal address, one line per line of print (needed on a receipt)." }),
    email: t.string({ required: false, validate: rules.email }),
  }),
});

const MoneyDonationInput = builder.inputType("MoneyDonationInput", {
  fields: (t) => ({
    donorId: t.globalID({ for: DonorRef }),
    amountCents: t.int({ validate: rules.amountCents }),
    receivedOn: t.string({ validate: rules.date }),
    method: t.field({ type: PaymentMethodEnum }),
    fundId: t.globalID({ required: false, for: FundRef, description: "The earmark (Zweckbindung); none: free use." }),
    waiverOfExpenses: t.boolean({ description: "Verzicht auf Erstattung von Aufwendungen." }),
    note: t.string({ required: false, validate: rules.note }),
  }),
});

const DecisionInput = builder.inputType("DonationDecisionInput", {
  fields: (t) => ({
    donationId: t.globalID({ for: DonationRef }),
    decidedOn: t.string({ validate: rules.date }),
    reference: t.string({ validate: rules.reference, description: "E.g. the council decision's number." }),
  }),
});

const GoodsItemInput = builder.inputType("GoodsItemInput", {
  fields: (t) => ({
    categoryId: t.globalID({ for: GoodsCategoryRef }),
    description: t.string({ validate: rules.description }),
    quantity: t.int({ validate: rules.quantity }),
    condition: t.field({ type: GoodsConditionEnum }),
    age: t.string({ required: false, validate: rules.age }),
    valuePerItemCents: t.int({ validate: rules.amountCents }),
    valuationBasis: t.field({ type: ValuationBasisEnum }),
    purchasePriceCents: t.int({ required: false, validate: rules.amountCents }),
    storageLocation: t.string({ validate: rules.storageLocation }),
  }),
});

const GoodsDonationInput = builder.inputType("GoodsDonationInput", {
  fields: (t) => ({
    donorId: t.globalID({ for: DonorRef }),
    receivedOn: t.string({ validate: rules.date }),
    goodsOrigin: t.field({ type: GoodsOriginEnum }),
    note: t.string({ required: false, validate: rules.note }),
    items: t.field({ type: [GoodsItemInput], validate: rules.items }),
  }),
});

const DisburseInput = builder.inputType("DisburseFundsInput", {
  fields: (t) => ({
    fundId: t.globalID({ for: FundRef }),
    amountCents: t.int({ validate: rules.amountCents }),
    paidOn: t.string({ validate: rules.date }),
    purpose: t.string({ validate: rules.reason }),
    recipient: t.string({ required: false, validate: rules.note }),
    familyId: t.globalID({ required: false, description: "A family of the matching module (Family id); or name the recipient." }),
    familyName: t.string({ required: false, validate: rules.note }),
    approvedBy: t.string({ validate: rules.familyName, description: "Who approved the payment." }),
  }),
});

const ReserveInput = builder.inputType("ReserveGoodsInput", {
  fields: (t) => ({
    itemId: t.globalID({ for: GoodsItemRef }),
    quantity: t.int({ validate: rules.quantity }),
    familyId: t.globalID({ required: false, description: "A family of the matching module (Family id), when the pieces are for one registered there." }),
    familyName: t.string({ validate: rules.familyName }),
    reservedUntil: t.string({ validate: rules.date, description: "The last day the pieces are held; after it the job runner releases them." }),
  }),
});

const HandOverInput = builder.inputType("HandOverGoodsInput", {
  fields: (t) => ({
    reservationId: t.globalID({ for: GoodsReservationRef }),
    familyId: t.globalID({ required: false, description: "The Family id the reservation names." }),
    familyName: t.string({ required: false, validate: rules.note, description: "The family receiving the goods: must be the one the reservation is for." }),
    handedOverOn: t.string({ validate: rules.date }),
  }),
});

const DonationSettingsInput = builder.inputType("DonationSettingsInput", {
  fields: (t) => ({
    acceptanceByMayorUpToCents: t.int({ required: false, validate: rules.amountCents }),
    acceptanceByCommitteeUpToCents: t.int({ required: false, validate: rules.amountCents }),
    simplifiedProofLimitCents: t.int({ required: false, validate: rules.amountCents }),
    receiptRetentionYears: t.int({ required: false }),
    issuerAddress: t.string({ required: false, validate: rules.address }),
    receiptPlace: t.string({ required: false, validate: rules.note }),
    defaultPurpose: t.string({ required: false, validate: rules.purpose }),
  }),
});

const idOf = (g: { id: string } | null | undefined) => g?.id ?? null;
/** A Family's global id as the row id; any other type's id is not a family. */
function familyIdOf(g: { typename: string; id: string } | null | undefined): string | null {
  if (!g) return null;
  if (g.typename !== "Family") throw notFound("familyId");
  return g.id;
}

builder.mutationFields((t) => ({
  createDonor: t.prismaField({
    type: DonorRef,
    authScopes: coordinators,
    errors,
    args: { input: t.arg({ type: DonorInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const donor = await createDonor(serviceCtx(ctx), input);
      return ctx.db.donor.findUniqueOrThrow({ ...query, where: { id: donor.id } });
    },
  }),
  updateDonor: t.prismaField({
    type: DonorRef,
    authScopes: coordinators,
    errors,
    args: { id: t.arg.globalID({ for: DonorRef }), input: t.arg({ type: DonorInput }) },
    resolve: async (query, _root, args, ctx) => {
      const donor = await updateDonor(serviceCtx(ctx), { ...args.input, id: args.id.id });
      return ctx.db.donor.findUniqueOrThrow({ ...query, where: { id: donor.id } });
    },
  }),
  recordMoneyDonation: t.prismaField({
    type: DonationRef,
    authScopes: coordinators,
    errors,
    description: "Records a money donation; it waits in the acceptance queue of the body its donor's year total names.",
    args: { input: t.arg({ type: MoneyDonationInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const d = await recordMoneyDonation(serviceCtx(ctx), { ...input, donorId: input.donorId.id, fundId: idOf(input.fundId), note: input.note ?? "" });
      return ctx.db.donation.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  acceptDonation: t.prismaField({
    type: DonationRef,
    authScopes: coordinators,
    errors,
    args: { input: t.arg({ type: DecisionInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const d = await acceptDonation(serviceCtx(ctx), { ...input, donationId: input.donationId.id });
      return ctx.db.donation.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  refuseDonation: t.prismaField({
    type: DonationRef,
    authScopes: coordinators,
    errors,
    description: "Records the body's refusal; the donation is marked for return.",
    args: { input: t.arg({ type: DecisionInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const d = await refuseDonation(serviceCtx(ctx), { ...input, donationId: input.donationId.id });
      return ctx.db.donation.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  recordGoodsDonation: t.prismaField({
    type: DonationRef,
    authScopes: coordinators,
    errors,
    args: { input: t.arg({ type: GoodsDonationInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const d = await recordGoodsDonation(serviceCtx(ctx), {
        ...input,
        donorId: input.donorId.id,
        note: input.note ?? "",
        items: input.items.map((i) => ({ ...i, categoryId: i.categoryId.id })),
      });
      return ctx.db.donation.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  createFund: t.prismaField({
    type: FundRef,
    authScopes: coordinators,
    errors,
    args: { name: t.arg.string({ validate: rules.fundName }), purpose: t.arg.string({ required: false, validate: rules.purpose }) },
    resolve: async (query, _root, args, ctx) => {
      const fund = await createFund(serviceCtx(ctx), { name: args.name, purpose: args.purpose ?? "" });
      return ctx.db.fund.findUniqueOrThrow({ ...query, where: { id: fund.id } });
    },
  }),
  disburseFunds: t.prismaField({
    type: FundDisbursementRef,
    authScopes: coordinators,
    errors,
    description: "Pays out of a fund; refused (with what remains) when the balance is too low.",
    args: { input: t.arg({ type: DisburseInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const d = await disburseFunds(serviceCtx(ctx), { ...input, fundId: input.fundId.id, familyId: familyIdOf(input.familyId) });
      return ctx.db.fundDisbursement.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  reserveGoods: t.prismaField({
    type: GoodsReservationRef,
    authScopes: coordinators,
    errors,
    args: { input: t.arg({ type: ReserveInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const r = await reserveGoods(serviceCtx(ctx), { ...input, itemId: input.itemId.id, familyId: familyIdOf(input.familyId) });
      return ctx.db.goodsReservation.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  releaseReservation: t.prismaField({
    type: GoodsReservationRef,
    authScopes: coordinators,
    errors,
    args: { id: t.arg.globalID({ for: GoodsReservationRef }) },
    resolve: async (query, _root, args, ctx) => {
      const r = await releaseReservation(serviceCtx(ctx), { reservationId: args.id.id });
      return ctx.db.goodsReservation.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  handOverGoods: t.prismaField({
    type: GoodsReservationRef,
    authScopes: coordinators,
    errors,
    args: { input: t.arg({ type: HandOverInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const r = await handOverGoods(serviceCtx(ctx), { ...input, reservationId: input.reservationId.id, familyId: familyIdOf(input.familyId) });
      return ctx.db.goodsReservation.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  writeOffGoods: t.prismaField({
    type: GoodsItemRef,
    authScopes: coordinators,
    errors,
    args: { itemId: t.arg.globalID({ for: GoodsItemRef }), quantity: t.arg.int({ validate: rules.quantity }), reason: t.arg.string({ validate: rules.reason }) },
    resolve: async (query, _root, args, ctx) => {
      const item = await writeOffGoods(serviceCtx(ctx), { itemId: args.itemId.id, quantity: args.quantity, reason: args.reason });
      return ctx.db.goodsItem.findUniqueOrThrow({ ...query, where: { id: item.id } });
    },
  }),
  issueDonationReceipt: t.prismaField({
    type: DonationReceiptRef,
    authScopes: coordinators,
    errors,
    description: "Issues the Zuwendungsbestätigung of one accepted donation of a named donor (at most once).",
    args: { donationId: t.arg.globalID({ for: DonationRef }) },
    resolve: async (query, _root, args, ctx) => {
      const r = await issueDonationReceipt(serviceCtx(ctx), { donationId: args.donationId.id });
      return ctx.db.donationReceipt.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  issueCollectiveReceipt: t.prismaField({
    type: DonationReceiptRef,
    authScopes: coordinators,
    errors,
    description: "A Sammelbestätigung: every accepted money donation of the donor in the period without a receipt yet.",
    args: { donorId: t.arg.globalID({ for: DonorRef }), from: t.arg.string({ validate: rules.date }), to: t.arg.string({ validate: rules.date }) },
    resolve: async (query, _root, args, ctx) => {
      const r = await issueCollectiveReceipt(serviceCtx(ctx), { donorId: args.donorId.id, from: args.from, to: args.to });
      return ctx.db.donationReceipt.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  issueReceiptsForYear: t.prismaField({
    type: ReceiptBatchRef,
    authScopes: coordinators,
    errors,
    description: "Issues every receipt still due for the year (one per donor's money, collective when several; one per goods donation). Progress: receiptBatch(id).",
    args: { year: t.arg.int({ validate: year }) },
    resolve: async (query, _root, args, ctx) => {
      const batch = await issueReceiptsForYear(serviceCtx(ctx), { year: args.year });
      return ctx.db.receiptBatch.findUniqueOrThrow({ ...query, where: { id: batch.id } });
    },
  }),
  cancelReceipt: t.prismaField({
    type: DonationReceiptRef,
    authScopes: coordinators,
    errors,
    description: "Cancels a receipt with the reason: the PDF is then marked STORNIERT, the number is never reused, its donations can be receipted anew.",
    args: { id: t.arg.globalID({ for: DonationReceiptRef }), reason: t.arg.string({ validate: rules.reason }) },
    resolve: async (query, _root, args, ctx) => {
      const r = await cancelReceipt(serviceCtx(ctx), { receiptId: args.id.id, reason: args.reason });
      return ctx.db.donationReceipt.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  updateDonationSettings: t.field({
    type: DonationSettingsRef,
    authScopes: { may: mayMaintainDonationSettings },
    errors,
    args: { input: t.arg({ type: DonationSettingsInput }) },
    resolve: (_root, { input }, ctx) => updateDonationSettings(serviceCtx(ctx), input),
  }),
  createGoodsCategory: t.prismaField({
    type: GoodsCategoryRef,
    authScopes: { may: mayMaintainDonationSettings },
    errors,
    args: {
      name: t.arg.string({ validate: rules.fundName }),
      nameTranslations: t.arg({ type: TranslationsInput, required: false, validate: rules.categoryNameTranslations, description: "The name in the other UI languages; German where left out." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const c = await createGoodsCategory(serviceCtx(ctx), { name: args.name, nameTranslations: args.nameTranslations });
      return ctx.db.goodsCategory.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateGoodsCategoryTranslations: t.prismaField({
    type: GoodsCategoryRef,
    description: "Replaces the category's name in the other UI languages (an empty field: German there). The German name stays.",
    authScopes: { may: mayMaintainDonationSettings },
    errors,
    args: {
      id: t.arg.globalID({ for: GoodsCategoryRef }),
      nameTranslations: t.arg({ type: TranslationsInput, validate: rules.categoryNameTranslations }),
    },
    resolve: async (query, _root, args, ctx) => {
      await updateGoodsCategoryTranslations(serviceCtx(ctx), { id: args.id.id, nameTranslations: args.nameTranslations });
      return ctx.db.goodsCategory.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));

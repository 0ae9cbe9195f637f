// The donations area's queries (coordinators; the settings and categories
// also for admins). Lists that grow are Relay connections with a filter.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { donation as rules, year } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { mayManageDonations, mayReadDonationSettings } from "./access.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { serviceCtx } from "../service-context.ts";
import { donationsWhere } from "./donations.service.ts";
import { inventoryWhere } from "./inventory.service.ts";
import { donationSummary, type DonationSummary, type FundMonth } from "./reports.service.ts";
import type { DonationSettings } from "./settings.service.ts";
import {
  AcceptanceBodyEnum,
  DonationKindEnum,
  DonationRef,
  DonationStatusEnum,
  DonorKindEnum,
  DonorRef,
  DonationReceiptRef,
  FundRef,
  GoodsCategoryRef,
  GoodsItemRef,
  ReceiptBatchRef,
} from "./types.ts";

export const DonationsFilter = builder.inputType("DonationsFilter", {
  fields: (t) => ({
    kind: t.field({ type: DonationKindEnum, required: false }),
    status: t.field({ type: DonationStatusEnum, required: false }),
    body: t.field({ type: AcceptanceBodyEnum, required: false, description: "With status PENDING: one body's acceptance queue." }),
    fundId: t.globalID({ required: false, for: FundRef }),
    donorId: t.globalID({ required: false, for: DonorRef }),
    from: t.string({ required: false, validate: rules.date }),
    to: t.string({ required: false, validate: rules.date }),
    receiptable: t.boolean({ required: false, description: "Accepted donations of named donors without a receipt." }),
  }),
});

const InventoryFilter = builder.inputType("GoodsInventoryFilter", {
  fields: (t) => ({
    search: t.string({ required: false, validate: rules.note, description: "Part of the description (case does not matter)." }),
    categoryId: t.globalID({ required: false, for: GoodsCategoryRef }),
    storageLocation: t.string({ required: false, validate: rules.note }),
    inStock: t.boolean({ required: false, description: "Only items with pieces on the shelf or reserved." }),
  }),
});

const DonorsFilter = builder.inputType("DonorsFilter", {
  fields: (t) => ({
    search: t.string({ required: false, validate: rules.note }),
    kind: t.field({ type: DonorKindEnum, required: false }),
  }),
});

const ReceiptsFilter = builder.inputType("ReceiptsFilter", {
  fields: (t) => ({
    year: t.int({ required: false, validate: year }),
    donorId: t.globalID({ required: false, for: DonorRef }),
    cancelled: t.boolean({ required: false }),
  }),
});

const FundMonthRef = builder.objectRef<FundMonth>("DonationFundMonth").implement({
  authScopes: { may: mayManageDonations },
  fields: (t) => ({
    fundId: t.id({ nullable: true, resolve: (m) => (m.fundId ? encodeGlobalID("Fund", m.fundId) : null) }),
    fundName: t.exposeString("fundName", { nullable: true }),
    month: t.exposeInt("month"),
    amountCents: t.exposeInt("amountCents"),
    count: t.exposeInt("count"),
  }),
});

const DonationSummaryRef = builder.objectRef<DonationSummary>("DonationSummary").implement({
  authScopes: { may: mayManageDonations },
  fields: (t) => ({
    year: t.exposeInt("year"),
    acceptedMoneyCents: t.exposeInt("acceptedMoneyCents"),
    acceptedGoodsCents: t.exposeInt("acceptedGoodsCents"),
    pendingCents: t.exposeInt("pendingCents"),
    pendingCount: t.exposeInt("pendingCount"),
    refusedCents: t.exposeInt("refusedCents"),
    refusedCount: t.exposeInt("refusedCount"),
    receiptsIssued: t.exposeInt("receiptsIssued"),
    receiptsCancelled: t.exposeInt("receiptsCancelled"),
    byFundAndMonth: t.field({ type: [FundMonthRef], resolve: (s) => s.byFundAndMonth }),
    inventoryValueCents: t.exposeInt("inventoryValueCents", { description: "Pieces on the shelf or reserved, at their value per item." }),
    inventoryPieces: t.exposeInt("inventoryPieces"),
  }),
});

export const DonationSettingsRef = builder.objectRef<DonationSettings>("DonationSettings").implement({
  authScopes: { may: mayReadDonationSettings },
  fields: (t) => ({
    acceptanceByMayorUpToCents: t.exposeInt("acceptanceByMayorUpToCents", { description: "Up to this donor total per budget year the Hauptverwaltungsbeamte accepts." }),
    acceptanceByCommitteeUpToCents: t.exposeInt("acceptanceByCommitteeUpToCents", { description: "Up to this the Verwaltungsausschuss; above it the Rat." }),
    simplifiedProofLimitCents: t.exposeInt("simplifiedProofLimitCents"),
    receiptRetentionYears: t.exposeInt("receiptRetentionYears"),
    issuerAddress: t.exposeString("issuerAddress"),
    receiptPlace: t.exposeString("receiptPlace"),
    defaultPurpose: t.exposeString("defaultPurpose"),
  }),
});

builder.queryFields((t) => ({
  donors: t.prismaConnection({
    type: DonorRef,
    cursor: "id",
    authScopes: { may: mayManageDonations },
    args: { filter: t.arg({ type: DonorsFilter, required: false }) },
    resolve: (query, _root, args, ctx) => {
      const search = args.filter?.search?.trim();
      return ctx.db.donor.findMany({
        ...query,
        where: { ...(search ? { name: { contains: search, mode: "insensitive" } } : {}), ...(args.filter?.kind ? { kind: args.filter.kind } : {}) },
        orderBy: [{ sortName: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      });
    },
  }),
  donor: t.prismaField({
    type: DonorRef,
    nullable: true,
    authScopes: { may: mayManageDonations },
    args: { id: t.arg.globalID({ for: DonorRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.donor.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  donations: t.prismaConnection({
    type: DonationRef,
    cursor: "id",
    authScopes: { may: mayManageDonations },
    description: "Newest first. The acceptance queue of a body: filter { status: PENDING, body }.",
    args: { filter: t.arg({ type: DonationsFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.donation.findMany({ ...query, where: donationsWhere(filterIds(args.filter)), orderBy: [{ receivedOn: "desc" }, { id: "desc" }] }),
    totalCount: (_c, args, ctx) => ctx.db.donation.count({ where: donationsWhere(filterIds(args.filter)) }),
  }),
  funds: t.prismaField({
    type: [FundRef],
    authScopes: { may: mayManageDonations },
    resolve: (query, _root, _args, ctx) => ctx.db.fund.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  goodsInventory: t.prismaConnection({
    type: GoodsItemRef,
    cursor: "id",
    authScopes: { may: mayManageDonations },
    description: "Items of goods donations, newest first, with their stock.",
    args: { filter: t.arg({ type: InventoryFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.goodsItem.findMany({ ...query, where: inventoryWhere({ ...args.filter, categoryId: args.filter?.categoryId?.id }), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  }),
  goodsCategories: t.prismaField({
    type: [GoodsCategoryRef],
    authScopes: { may: mayReadDonationSettings },
    resolve: (query, _root, _args, ctx) => ctx.db.goodsCategory.findMany({ ...query, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  }),
  receipts: t.prismaConnection({
    type: DonationReceiptRef,
    cursor: "id",
    authScopes: { may: mayManageDonations },
    description: "Issued receipts, newest number first.",
    args: { filter: t.arg({ type: ReceiptsFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.donationReceipt.findMany({
        ...query,
        where: {
          ...(args.filter?.year ? { year: args.filter.year } : {}),
          ...(args.filter?.donorId ? { donorId: args.filter.donorId.id } : {}),
          ...(args.filter?.cancelled != null ? { cancelledAt: args.filter.cancelled ? { not: null } : null } : {}),
        },
        orderBy: [{ year: "desc" }, { sequence: "desc" }],
      }),
  }),
  receiptBatch: t.prismaField({
    type: ReceiptBatchRef,
    nullable: true,
    authScopes: { may: mayManageDonations },
    description: "A year's batch with its progress (the page polls it while the batch runs).",
    args: { id: t.arg.globalID({ for: ReceiptBatchRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.receiptBatch.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  donationSummary: t.field({
    type: DonationSummaryRef,
    authScopes: { may: mayManageDonations },
    args: { year: t.arg.int({ validate: year }) },
    resolve: (_root, args, ctx) => donationSummary(serviceCtx(ctx), args.year),
  }),
  donationSettings: t.field({
    type: DonationSettingsRef,
    authScopes: { may: mayReadDonationSettings },
    resolve: (_root, _args, ctx) => viewerOf(ctx).organization.parsedSettings.donations,
  }),
}));

type FilterArg = { fundId?: { id: string } | null; donorId?: { id: string } | null } & Record<string, unknown>;
function filterIds(filter: FilterArg | null | undefined) {
  if (!filter) return null;
  return { ...filter, fundId: filter.fundId?.id ?? null, donorId: filter.donorId?.id ?? null } as Parameters<typeof donationsWhere>[0];
}

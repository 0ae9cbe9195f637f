-- CreateEnum
CREATE TYPE "DonorKind" AS ENUM ('PERSON', 'COMPANY', 'ANONYMOUS');

-- CreateEnum
CREATE TYPE "DonationKind" AS ENUM ('MONEY', 'GOODS');

-- CreateEnum
CREATE TYPE "DonationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('TRANSFER', 'CASH', 'DIRECT_DEBIT');

-- CreateEnum
CREATE TYPE "AcceptanceBody" AS ENUM ('HEAD_OF_ADMINISTRATION', 'COMMITTEE', 'COUNCIL');

-- CreateEnum
CREATE TYPE "GoodsOrigin" AS ENUM ('PRIVATE', 'BUSINESS', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "GoodsCondition" AS ENUM ('NEW', 'AS_NEW', 'GOOD', 'USED');

-- CreateEnum
CREATE TYPE "ValuationBasis" AS ENUM ('INVOICE', 'MARKET_ESTIMATE', 'EXPERT_OPINION', 'WITHDRAWAL_VALUE');

-- CreateEnum
CREATE TYPE "ReservationStatus" AS ENUM ('ACTIVE', 'RELEASED', 'EXPIRED', 'HANDED_OVER');

-- CreateEnum
CREATE TYPE "GoodsMovementKind" AS ENUM ('RECEIVED', 'RESERVED', 'RELEASED', 'EXPIRED', 'HANDED_OVER', 'WRITTEN_OFF');

-- CreateEnum
CREATE TYPE "ReceiptKind" AS ENUM ('SINGLE', 'COLLECTIVE');

-- CreateEnum
CREATE TYPE "ReceiptBatchStatus" AS ENUM ('RUNNING', 'DONE');

-- CreateTable
CREATE TABLE "Donor" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "kind" "DonorKind" NOT NULL,
    "name" TEXT,
    "address" TEXT,
    "email" TEXT,
    "sortName" TEXT,
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Donor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fund" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "acceptedCents" INTEGER NOT NULL DEFAULT 0,
    "disbursedCents" INTEGER NOT NULL DEFAULT 0,
    "balanceCents" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Fund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundDisbursement" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "fundId" UUID NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "purpose" TEXT NOT NULL,
    "recipient" TEXT,
    "familyId" UUID,
    "familyName" TEXT,
    "approvedBy" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundDisbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Donation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "donorId" UUID NOT NULL,
    "kind" "DonationKind" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "receivedOn" DATE NOT NULL,
    "budgetYear" INTEGER NOT NULL,
    "method" "PaymentMethod",
    "fundId" UUID,
    "waiverOfExpenses" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "goodsOrigin" "GoodsOrigin",
    "status" "DonationStatus" NOT NULL DEFAULT 'PENDING',
    "body" "AcceptanceBody" NOT NULL,
    "donorYearTotalCents" INTEGER NOT NULL,
    "decidedOn" DATE,
    "decisionReference" TEXT,
    "decidedById" UUID,
    "returnPending" BOOLEAN NOT NULL DEFAULT false,
    "receiptId" UUID,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Donation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodsCategory" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "GoodsCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodsItem" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "donationId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "condition" "GoodsCondition" NOT NULL,
    "age" TEXT NOT NULL DEFAULT '',
    "valuePerItemCents" INTEGER NOT NULL,
    "valuationBasis" "ValuationBasis" NOT NULL,
    "purchasePriceCents" INTEGER,
    "storageLocation" TEXT NOT NULL,
    "available" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "handedOver" INTEGER NOT NULL DEFAULT 0,
    "writtenOff" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoodsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodsReservation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "familyId" UUID,
    "familyName" TEXT NOT NULL,
    "reservedUntil" TIMESTAMP(3) NOT NULL,
    "status" "ReservationStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handedOverOn" DATE,
    "handedOverById" UUID,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "GoodsReservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodsMovement" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "kind" "GoodsMovementKind" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reservationId" UUID,
    "reason" TEXT,
    "byId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoodsMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DonationReceipt" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "ReceiptKind" NOT NULL,
    "donationKind" "DonationKind" NOT NULL,
    "donorId" UUID NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" UUID NOT NULL,
    "retainUntil" DATE NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "cancelledById" UUID,

    CONSTRAINT "DonationReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DonationReceiptLine" (
    "organizationId" UUID NOT NULL,
    "receiptId" UUID NOT NULL,
    "donationId" UUID NOT NULL,

    CONSTRAINT "DonationReceiptLine_pkey" PRIMARY KEY ("receiptId","donationId")
);

-- CreateTable
CREATE TABLE "ReceiptBatch" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ReceiptBatchStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "startedById" UUID NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ReceiptBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Donor_organizationId_sortName_id_idx" ON "Donor"("organizationId", "sortName", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Donor_organizationId_id_key" ON "Donor"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Fund_organizationId_id_key" ON "Fund"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Fund_organizationId_name_key" ON "Fund"("organizationId", "name");

-- CreateIndex
CREATE INDEX "FundDisbursement_fundId_paidOn_idx" ON "FundDisbursement"("fundId", "paidOn");

-- CreateIndex
CREATE UNIQUE INDEX "FundDisbursement_organizationId_id_key" ON "FundDisbursement"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Donation_organizationId_status_body_idx" ON "Donation"("organizationId", "status", "body");

-- CreateIndex
CREATE INDEX "Donation_organizationId_receivedOn_id_idx" ON "Donation"("organizationId", "receivedOn", "id");

-- CreateIndex
CREATE INDEX "Donation_donorId_budgetYear_idx" ON "Donation"("donorId", "budgetYear");

-- CreateIndex
CREATE UNIQUE INDEX "Donation_organizationId_id_key" ON "Donation"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "GoodsCategory_organizationId_id_key" ON "GoodsCategory"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "GoodsCategory_organizationId_name_key" ON "GoodsCategory"("organizationId", "name");

-- CreateIndex
CREATE INDEX "GoodsItem_organizationId_createdAt_id_idx" ON "GoodsItem"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "GoodsItem_organizationId_storageLocation_idx" ON "GoodsItem"("organizationId", "storageLocation");

-- CreateIndex
CREATE INDEX "GoodsItem_donationId_idx" ON "GoodsItem"("donationId");

-- CreateIndex
CREATE UNIQUE INDEX "GoodsItem_organizationId_id_key" ON "GoodsItem"("organizationId", "id");

-- CreateIndex
CREATE INDEX "GoodsReservation_status_reservedUntil_idx" ON "GoodsReservation"("status", "reservedUntil");

-- CreateIndex
CREATE INDEX "GoodsReservation_itemId_status_idx" ON "GoodsReservation"("itemId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "GoodsReservation_organizationId_id_key" ON "GoodsReservation"("organizationId", "id");

-- CreateIndex
CREATE INDEX "GoodsMovement_itemId_at_idx" ON "GoodsMovement"("itemId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "GoodsMovement_organizationId_id_key" ON "GoodsMovement"("organizationId", "id");

-- CreateIndex
CREATE INDEX "DonationReceipt_organizationId_year_sequence_idx" ON "DonationReceipt"("organizationId", "year", "sequence");

-- CreateIndex
CREATE INDEX "DonationReceipt_donorId_idx" ON "DonationReceipt"("donorId");

-- CreateIndex
CREATE UNIQUE INDEX "DonationReceipt_organizationId_id_key" ON "DonationReceipt"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DonationReceipt_organizationId_number_key" ON "DonationReceipt"("organizationId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "DonationReceipt_organizationId_year_sequence_key" ON "DonationReceipt"("organizationId", "year", "sequence");

-- CreateIndex
CREATE INDEX "DonationReceiptLine_donationId_idx" ON "DonationReceiptLine"("donationId");

-- CreateIndex
CREATE INDEX "ReceiptBatch_organizationId_startedAt_idx" ON "ReceiptBatch"("organizationId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReceiptBatch_organizationId_id_key" ON "ReceiptBatch"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "Donor" ADD CONSTRAINT "Donor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundDisbursement" ADD CONSTRAINT "FundDisbursement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundDisbursement" ADD CONSTRAINT "FundDisbursement_organizationId_fundId_fkey" FOREIGN KEY ("organizationId", "fundId") REFERENCES "Fund"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_organizationId_donorId_fkey" FOREIGN KEY ("organizationId", "donorId") REFERENCES "Donor"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_organizationId_fundId_fkey" FOREIGN KEY ("organizationId", "fundId") REFERENCES "Fund"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_organizationId_receiptId_fkey" FOREIGN KEY ("organizationId", "receiptId") REFERENCES "DonationReceipt"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsCategory" ADD CONSTRAINT "GoodsCategory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsItem" ADD CONSTRAINT "GoodsItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsItem" ADD CONSTRAINT "GoodsItem_organizationId_donationId_fkey" FOREIGN KEY ("organizationId", "donationId") REFERENCES "Donation"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsItem" ADD CONSTRAINT "GoodsItem_organizationId_categoryId_fkey" FOREIGN KEY ("organizationId", "categoryId") REFERENCES "GoodsCategory"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsReservation" ADD CONSTRAINT "GoodsReservation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsReservation" ADD CONSTRAINT "GoodsReservation_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "GoodsItem"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsMovement" ADD CONSTRAINT "GoodsMovement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodsMovement" ADD CONSTRAINT "GoodsMovement_organizationId_itemId_fkey" FOREIGN KEY ("organizationId", "itemId") REFERENCES "GoodsItem"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationReceipt" ADD CONSTRAINT "DonationReceipt_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationReceipt" ADD CONSTRAINT "DonationReceipt_organizationId_donorId_fkey" FOREIGN KEY ("organizationId", "donorId") REFERENCES "Donor"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationReceiptLine" ADD CONSTRAINT "DonationReceiptLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationReceiptLine" ADD CONSTRAINT "DonationReceiptLine_organizationId_receiptId_fkey" FOREIGN KEY ("organizationId", "receiptId") REFERENCES "DonationReceipt"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DonationReceiptLine" ADD CONSTRAINT "DonationReceiptLine_organizationId_donationId_fkey" FOREIGN KEY ("organizationId", "donationId") REFERENCES "Donation"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptBatch" ADD CONSTRAINT "ReceiptBatch_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the rules of the donations area that must hold whatever runs at the same time.
-- Amounts are positive; a fund's balance is accepted − disbursed and never below zero (a
-- disbursement is a conditional update on the fund's row; this CHECK stands behind it).
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_amount_positive" CHECK ("amountCents" > 0);
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_budget_year" CHECK ("budgetYear" = EXTRACT(YEAR FROM "receivedOn"));
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_decision_check"
  CHECK (("status" = 'PENDING' AND "decidedOn" IS NULL) OR ("status" <> 'PENDING' AND "decidedOn" IS NOT NULL AND "decisionReference" IS NOT NULL));
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_receipt_only_accepted" CHECK ("receiptId" IS NULL OR "status" = 'ACCEPTED');
ALTER TABLE "Fund" ADD CONSTRAINT "Fund_balance_not_negative"
  CHECK ("balanceCents" >= 0 AND "acceptedCents" >= 0 AND "disbursedCents" >= 0 AND "balanceCents" = "acceptedCents" - "disbursedCents");
ALTER TABLE "FundDisbursement" ADD CONSTRAINT "FundDisbursement_amount_positive" CHECK ("amountCents" > 0);

-- Stock never goes negative, and every piece received is on the shelf, reserved, handed over or written off.
ALTER TABLE "GoodsItem" ADD CONSTRAINT "GoodsItem_stock_not_negative"
  CHECK ("available" >= 0 AND "reserved" >= 0 AND "handedOver" >= 0 AND "writtenOff" >= 0
     AND "available" + "reserved" + "handedOver" + "writtenOff" = "quantity");
ALTER TABLE "GoodsItem" ADD CONSTRAINT "GoodsItem_value_positive" CHECK ("quantity" > 0 AND "valuePerItemCents" > 0);
ALTER TABLE "GoodsReservation" ADD CONSTRAINT "GoodsReservation_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "GoodsMovement" ADD CONSTRAINT "GoodsMovement_quantity_positive" CHECK ("quantity" > 0);

-- An issued receipt is immutable: only its one cancellation (date, reason, who) may be added.
ALTER TABLE "DonationReceipt" ADD CONSTRAINT "DonationReceipt_cancellation_check"
  CHECK (("cancelledAt" IS NULL AND "cancelReason" IS NULL AND "cancelledById" IS NULL)
      OR ("cancelledAt" IS NOT NULL AND "cancelReason" IS NOT NULL AND "cancelledById" IS NOT NULL));
CREATE FUNCTION "DonationReceipt_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."organizationId" IS DISTINCT FROM OLD."organizationId" OR NEW."year" IS DISTINCT FROM OLD."year"
     OR NEW."sequence" IS DISTINCT FROM OLD."sequence" OR NEW."number" IS DISTINCT FROM OLD."number"
     OR NEW."kind" IS DISTINCT FROM OLD."kind" OR NEW."donationKind" IS DISTINCT FROM OLD."donationKind"
     OR NEW."donorId" IS DISTINCT FROM OLD."donorId" OR NEW."totalCents" IS DISTINCT FROM OLD."totalCents"
     OR NEW."content" IS DISTINCT FROM OLD."content" OR NEW."issuedAt" IS DISTINCT FROM OLD."issuedAt"
     OR NEW."issuedById" IS DISTINCT FROM OLD."issuedById" OR NEW."retainUntil" IS DISTINCT FROM OLD."retainUntil"
     OR (OLD."cancelledAt" IS NOT NULL AND (NEW."cancelledAt" IS DISTINCT FROM OLD."cancelledAt"
         OR NEW."cancelReason" IS DISTINCT FROM OLD."cancelReason" OR NEW."cancelledById" IS DISTINCT FROM OLD."cancelledById")) THEN
    RAISE EXCEPTION 'DonationReceipt_frozen: an issued receipt cannot be changed (cancel it and issue a new one)' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "DonationReceipt_frozen" BEFORE UPDATE ON "DonationReceipt" FOR EACH ROW EXECUTE FUNCTION "DonationReceipt_frozen"();

-- Copies are kept for the retention period: a receipt cannot be deleted before retainUntil.
CREATE FUNCTION "DonationReceipt_retained"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."retainUntil" >= CURRENT_DATE THEN
    RAISE EXCEPTION 'DonationReceipt_retained: receipt % is kept until %', OLD."number", OLD."retainUntil" USING ERRCODE = '23514';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER "DonationReceipt_retained" BEFORE DELETE ON "DonationReceipt" FOR EACH ROW EXECUTE FUNCTION "DonationReceipt_retained"();

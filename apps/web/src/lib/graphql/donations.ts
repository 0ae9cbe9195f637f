// Coordinators' donations pages (issue 12): donors, money and goods donations,
// the acceptance queue, funds, the goods inventory and the
// Zuwendungsbestätigungen. Admins: the donation settings and categories.
import { graphql } from "@lotse/schema";

export const DonationListFieldsFragment = graphql(`
  fragment DonationListFields on Donation {
    id
    kind
    amountCents
    receivedOn
    budgetYear
    method
    status
    body
    donorYearTotalCents
    decidedOn
    decisionReference
    returnPending
    waiverOfExpenses
    note
    donor {
      id
      kind
      name
    }
    fund {
      id
      name
    }
    receipt {
      id
      number
      cancelledAt
    }
    items {
      id
      description
      quantity
    }
  }
`);

export const DonationsQuery = graphql(`
  query Donations($first: Int, $after: String, $last: Int, $before: String, $filter: DonationsFilter) {
    donations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...DonationListFields
        }
      }
    }
    funds {
      id
      name
    }
  }
`);

export const DonorsQuery = graphql(`
  query Donors($first: Int, $after: String, $last: Int, $before: String, $filter: DonorsFilter) {
    donors(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          kind
          name
          address
          email
          anonymised
        }
      }
    }
  }
`);

export const DonorDetailQuery = graphql(`
  query DonorDetail($id: ID!, $year: Int!) {
    donor(id: $id) {
      id
      kind
      name
      address
      email
      anonymised
      yearTotalCents(year: $year)
      simplifiedProofApplies(year: $year)
      donations {
        ...DonationListFields
      }
      receipts {
        ...ReceiptFields
      }
    }
    donationSettings {
      simplifiedProofLimitCents
    }
  }
`);

export const CreateDonorMutation = graphql(`
  mutation CreateDonor($input: DonorInput!) {
    createDonor(input: $input) {
      __typename
      ... on MutationCreateDonorSuccess {
        data {
          id
          name
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateDonorMutation = graphql(`
  mutation UpdateDonor($id: ID!, $input: DonorInput!) {
    updateDonor(id: $id, input: $input) {
      __typename
      ... on MutationUpdateDonorSuccess {
        data {
          id
          name
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordFormQuery = graphql(`
  query DonationRecordForm($donorSearch: String, $donorId: ID!, $withDonor: Boolean!) {
    donors(first: 100, filter: { search: $donorSearch }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          kind
          name
        }
      }
    }
    donor(id: $donorId) @include(if: $withDonor) {
      id
      kind
      name
    }
    funds {
      id
      name
    }
    goodsCategories {
      id
      name
    }
  }
`);

export const RecordMoneyDonationMutation = graphql(`
  mutation RecordMoneyDonation($input: MoneyDonationInput!) {
    recordMoneyDonation(input: $input) {
      __typename
      ... on MutationRecordMoneyDonationSuccess {
        data {
          id
          body
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordGoodsDonationMutation = graphql(`
  mutation RecordGoodsDonation($input: GoodsDonationInput!) {
    recordGoodsDonation(input: $input) {
      __typename
      ... on MutationRecordGoodsDonationSuccess {
        data {
          id
          body
          amountCents
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const AcceptDonationMutation = graphql(`
  mutation AcceptDonation($input: DonationDecisionInput!) {
    acceptDonation(input: $input) {
      __typename
      ... on MutationAcceptDonationSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RefuseDonationMutation = graphql(`
  mutation RefuseDonation($input: DonationDecisionInput!) {
    refuseDonation(input: $input) {
      __typename
      ... on MutationRefuseDonationSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const FundsQuery = graphql(`
  query Funds {
    funds {
      id
      name
      purpose
      acceptedCents
      disbursedCents
      balanceCents
      disbursements {
        id
        amountCents
        paidOn
        purpose
        recipient
        familyName
        approvedBy
      }
      donations {
        id
        amountCents
        receivedOn
        donor {
          id
          name
          kind
        }
      }
    }
  }
`);

export const CreateFundMutation = graphql(`
  mutation CreateFund($name: String!, $purpose: String) {
    createFund(name: $name, purpose: $purpose) {
      __typename
      ... on MutationCreateFundSuccess {
        data {
          id
          name
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const DisburseFundsMutation = graphql(`
  mutation DisburseFunds($input: DisburseFundsInput!) {
    disburseFunds(input: $input) {
      __typename
      ... on MutationDisburseFundsSuccess {
        data {
          id
          amountCents
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const GoodsInventoryQuery = graphql(`
  query GoodsInventory($first: Int, $after: String, $last: Int, $before: String, $filter: GoodsInventoryFilter) {
    goodsInventory(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          description
          quantity
          condition
          storageLocation
          valuePerItemCents
          available
          reserved
          handedOver
          writtenOff
          category {
            id
            name
          }
        }
      }
    }
    goodsCategories {
      id
      name
    }
  }
`);

export const GoodsItemQuery = graphql(`
  query GoodsItem($id: ID!) {
    node(id: $id) {
      ... on GoodsItem {
        id
        description
        quantity
        condition
        age
        storageLocation
        valuePerItemCents
        valuationBasis
        available
        reserved
        handedOver
        writtenOff
        category {
          id
          name
        }
        donation {
          id
          receivedOn
          donor {
            id
            name
            kind
          }
        }
        reservations {
          id
          quantity
          familyId
          familyName
          reservedUntil
          status
          handedOverOn
        }
        history {
          id
          kind
          quantity
          reason
          at
        }
      }
    }
    families(first: 100) {
      edges {
        node {
          id
          addressedAs
        }
      }
    }
  }
`);

export const ReserveGoodsMutation = graphql(`
  mutation ReserveGoods($input: ReserveGoodsInput!) {
    reserveGoods(input: $input) {
      __typename
      ... on MutationReserveGoodsSuccess {
        data {
          id
          quantity
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ReleaseReservationMutation = graphql(`
  mutation ReleaseReservation($id: ID!) {
    releaseReservation(id: $id) {
      __typename
      ... on MutationReleaseReservationSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const HandOverGoodsMutation = graphql(`
  mutation HandOverGoods($input: HandOverGoodsInput!) {
    handOverGoods(input: $input) {
      __typename
      ... on MutationHandOverGoodsSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const WriteOffGoodsMutation = graphql(`
  mutation WriteOffGoods($itemId: ID!, $quantity: Int!, $reason: String!) {
    writeOffGoods(itemId: $itemId, quantity: $quantity, reason: $reason) {
      __typename
      ... on MutationWriteOffGoodsSuccess {
        data {
          id
          available
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ReceiptFieldsFragment = graphql(`
  fragment ReceiptFields on DonationReceipt {
    id
    number
    year
    kind
    donationKind
    donorName
    totalCents
    totalInWords
    issuedAt
    cancelledAt
    cancelReason
    pdfUrl
    donor {
      id
    }
  }
`);

// Kept light: the API refuses queries above its cost limit (GRAPHQL_MAX_COST).
export const ReceiptsQuery = graphql(`
  query Receipts($first: Int, $after: String, $last: Int, $before: String, $filter: ReceiptsFilter, $year: Int!) {
    receipts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...ReceiptFields
        }
      }
    }
    receiptable: donations(first: 50, filter: { receiptable: true }) {
      totalCount
      edges {
        node {
          id
          kind
          amountCents
          receivedOn
          donor {
            id
            kind
            name
          }
        }
      }
    }
    donationSummary(year: $year) {
      year
      receiptsIssued
      receiptsCancelled
    }
  }
`);

export const IssueDonationReceiptMutation = graphql(`
  mutation IssueDonationReceipt($donationId: ID!) {
    issueDonationReceipt(donationId: $donationId) {
      __typename
      ... on MutationIssueDonationReceiptSuccess {
        data {
          id
          number
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const IssueCollectiveReceiptMutation = graphql(`
  mutation IssueCollectiveReceipt($donorId: ID!, $from: String!, $to: String!) {
    issueCollectiveReceipt(donorId: $donorId, from: $from, to: $to) {
      __typename
      ... on MutationIssueCollectiveReceiptSuccess {
        data {
          id
          number
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const IssueReceiptsForYearMutation = graphql(`
  mutation IssueReceiptsForYear($year: Int!) {
    issueReceiptsForYear(year: $year) {
      __typename
      ... on MutationIssueReceiptsForYearSuccess {
        data {
          ...ReceiptBatchFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ReceiptBatchFieldsFragment = graphql(`
  fragment ReceiptBatchFields on ReceiptBatch {
    id
    year
    status
    total
    done
    skipped
  }
`);

export const ReceiptBatchQuery = graphql(`
  query ReceiptBatch($id: ID!) {
    receiptBatch(id: $id) {
      ...ReceiptBatchFields
    }
  }
`);

export const CancelReceiptMutation = graphql(`
  mutation CancelReceipt($id: ID!, $reason: String!) {
    cancelReceipt(id: $id, reason: $reason) {
      __typename
      ... on MutationCancelReceiptSuccess {
        data {
          id
          cancelledAt
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const DonationSettingsQuery = graphql(`
  query DonationSettings {
    donationSettings {
      ...DonationSettingsFields
    }
    goodsCategories {
      id
      name
      nameTranslations {
        de
        en
        ar
        fa
        uk
        tr
      }
    }
  }
`);

export const DonationSettingsFieldsFragment = graphql(`
  fragment DonationSettingsFields on DonationSettings {
    acceptanceByMayorUpToCents
    acceptanceByCommitteeUpToCents
    simplifiedProofLimitCents
    receiptRetentionYears
    issuerAddress
    receiptPlace
    defaultPurpose
  }
`);

export const UpdateDonationSettingsMutation = graphql(`
  mutation UpdateDonationSettings($input: DonationSettingsInput!) {
    updateDonationSettings(input: $input) {
      __typename
      ... on MutationUpdateDonationSettingsSuccess {
        data {
          ...DonationSettingsFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CreateGoodsCategoryMutation = graphql(`
  mutation CreateGoodsCategory($name: String!, $nameTranslations: TranslationsInput) {
    createGoodsCategory(name: $name, nameTranslations: $nameTranslations) {
      __typename
      ... on MutationCreateGoodsCategorySuccess {
        data {
          id
          name
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateGoodsCategoryTranslationsMutation = graphql(`
  mutation UpdateGoodsCategoryTranslations($id: ID!, $nameTranslations: TranslationsInput!) {
    updateGoodsCategoryTranslations(id: $id, nameTranslations: $nameTranslations) {
      __typename
      ... on MutationUpdateGoodsCategoryTranslationsSuccess {
        data {
          id
          name
          nameTranslations {
            de
            en
            ar
            fa
            uk
            tr
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

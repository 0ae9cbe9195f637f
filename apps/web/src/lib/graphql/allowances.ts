// Allowances of a volunteer's year: the tax-free limits (per person and year
// across all organisations) with what was paid here and received elsewhere,
// the payments, and the volunteer's declarations of amounts from elsewhere.
import { graphql } from "@lotse/schema";

export const AllowanceYearFieldsFragment = graphql(`
  fragment AllowanceYearFields on AllowanceSummary {
    year
    limits {
      kind
      limitCents
      paidHereCents
      declaredElsewhereCents
      remainingCents
    }
    expensesCents
    mileageCents
    mileageCentsPerKm
    payments {
      id
      kind
      amountCents
      paidOn
      note
      year
      receiptReference
      kilometres
      centsPerKm
      activity {
        id
        name
      }
    }
    declarations {
      id
      kind
      amountCents
      payer
    }
  }
`);

/** The volunteer's own year (their profile id comes from the /ehrenamt layout). */
export const MyAllowancesQuery = graphql(`
  query MyAllowances($volunteerId: ID!, $year: Int!) {
    allowanceSummary(volunteerId: $volunteerId, year: $year) {
      ...AllowanceYearFields
    }
  }
`);

export const DeclareAllowanceElsewhereMutation = graphql(`
  mutation DeclareAllowanceElsewhere($input: DeclareAllowanceElsewhereInput!) {
    declareAllowanceElsewhere(input: $input) {
      __typename
      ... on MutationDeclareAllowanceElsewhereSuccess {
        data {
          id
          amountCents
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RemoveAllowanceDeclarationMutation = graphql(`
  mutation RemoveAllowanceDeclaration($id: ID!) {
    removeAllowanceDeclaration(id: $id) {
      __typename
      ... on MutationRemoveAllowanceDeclarationSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

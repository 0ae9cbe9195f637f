// Coordinators' volunteer pages (COORDINATOR): the list with filters, one
// volunteer's details with their decisions, Führungszeugnis records, hours,
// Ehrenamtskarte figures and allowance payments.
import { graphql } from "@lotse/schema";

// Kept without fragments: tests/e2e/training.test.ts finds this operation in the
// persisted manifest by the document starting with its own name.
export const VolunteersQuery = graphql(`
  query Volunteers($first: Int, $after: String, $last: Int, $before: String, $filter: VolunteersFilter) {
    volunteers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          status
          offersInterpreting
          createdAt
          emailVerified
          inactiveSince
          languages {
            code
            level
            interpreting
          }
          district {
            id
            name
          }
          conductCertificate {
            state
            validUntil
            hasRelevantEntry
          }
        }
      }
    }
    topics {
      id
      name
    }
    districts {
      id
      name
    }
  }
`);

export const VolunteerDetailQuery = graphql(`
  query VolunteerDetail($id: ID!, $year: Int!) {
    volunteer(id: $id) {
      id
      email
      emailVerified
      status
      ...ProfileFormFields
      ...NachweisPanelFields
      consentVersion
      consentedAt
      consentWithdrawnAt
      createdAt
      approvedAt
      endedAt
      inactiveSince
      reviewedAt
      reviewReason
      conductCertificate {
        state
        validUntil
        hasRelevantEntry
      }
      conductCertificates {
        inspectedOn
        issuedOn
        hasRelevantEntry
        recordedAt
      }
    }
    hoursSummary(volunteerId: $id, year: $year) {
      ...HoursSummaryFields
    }
    ehrenamtskarteEligibility(volunteerId: $id) {
      ...EligibilityFields
    }
    activityTypes {
      id
      name
    }
    allowanceSummary(volunteerId: $id, year: $year) {
      ...AllowanceYearFields
    }
    activityTypes {
      id
      key
      name
    }
  }
`);

// Kept without fragments: tests/e2e/training.test.ts finds this operation in the
// persisted manifest by the document starting with its own name.
export const ReviewVolunteerMutation = graphql(`
  mutation ReviewVolunteer($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {
    reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {
      __typename
      ... on MutationReviewVolunteerSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        code
        message
        field
      }
      ... on ValidationError {
        issues {
          field
          message
        }
      }
    }
  }
`);

export const EndVolunteeringMutation = graphql(`
  mutation EndVolunteering($id: ID!, $reason: String) {
    endVolunteering(id: $id, reason: $reason) {
      __typename
      ... on MutationEndVolunteeringSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const PauseVolunteerMutation = graphql(`
  mutation PauseVolunteer($id: ID!, $reason: String) {
    pauseVolunteer(id: $id, reason: $reason) {
      __typename
      ... on MutationPauseVolunteerSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ReactivateVolunteerMutation = graphql(`
  mutation ReactivateVolunteer($id: ID!) {
    reactivateVolunteer(id: $id) {
      __typename
      ... on MutationReactivateVolunteerSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordConductCertificateMutation = graphql(`
  mutation RecordConductCertificate($volunteerId: ID!, $input: ConductCertificateInput!) {
    recordConductCertificate(volunteerId: $volunteerId, input: $input) {
      __typename
      ... on MutationRecordConductCertificateSuccess {
        data {
          id
          conductCertificate {
            state
            validUntil
            hasRelevantEntry
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordAllowancePaymentMutation = graphql(`
  mutation RecordAllowancePayment($input: AllowancePaymentInput!) {
    recordAllowancePayment(input: $input) {
      __typename
      ... on MutationRecordAllowancePaymentSuccess {
        data {
          id
          kind
          amountCents
          paidOn
          year
        }
      }
      ...MutationErrorFields
    }
  }
`);

// Ehrenamtskarte

export const RecordEhrenamtskarteMutation = graphql(`
  mutation RecordEhrenamtskarte($volunteerId: ID!, $issuedOn: String!, $previousIssuedOn: String) {
    recordEhrenamtskarte(volunteerId: $volunteerId, issuedOn: $issuedOn, previousIssuedOn: $previousIssuedOn) {
      __typename
      ... on MutationRecordEhrenamtskarteSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ImportEarlierHoursMutation = graphql(`
  mutation ImportEarlierHours($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {
    importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) {
      __typename
      ... on MutationImportEarlierHoursSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

// Issued Nachweise (issue 9): the panel the volunteer and their coordinator
// share (birth date, active time, issued ones), issuing, withdrawing, and the
// public check by verification code.
import { graphql } from "@lotse/schema";

export const NachweisFieldsFragment = graphql(`
  fragment NachweisFields on Nachweis {
    id
    number
    verificationCode
    periodFrom
    periodTo
    requestedFrom
    requestedTo
    clipped
    approvedMinutes
    issuedAt
    issuedByName
    issuedByCoordinator
    withdrawnAt
    withdrawnReason
    canWithdraw
  }
`);

export const NachweisPanelFieldsFragment = graphql(`
  fragment NachweisPanelFields on Volunteer {
    id
    name
    birthDate
    nachweisPeriod {
      from
      to
    }
    nachweise {
      ...NachweisFields
    }
  }
`);

export const MyNachweiseQuery = graphql(`
  query MyNachweise {
    myVolunteerProfile {
      ...NachweisPanelFields
      ehrenamtskarteEligibility {
        ...EligibilityFields
      }
    }
  }
`);

export const IssueNachweisMutation = graphql(`
  mutation IssueNachweis($input: IssueNachweisInput!) {
    issueNachweis(input: $input) {
      __typename
      ... on MutationIssueNachweisSuccess {
        data {
          ...NachweisFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const WithdrawNachweisMutation = graphql(`
  mutation WithdrawNachweis($id: ID!, $reason: String!) {
    withdrawNachweis(id: $id, reason: $reason) {
      __typename
      ... on MutationWithdrawNachweisSuccess {
        data {
          ...NachweisFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SetVolunteerBirthDateMutation = graphql(`
  mutation SetVolunteerBirthDate($volunteerId: ID!, $birthDate: String) {
    setVolunteerBirthDate(volunteerId: $volunteerId, birthDate: $birthDate) {
      __typename
      ... on MutationSetVolunteerBirthDateSuccess {
        data {
          id
          birthDate
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const NachweisVerificationQuery = graphql(`
  query NachweisVerification($code: String!) {
    nachweisVerification(code: $code) {
      number
      code
      volunteerName
      organizationName
      activeSince
      periodFrom
      periodTo
      approvedMinutes
      weeklyAverageMinutes
      years {
        year
        approvedMinutes
        weeklyAverageMinutes
      }
      issuedOn
      issuerName
      issuedByCoordinator
      withdrawn
      withdrawnAt
    }
  }
`);

// The Sprachmittlerpool (issue 13): the interpreter's requests and
// appointments with the calendar feed, and the coordinators' pool, open
// requests with suggestions, pledges and monthly statements.
import { graphql } from "@lotse/schema";

export const MyInterpretingQuery = graphql(`
  query MyInterpreting {
    myInterpreterAssignments {
      id
      status
      language
      institution
      startsAt
      endsAt
      room
      appointmentStatus
      respondBy
      icsUrl
    }
  }
`);

export const RespondToInterpreterRequestMutation = graphql(`
  mutation RespondToInterpreterRequest($requestId: ID!, $accept: Boolean!) {
    respondToInterpreterRequest(requestId: $requestId, accept: $accept) {
      __typename
      ... on MutationRespondToInterpreterRequestSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ResetInterpreterFeedMutation = graphql(`
  mutation ResetInterpreterFeed {
    resetAppointmentCalendarFeed(kind: INTERPRETER) {
      __typename
      ... on MutationResetAppointmentCalendarFeedSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

export const PauschaleFieldsFragment = graphql(`
  fragment PauschaleFields on PauschaleStanding {
    year
    limitCents
    feesCents
    otherCents
    usedCents
    remainingCents
    exceeded
  }
`);

export const InterpreterPoolQuery = graphql(`
  query InterpreterPool($language: String, $first: Int, $after: String, $before: String, $last: Int) {
    interpreterPool(language: $language) {
      volunteerId
      name
      germanLevel
      languages
      pledgedOn
      load
      district
      pauschale {
        ...PauschaleFields
      }
    }
    allInterpreters: interpreterPool {
      volunteerId
      name
    }
    interpreterPledgeCandidates {
      volunteerId
      name
      germanLevel
      languages
    }
    interpreterRequests(filter: { open: true }, first: $first, after: $after, before: $before, last: $last) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          appointmentId
          language
          institution
          startsAt
          endsAt
          room
          reopenedBecause
        }
      }
    }
  }
`);

export const InterpreterSuggestionsQuery = graphql(`
  query InterpreterSuggestions($appointmentId: ID!) {
    interpreterSuggestions(appointmentId: $appointmentId) {
      __typename
      ... on QueryInterpreterSuggestionsSuccess {
        data {
          volunteerId
          name
          germanLevel
          load
          district
          distanceKm
          feeExceedsPauschale
        }
      }
      ... on Error {
        code
        message
        field
      }
    }
  }
`);

export const AssignInterpreterMutation = graphql(`
  mutation AssignInterpreter($appointmentId: ID!, $interpreterId: ID!, $kilometres: Int) {
    assignInterpreter(appointmentId: $appointmentId, interpreterId: $interpreterId, kilometres: $kilometres) {
      __typename
      ... on MutationAssignInterpreterSuccess {
        data {
          exceedsPauschale
          request {
            id
            status
            interpreterName
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordInterpreterPledgeMutation = graphql(`
  mutation RecordInterpreterPledge($volunteerId: ID!, $signedOn: String!) {
    recordInterpreterPledge(volunteerId: $volunteerId, signedOn: $signedOn) {
      __typename
      ... on MutationRecordInterpreterPledgeSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const InterpreterStatementQuery = graphql(`
  query InterpreterStatement($month: String!, $interpreterId: ID, $institution: String) {
    interpreterStatement(month: $month, interpreterId: $interpreterId, institution: $institution) {
      __typename
      ... on QueryInterpreterStatementSuccess {
        data {
          month
          interpreterName
          institution
          totalCents
          lines {
            startsAt
            minutes
            language
            institution
            interpreterName
            kilometres
            cancelledLate
            fee {
              totalCents
            }
          }
          pauschale {
            ...PauschaleFields
          }
        }
      }
      ... on Error {
        code
        message
        field
      }
    }
  }
`);

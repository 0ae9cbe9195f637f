// Tandems (issue 11), the volunteer's side: their proposed, active and paused
// tandems, answering a proposal and recording a contact.
import { graphql } from "@lotse/schema";

export const MyTandemFieldsFragment = graphql(`
  fragment MyTandemFields on Tandem {
    id
    status
    canRespond
    proposedAt
    activatedAt
    lastContactOn
    daysWithoutContact
    family {
      id
      addressedAs
      firstNames
      district
      needs
      address
      phone
      languages {
        code
        level
      }
    }
    contacts {
      id
      date
      kind
      minutes
      note
    }
  }
`);

export const MyTandemsQuery = graphql(`
  query MyTandems {
    myMatches {
      ...MyTandemFields
    }
  }
`);

export const RespondToMatchMutation = graphql(`
  mutation RespondToMatch($id: ID!, $accept: Boolean!, $reason: String) {
    respondToMatch(id: $id, accept: $accept, reason: $reason) {
      __typename
      ... on MutationRespondToMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const LogContactMutation = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      __typename
      ... on MutationLogContactSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

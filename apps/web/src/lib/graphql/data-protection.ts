// Data protection requests (ADMIN) on /admin/datenschutz: find a person, read
// what an erasure would do and what holds it back, erase them.
import { graphql } from "@lotse/schema";

export const PersonalDataPeopleQuery = graphql(`
  query PersonalDataPeople($search: String!) {
    personalDataPeople(search: $search) {
      __typename
      ... on QueryPersonalDataPeopleSuccess {
        data {
          subject
          kind
          name
          detail
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ErasurePlanQuery = graphql(`
  query ErasurePlan($subject: ID!) {
    erasurePlan(subject: $subject) {
      __typename
      ... on QueryErasurePlanSuccess {
        data {
          canErase
          person {
            subject
            kind
            name
          }
          steps {
            module
            model
            rows
            action
            kept
          }
          holds {
            model
            message
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($subject: ID!, $confirmed: Boolean!) {
    erasePerson(subject: $subject, confirmed: $confirmed) {
      __typename
      ... on MutationErasePersonSuccess {
        data {
          model
          action
        }
      }
      ...MutationErrorFields
    }
  }
`);

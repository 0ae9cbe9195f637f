// Schuleinstiegsberatung (issue 13): children's records, read and written by
// counsellors (and admins) only.
import { graphql } from "@lotse/schema";

export const ChildFieldsFragment = graphql(`
  fragment ChildFields on Child {
    id
    firstName
    lastName
    birthDate
    arrivalDate
    languages
    germanLevel
    schoolYears
    schoolCountries
    lastClass
    familyId
    notes
    consentGivenBy
    consentedAt
    guardians {
      name
      phone
      email
      readsLanguage
    }
  }
`);

export const ChildrenQuery = graphql(`
  query Children($filter: ChildrenFilter, $first: Int, $after: String, $last: Int, $before: String) {
    children(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          firstName
          lastName
          birthDate
          languages
          germanLevel
        }
      }
    }
  }
`);

export const ChildQuery = graphql(`
  query Child($id: ID!) {
    child(id: $id) {
      ...ChildFields
      appointments {
        id
        kind
        status
        startsAt
        endsAt
        outcome {
          kind
        }
      }
    }
  }
`);

export const RegisterChildMutation = graphql(`
  mutation RegisterChild($input: ChildInput!) {
    registerChild(input: $input) {
      __typename
      ... on MutationRegisterChildSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateChildMutation = graphql(`
  mutation UpdateChild($id: ID!, $input: ChildInput!) {
    updateChild(id: $id, input: $input) {
      __typename
      ... on MutationUpdateChildSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

// Batch proposals (issue 11): the waiting families a coordinator picks from,
// the optimal assignment for them (nothing written yet) and its confirmation,
// all pairs or none.
import { graphql } from "@lotse/schema";

export const WaitingFamiliesQuery = graphql(`
  query WaitingFamilies($first: Int!, $after: String) {
    families(filter: { status: WAITING }, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          addressedAs
          waitingSince
          hasChild
          requiredLanguage
          wantsWomanVolunteer
          district {
            id
            name
          }
          languages {
            code
            level
          }
        }
      }
    }
  }
`);

export const BatchCriterionFieldsFragment = graphql(`
  fragment BatchCriterionFields on MatchCriterionExplanation {
    criterion
    raw
    weight
    points
    sentence
  }
`);

export const ProposeAssignmentsQuery = graphql(`
  query ProposeAssignments($input: ProposeAssignmentsInput) {
    proposeAssignments(input: $input) {
      __typename
      ... on QueryProposeAssignmentsSuccess {
        data {
          total
          pairs {
            pinned
            score
            family {
              id
              addressedAs
              firstNames
              hasChild
            }
            volunteer {
              id
              name
              tandems
              maxTandems
            }
            criteria {
              ...BatchCriterionFields
            }
          }
          unassigned {
            reason
            message
            family {
              id
              addressedAs
              firstNames
            }
          }
          refusedPins {
            familyId
            volunteerId
            problem
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ConfirmAssignmentsMutation = graphql(`
  mutation ConfirmAssignments($input: ConfirmAssignmentsInput!) {
    confirmAssignments(input: $input) {
      __typename
      ... on MutationConfirmAssignmentsSuccess {
        data {
          id
          status
          volunteerName
          family {
            id
            addressedAs
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

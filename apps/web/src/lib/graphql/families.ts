// Tandems (issue 11), the coordinator's side: registering a family, proposing
// a volunteer for it and ending a tandem. The coordinator pages use these; the
// browser test of "Meine Tandems" sets up its tandem through the same operations.
import { graphql } from "@lotse/schema";

export const RegisterFamilyMutation = graphql(`
  mutation RegisterFamily($input: RegisterFamilyInput!) {
    registerFamily(input: $input) {
      __typename
      ... on MutationRegisterFamilySuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ProposeMatchMutation = graphql(`
  mutation ProposeMatch($familyId: ID!, $volunteerId: ID!) {
    proposeMatch(familyId: $familyId, volunteerId: $volunteerId) {
      __typename
      ... on MutationProposeMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const EndMatchMutation = graphql(`
  mutation EndMatch($id: ID!, $reason: TandemEndReason!, $note: String) {
    endMatch(id: $id, reason: $reason, note: $note) {
      __typename
      ... on MutationEndMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

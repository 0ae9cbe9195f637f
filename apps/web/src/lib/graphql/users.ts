// User management (ADMIN): the users connection and the mutations on a user.
import { graphql } from "@lotse/schema";

export const UsersQuery = graphql(`
  query Users($first: Int, $after: String, $last: Int, $before: String, $filter: UsersFilter) {
    users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          email
          roles
          status
        }
      }
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      __typename
      ... on MutationSetUserRolesSuccess {
        data {
          id
          roles
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      __typename
      ... on MutationDeactivateUserSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      __typename
      ... on MutationReactivateUserSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on MutationInviteUserSuccess {
        data {
          id
          email
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

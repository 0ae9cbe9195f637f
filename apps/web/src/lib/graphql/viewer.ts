// The signed-in person ("viewer") and the mutations of the app shell.
import { graphql } from "@lotse/schema";

export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        name
        email
        locale
      }
      organization {
        id
        name
        slug
      }
      roles
      memberships {
        organization {
          id
          name
        }
        roles
      }
    }
    myWorkQueue {
      key
      role
      count
      href
    }
    unreadNotificationCount
  }
`);

export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($locale: Locale!) {
    setMyLocale(locale: $locale) {
      __typename
      ... on MutationSetMyLocaleSuccess {
        data {
          id
          locale
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SwitchOrganizationMutation = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      __typename
      ... on MutationSwitchOrganizationSuccess {
        data {
          organization {
            id
            name
          }
          roles
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      __typename
      ... on MutationSignOutSuccess {
        data
      }
      ... on Error {
        code
        message
        field
      }
    }
  }
`);

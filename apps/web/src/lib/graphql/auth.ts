// Signing in and managing one's own password (sign-in, reset, invitation, change).
import { graphql } from "@lotse/schema";

// Kept without fragments: tests/e2e/training.test.ts finds this operation in the
// persisted manifest by the document starting with its own name.
export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on MutationSignInSuccess {
        data {
          user {
            id
            locale
          }
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
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      __typename
      ... on MutationRequestPasswordResetSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      __typename
      ... on MutationResetPasswordSuccess {
        data
      }
      ...MutationErrorFields
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      __typename
      ... on MutationAcceptInvitationSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ... on MutationChangePasswordSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

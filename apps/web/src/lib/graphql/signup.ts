// Public volunteer sign-up and the email verification that follows (no session needed).
import { graphql } from "@lotse/schema";

export const SignUpOptionsQuery = graphql(`
  query SignUpOptions($organizationSlug: String!) {
    signUpOptions(organizationSlug: $organizationSlug) {
      organizationName
      slug
      topics {
        id
        name
      }
      districts {
        id
        name
      }
      consent {
        version
        publishedAt
        text
        translation
        translationLocale
      }
    }
  }
`);

// Kept without fragments: tests/e2e/training.test.ts finds this operation in the
// persisted manifest by the document starting with its own name.
export const RegisterVolunteerMutation = graphql(`
  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      __typename
      ... on MutationRegisterVolunteerSuccess {
        data
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

// Kept without fragments: tests/e2e/training.test.ts finds this operation in the
// persisted manifest by the document starting with its own name.
export const ResendVerificationMutation = graphql(`
  mutation ResendVerification($email: String!) {
    resendVerificationEmail(email: $email) {
      __typename
      ...MutationErrorFields
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      __typename
      ... on MutationVerifyEmailSuccess {
        data
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
    }
  }
`);

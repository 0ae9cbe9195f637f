// Selections that many operations share, defined once and spread where used
// (fragment masking is off, so the fields stay on the result types).
import { graphql } from "@lotse/schema";

/** The error side of every `<Name>Success | Error…` mutation result (see errors.ts). */
export const MutationErrorFieldsFragment = graphql(`
  fragment MutationErrorFields on Error {
    code
    message
    field
    ... on ValidationError {
      issues {
        field
        message
      }
    }
  }
`);

/** Cursor pagination of a connection (see Pagination.svelte). */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

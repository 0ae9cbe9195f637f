// The coordinators' review queue for logged hours and the organisation's summary.
import { graphql } from "@lotse/schema";

export const HourReviewQuery = graphql(`
  query HourReview($first: Int, $after: String, $last: Int, $before: String, $filter: HourLogsFilter, $year: Int!) {
    hourLogs(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          date
          minutes
          note
          status
          createdAt
          canReview
          activityType {
            id
            name
          }
          cohort {
            id
            title
          }
          tandem {
            id
            status
            family {
              id
              addressedAs
            }
          }
          volunteer {
            id
            name
          }
        }
      }
    }
    hoursSummary(year: $year) {
      ...HoursSummaryFields
    }
    volunteers(first: 100) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ReviewHourLogsMutation = graphql(`
  mutation ReviewHourLogs($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {
    reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {
      __typename
      ... on MutationReviewHourLogsSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

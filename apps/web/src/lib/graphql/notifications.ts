// The bell in the header: the signed-in person's notifications, marking them
// read, and the live subscription (server-sent events, lib/graphql/live.ts).
import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@lotse/schema";

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    params {
      name
      value
    }
    href
    createdAt
    readAt
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationFields
        }
      }
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      __typename
      ... on MutationMarkNotificationsReadSuccess {
        data {
          unreadCount
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export type NotificationFields = ResultOf<typeof NotificationFieldsFragment>;

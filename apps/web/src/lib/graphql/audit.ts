// The audit log (ADMIN): the search with its pages, and the chain check.
import { graphql } from "@lotse/schema";

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          at
          actorName
          action
          entityType
          entityId
          changes
          chainSeq
        }
      }
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      intact
      checkedEntries
      pendingEntries
      lastSeq
      lastDigest
      firstBreak {
        reason
        seq
        entryId
        at
      }
    }
  }
`);

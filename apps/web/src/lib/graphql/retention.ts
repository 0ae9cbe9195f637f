// Retention (ADMIN): the periods on the settings page and the runs' reports on /admin/aufbewahrung.
import { graphql } from "@lotse/schema";

export const RetentionSettingsQuery = graphql(`
  query RetentionSettings {
    retentionSettings {
      periods {
        ...RetentionPeriodsFields
      }
      defaults {
        ...RetentionPeriodsFields
      }
    }
  }
  fragment RetentionPeriodsFields on RetentionPeriods {
    conductRecordMonths
    familyClosedMonths
    childYears
    receiptYears
    inactiveVolunteerMonths
    auditYears
  }
`);

export const UpdateRetentionSettingsMutation = graphql(`
  mutation UpdateRetentionSettings($input: RetentionSettingsInput!) {
    updateRetentionSettings(input: $input) {
      __typename
      ... on MutationUpdateRetentionSettingsSuccess {
        data {
          periods {
            ...RetentionPeriodsFields
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RetentionRunsQuery = graphql(`
  query RetentionRuns($first: Int) {
    retentionRuns(first: $first) {
      edges {
        node {
          id
          startedAt
          finishedAt
          conductRecordsDeleted
          familiesAnonymised
          childrenAnonymised
          receiptsDeleted
          volunteersFlagged
          volunteersUnflagged
          auditEntriesPruned
        }
      }
    }
  }
`);

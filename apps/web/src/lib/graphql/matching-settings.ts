// The organisation's matching settings (ADMIN): the weight of each scored
// criterion, the days without contact before a tandem is flagged, and whether a
// family may have more than one active tandem; with the defaults beside them.
import { graphql } from "@lotse/schema";

export const MatchingSettingsFieldsFragment = graphql(`
  fragment MatchingSettingsFields on MatchingSettings {
    noContactAlertDays
    allowSeveralActivePerFamily
    weights {
      criterion
      weight
    }
    defaults {
      noContactAlertDays
      allowSeveralActivePerFamily
      weights {
        criterion
        weight
      }
    }
  }
`);

export const MatchingSettingsQuery = graphql(`
  query MatchingSettings {
    matchingSettings {
      ...MatchingSettingsFields
    }
  }
`);

export const UpdateMatchingSettingsMutation = graphql(`
  mutation UpdateMatchingSettings($input: MatchingSettingsInput!) {
    updateMatchingSettings(input: $input) {
      __typename
      ... on MutationUpdateMatchingSettingsSuccess {
        data {
          ...MatchingSettingsFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

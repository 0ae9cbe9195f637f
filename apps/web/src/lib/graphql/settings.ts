// The organisation's own settings (ADMIN): what the settings page shows and saves.
import { graphql } from "@lotse/schema";

export const OrganizationSettingsQuery = graphql(`
  query OrganizationSettings {
    organizationSettings {
      countAttendanceAsHours
      ehrenamtspauschale {
        year
        limitCents
      }
    }
  }
`);

export const UpdateOrganizationSettingsMutation = graphql(`
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess {
        data {
          countAttendanceAsHours
          ehrenamtspauschale {
            year
            limitCents
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

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
      ...EhrenamtskarteSettingsFields
    }
  }
`);

// ---- Ehrenamtskarte (issue 9, rules9a) ----
export const EhrenamtskarteSettingsFieldsFragment = graphql(`
  fragment EhrenamtskarteSettingsFields on OrganizationSettings {
    ehrenamtskarte {
      minActiveYears
      validityYears
      countsCourseAttendance
    }
  }
`);

export const UpdateEhrenamtskarteSettingsMutation = graphql(`
  mutation UpdateEhrenamtskarteSettings($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {
    updateOrganizationSettings(input: $input, seen: $seen) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess {
        data {
          ...EhrenamtskarteSettingsFields
        }
      }
      ...MutationErrorFields
    }
  }
`);
// ---- end Ehrenamtskarte ----

export const UpdateOrganizationSettingsMutation = graphql(`
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {
    updateOrganizationSettings(input: $input, seen: $seen) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess {
        data {
          countAttendanceAsHours
          ehrenamtspauschale {
            year
            limitCents
          }
          ...EhrenamtskarteSettingsFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

// ---- Payments and courses (issue 9, rules9b): their own part of the settings page ----

export const PaymentAndCourseSettingsQuery = graphql(`
  query PaymentAndCourseSettings {
    organizationSettings {
      mileageCentsPerKm
      cohortCapacityMin
      cohortCapacityMax
      admissionInterviewByDefault
      uebungsleiterfreibetrag {
        year
        limitCents
      }
    }
  }
`);

export const UpdatePaymentAndCourseSettingsMutation = graphql(`
  mutation UpdatePaymentAndCourseSettings($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {
    updateOrganizationSettings(input: $input, seen: $seen) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess {
        data {
          mileageCentsPerKm
          cohortCapacityMin
          cohortCapacityMax
          admissionInterviewByDefault
          uebungsleiterfreibetrag {
            year
            limitCents
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

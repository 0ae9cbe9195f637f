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
      ...NachweisSettingsFields
    }
  }
`);

// Nachweis (issue 9): the organisation's details on every Nachweis
export const NachweisSettingsFieldsFragment = graphql(`
  fragment NachweisSettingsFields on OrganizationSettings {
    nachweis {
      address
      contactPerson
      activityDescription
    }
  }
`);

export const UpdateNachweisSettingsMutation = graphql(`
  mutation UpdateNachweisSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess {
        data {
          ...NachweisSettingsFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

// Ehrenamtskarte
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
          ...NachweisSettingsFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

// Payments and courses: their own part of the settings page

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

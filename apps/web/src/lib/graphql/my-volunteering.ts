// The volunteer's own pages (VOLUNTEER): profile, consent, hour logging, own
// summaries and Ehrenamtskarte figures.
import { graphql } from "@lotse/schema";

export const ProfileFormFieldsFragment = graphql(`
  fragment ProfileFormFields on Volunteer {
    name
    phone
    germanLevel
    languages {
      code
      level
      interpreting
    }
    topics {
      id
      name
    }
    availability {
      weekday
      start
      end
    }
    district {
      id
      name
    }
    maxTandems
    offersInterpreting
    gender
  }
`);

// What every page of the volunteer's area shows or offers: the profile, the
// activities, and the courses and tandems hours can be linked to.
export const VolunteerAreaFieldsFragment = graphql(`
  fragment VolunteerAreaFields on Query {
    myVolunteerProfile {
      id
      status
      email
      reviewReason
      consentVersion
      consentedAt
      consentWithdrawnAt
      ...ProfileFormFields
    }
    activityTypes {
      id
      key
      name
    }
    myEnrolments {
      id
      status
      cohort {
        id
        title
      }
    }
    myMatches {
      ...HourTandemFields
    }
  }
`);

// A tandem an hour entry can name: the volunteer's active one (the family as they may see it).
export const HourTandemFieldsFragment = graphql(`
  fragment HourTandemFields on Tandem {
    id
    status
    family {
      id
      addressedAs
      firstNames
    }
  }
`);

export const MyVolunteeringQuery = graphql(`
  query MyVolunteering {
    ...VolunteerAreaFields
  }
`);

// "My courses" in one request: the area's data plus the enrolments with their sessions,
// the qualifications and the calendar feed (see ../../routes/ehrenamt/+layout.server.ts);
// none of the home's hour entries or Ehrenamtskarte figures.
export const MyCoursesQuery = graphql(`
  query MyCourses {
    ...VolunteerAreaFields
    ...MyTrainingFields
  }
`);

// The volunteer home in one request: the area's data plus the latest entries,
// the Ehrenamtskarte's progress (approved hours of the last 12 months against a year's
// requirement, and whether the conditions are met; the years in detail are on the Nachweis
// page) and the courses (the next session, offered places).
export const VolunteerHomeQuery = graphql(`
  query VolunteerHome {
    ...VolunteerAreaFields
    ...MyTrainingFields
    myVolunteerProfile {
      id
      createdAt
      ehrenamtskarteEligibility {
        eligible
        hoursLast12Months
        requiredHoursPerYear
      }
    }
    myHourLogs(first: 3) {
      edges {
        node {
          id
          date
          minutes
          status
          activityType {
            id
            name
          }
        }
      }
    }
  }
`);

// The volunteer home's figures of the year (this month's hours are read from
// it) and the number of entries not yet reviewed; needs the profile's id.
export const MyMonthFiguresQuery = graphql(`
  query MyMonthFigures($volunteerId: ID!, $year: Int!) {
    hoursSummary(volunteerId: $volunteerId, year: $year) {
      year
      months {
        month
        approvedMinutes
        pendingMinutes
      }
    }
    openHourLogs: myHourLogs(first: 1, filter: { status: PENDING }) {
      totalCount
    }
  }
`);

export const EligibilityFieldsFragment = graphql(`
  fragment EligibilityFields on EhrenamtskarteEligibility {
    eligible
    hoursLast12Months
    averageHoursPerWeek
    meetsHours
    activeSince
    activeYears
    meetsDuration
    requiredHoursPerWeek
    requiredHoursPerYear
    requiredActiveYears
    countsCourseAttendance
    years {
      index
      from
      to
      minutes
      averageMinutesPerWeek
      meets
      decidedBy
    }
    card {
      issuedOn
      expiresOn
      remindOn
    }
  }
`);

export const HoursSummaryFieldsFragment = graphql(`
  fragment HoursSummaryFields on HoursSummary {
    year
    approvedMinutes
    pendingMinutes
    volunteerCount
    months {
      month
      approvedMinutes
      pendingMinutes
    }
    byActivity {
      activityType {
        id
        name
      }
      approvedMinutes
      pendingMinutes
    }
  }
`);

export const MyHourLogsQuery = graphql(`
  query MyHourLogs($first: Int, $after: String, $last: Int, $before: String, $volunteerId: ID!, $year: Int!) {
    myHourLogs(first: $first, after: $after, last: $last, before: $before) {
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
          reviewReason
          activityType {
            id
            name
          }
          cohort {
            id
            title
          }
          tandem {
            ...HourTandemFields
          }
        }
      }
    }
    hoursSummary(volunteerId: $volunteerId, year: $year) {
      ...HoursSummaryFields
    }
  }
`);

export const ProfileOptionsQuery = graphql(`
  query ProfileOptions {
    currentConsent {
      version
      text
      translation
      translationLocale
    }
    topics {
      id
      name
    }
    districts {
      id
      name
    }
  }
`);

export const LogHoursMutation = graphql(`
  mutation LogHours($input: HourLogInput!) {
    logHours(input: $input) {
      __typename
      ... on MutationLogHoursSuccess {
        data {
          id
          date
          minutes
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateHourLogMutation = graphql(`
  mutation UpdateHourLog($id: ID!, $input: HourLogInput!) {
    updateHourLog(id: $id, input: $input) {
      __typename
      ... on MutationUpdateHourLogSuccess {
        data {
          id
          date
          minutes
          note
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const DeleteHourLogMutation = graphql(`
  mutation DeleteHourLog($id: ID!) {
    deleteHourLog(id: $id) {
      __typename
      ... on MutationDeleteHourLogSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateMyVolunteerProfileMutation = graphql(`
  mutation UpdateMyVolunteerProfile($input: VolunteerProfileInput!) {
    updateMyVolunteerProfile(input: $input) {
      __typename
      ... on MutationUpdateMyVolunteerProfileSuccess {
        data {
          id
          ...ProfileFormFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent {
    withdrawConsent {
      __typename
      ... on MutationWithdrawConsentSuccess {
        data {
          id
          status
          consentWithdrawnAt
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const GiveConsentMutation = graphql(`
  mutation GiveConsent($consentVersion: Int!) {
    giveConsent(consentVersion: $consentVersion) {
      __typename
      ... on MutationGiveConsentSuccess {
        data {
          id
          status
          consentVersion
          consentWithdrawnAt
        }
      }
      ...MutationErrorFields
    }
  }
`);

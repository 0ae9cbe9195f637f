// Integrationslotsen courses: the volunteers' catalogue, cohort page and own
// enrolments (VOLUNTEER), and the trainers' pages to set up and run cohorts
// (TRAINER; coordinators read along).
import { graphql } from "@lotse/schema";

// ---- shared fragments ----------------------------------------------------------

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on CohortSession {
    id
    version
    startsAt
    endsAt
    topic
    room
    onlineUrl
  }
`);

export const CohortDetailFieldsFragment = graphql(`
  fragment CohortDetailFields on Cohort {
    id
    version
    title
    status
    location
    capacity
    feeCents
    placesTaken
    waitlistLength
    requiresInterview
    offerHours
    enrolmentOpensAt
    enrolmentClosesAt
    cancelReason
    icsUrl
    trainers {
      name
    }
    sessions {
      ...SessionFields
    }
  }
`);

export const MyEnrolmentFieldsFragment = graphql(`
  fragment MyEnrolmentFields on Enrolment {
    id
    status
    motivation
    appliedAt
    admittedAt
    waitlistPosition
    offerExpiresAt
    endReason
    attendancePercent
    outcome
    certificate {
      id
      number
      issuedAt
      revokedAt
      revokedReason
    }
  }
`);

// ---- volunteers ------------------------------------------------------------------

export const CourseCatalogueQuery = graphql(`
  query CourseCatalogue($first: Int, $after: String, $last: Int, $before: String) {
    cohorts(first: $first, after: $after, last: $last, before: $before, filter: { status: OPEN }) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          title
          location
          capacity
          feeCents
          placesTaken
          waitlistLength
          requiresInterview
          enrolmentClosesAt
          course {
            id
            title
            teachingHours
          }
          sessions {
            id
            startsAt
            endsAt
          }
          myEnrolment {
            id
            status
            waitlistPosition
          }
        }
      }
    }
  }
`);

export const VolunteerCohortQuery = graphql(`
  query VolunteerCohort($id: ID!) {
    cohort(id: $id) {
      ...CohortDetailFields
      course {
        id
        title
        description
        teachingHours
        topics
        minimumAttendancePercent
        qualificationName
      }
      myEnrolment {
        ...MyEnrolmentFields
      }
    }
    myVolunteerProfile {
      id
      status
    }
  }
`);

// The volunteer's courses, qualifications and calendar feed (part of the volunteer home).
export const MyTrainingFieldsFragment = graphql(`
  fragment MyTrainingFields on Query {
    myEnrolments {
      ...MyEnrolmentFields
      cohort {
        id
        title
        status
        icsUrl
        sessions {
          id
          startsAt
          endsAt
        }
      }
    }
    myVolunteerProfile {
      id
      calendarFeedActive
      qualifications {
        name
        grantedOn
        expiresOn
        revokedAt
      }
    }
  }
`);

export const ApplyToCohortMutation = graphql(`
  mutation ApplyToCohort($cohortId: ID!, $motivation: String) {
    applyToCohort(cohortId: $cohortId, motivation: $motivation) {
      __typename
      ... on MutationApplyToCohortSuccess {
        data {
          id
          status
          waitlistPosition
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const AcceptWaitlistOfferMutation = graphql(`
  mutation AcceptWaitlistOffer($cohortId: ID!) {
    acceptWaitlistOffer(cohortId: $cohortId) {
      __typename
      ... on MutationAcceptWaitlistOfferSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const DeclineWaitlistOfferMutation = graphql(`
  mutation DeclineWaitlistOffer($cohortId: ID!) {
    declineWaitlistOffer(cohortId: $cohortId) {
      __typename
      ... on MutationDeclineWaitlistOfferSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const WithdrawFromCohortMutation = graphql(`
  mutation WithdrawFromCohort($cohortId: ID!) {
    withdrawFromCohort(cohortId: $cohortId) {
      __typename
      ... on MutationWithdrawFromCohortSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ResetCalendarFeedMutation = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed {
      __typename
      ... on MutationResetCalendarFeedSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

// ---- trainers: courses and cohorts ----------------------------------------------

export const CourseFieldsFragment = graphql(`
  fragment CourseFields on Course {
    id
    version
    title
    description
    titleTranslations {
      de
      en
      ar
      fa
      uk
      tr
    }
    descriptionTranslations {
      de
      en
      ar
      fa
      uk
      tr
    }
    teachingHours
    topics
    minimumAttendancePercent
    qualificationName
    qualificationValidityYears
    certificateText
  }
`);

export const TrainingOverviewQuery = graphql(`
  query TrainingOverview($first: Int, $after: String, $last: Int, $before: String, $filter: CohortsFilter) {
    cohortDefaults {
      capacityMin
      capacityMax
      requiresInterview
    }
    courses {
      ...CourseFields
    }
    cohorts(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          title
          status
          capacity
          placesTaken
          waitlistLength
          course {
            id
            title
          }
          sessions {
            id
            startsAt
            endsAt
          }
        }
      }
    }
  }
`);

/** Users with the TRAINER role, for the trainer picker (admins only: `users` is an admin query). */
export const TrainerOptionsQuery = graphql(`
  query TrainerOptions {
    users(first: 100, filter: { role: TRAINER, status: ACTIVE }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CourseInput!) {
    createCourse(input: $input) {
      __typename
      ... on MutationCreateCourseSuccess {
        data {
          ...CourseFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($id: ID!, $input: CourseInput!, $expectedVersion: String) {
    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on MutationUpdateCourseSuccess {
        data {
          ...CourseFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($courseId: ID!, $input: CohortInput!) {
    createCohort(courseId: $courseId, input: $input) {
      __typename
      ... on MutationCreateCohortSuccess {
        data {
          id
          title
        }
      }
      ...MutationErrorFields
    }
  }
`);

// ---- trainers: one cohort ----------------------------------------------------------

export const ManagedEnrolmentFieldsFragment = graphql(`
  fragment ManagedEnrolmentFields on Enrolment {
    id
    status
    volunteerName
    motivation
    appliedAt
    admittedAt
    offerExpiresAt
    priority
    priorityReason
    interviewedAt
    interviewNote
    endReason
    waitlistPosition
    attendancePercent
    outcome
    certificate {
      id
      number
      issuedAt
      attendancePercent
      revokedAt
      revokedReason
    }
    attendances {
      status
      session {
        id
      }
    }
  }
`);

export const CohortManagementQuery = graphql(`
  query CohortManagement($id: ID!) {
    cohortDefaults {
      capacityMin
      capacityMax
      requiresInterview
    }
    cohort(id: $id) {
      ...CohortDetailFields
      canManage
      titleTranslations {
        de
        en
        ar
        fa
        uk
        tr
      }
      sessions {
        id
        topicTranslations {
          de
          en
          ar
          fa
          uk
          tr
        }
      }
      course {
        ...CourseFields
      }
      enrolments {
        ...ManagedEnrolmentFields
      }
    }
  }
`);

export const UpdateCohortMutation = graphql(`
  mutation UpdateCohort($id: ID!, $input: CohortInput!, $expectedVersion: String) {
    updateCohort(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on MutationUpdateCohortSuccess {
        data {
          id
          title
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const OpenEnrolmentMutation = graphql(`
  mutation OpenEnrolment($id: ID!) {
    openEnrolment(id: $id) {
      __typename
      ... on MutationOpenEnrolmentSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CancelCohortMutation = graphql(`
  mutation CancelCohort($id: ID!, $reason: String!) {
    cancelCohort(id: $id, reason: $reason) {
      __typename
      ... on MutationCancelCohortSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CompleteCohortMutation = graphql(`
  mutation CompleteCohort($id: ID!, $countOnlyHeldSessions: Boolean) {
    completeCohort(id: $id, countOnlyHeldSessions: $countOnlyHeldSessions) {
      __typename
      ... on MutationCompleteCohortSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const AddCohortSessionMutation = graphql(`
  mutation AddCohortSession($cohortId: ID!, $input: CohortSessionInput!) {
    addCohortSession(cohortId: $cohortId, input: $input) {
      __typename
      ... on MutationAddCohortSessionSuccess {
        data {
          ...SessionFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const UpdateCohortSessionMutation = graphql(`
  mutation UpdateCohortSession($id: ID!, $input: CohortSessionInput!, $expectedVersion: String) {
    updateCohortSession(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on MutationUpdateCohortSessionSuccess {
        data {
          ...SessionFields
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RemoveCohortSessionMutation = graphql(`
  mutation RemoveCohortSession($id: ID!) {
    removeCohortSession(id: $id) {
      __typename
      ... on MutationRemoveCohortSessionSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordAdmissionInterviewMutation = graphql(`
  mutation RecordAdmissionInterview($enrolmentId: ID!, $passed: Boolean!, $note: String) {
    recordAdmissionInterview(enrolmentId: $enrolmentId, passed: $passed, note: $note) {
      __typename
      ... on MutationRecordAdmissionInterviewSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const SetWaitlistPriorityMutation = graphql(`
  mutation SetWaitlistPriority($enrolmentId: ID!, $priority: Int!, $reason: String!) {
    setWaitlistPriority(enrolmentId: $enrolmentId, priority: $priority, reason: $reason) {
      __typename
      ... on MutationSetWaitlistPrioritySuccess {
        data {
          id
          priority
          waitlistPosition
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RemoveParticipantMutation = graphql(`
  mutation RemoveParticipant($enrolmentId: ID!, $reason: String!) {
    removeParticipant(enrolmentId: $enrolmentId, reason: $reason) {
      __typename
      ... on MutationRemoveParticipantSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) {
      __typename
      ... on MutationRecordAttendanceSuccess {
        data {
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($id: ID!, $reason: String!) {
    revokeCertificate(id: $id, reason: $reason) {
      __typename
      ... on MutationRevokeCertificateSuccess {
        data {
          id
          revokedAt
        }
      }
      ...MutationErrorFields
    }
  }
`);

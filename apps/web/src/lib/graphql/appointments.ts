// Schuleinstiegsberatung (issue 13), the counsellor's side: the week of
// appointments, one appointment with its outcome, availability, free slots
// and booking. Children's records are in children.ts.
import { graphql } from "@lotse/schema";

export const AppointmentListFieldsFragment = graphql(`
  fragment AppointmentListFields on Appointment {
    id
    kind
    status
    startsAt
    endsAt
    room
    held
    child {
      id
      firstName
      lastName
    }
    counsellor {
      id
      name
    }
    interpreterRequest {
      id
      language
      status
    }
    outcome {
      kind
    }
  }
`);

export const CounsellingWeekQuery = graphql(`
  query CounsellingWeek($filter: AppointmentsFilter, $first: Int) {
    appointments(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...AppointmentListFields
        }
      }
    }
  }
`);

export const AppointmentQuery = graphql(`
  query Appointment($id: ID!) {
    appointment(id: $id) {
      ...AppointmentListFields
      sequence
      note
      placeDistrict {
        id
        name
      }
      cancelledAt
      cancelReason
      icsUrl
      interpreterRequest {
        id
        language
        status
        interpreterName
        respondBy
      }
      outcome {
        kind
        schoolType
        classForm
        school
        startDate
        note
        recordedAt
        followUpAppointment {
          id
          startsAt
        }
      }
      child {
        id
        firstName
        lastName
        appointments {
          id
          kind
          status
          startsAt
        }
      }
    }
    counsellors {
      id
      name
    }
    districts {
      id
      name
    }
  }
`);

export const CounsellorsQuery = graphql(`
  query Counsellors {
    counsellors {
      id
      name
    }
  }
`);

export const CounsellorAvailabilityQuery = graphql(`
  query CounsellorAvailability {
    counsellors {
      id
      name
      availability {
        weekday
        start
        end
        room
      }
      exceptions {
        id
        kind
        startsAt
        endsAt
        room
        reason
      }
    }
  }
`);

export const SetCounsellorAvailabilityMutation = graphql(`
  mutation SetCounsellorAvailability($counsellorId: ID!, $rules: [AvailabilityRuleInput!]!) {
    setCounsellorAvailability(counsellorId: $counsellorId, rules: $rules) {
      __typename
      ... on MutationSetCounsellorAvailabilitySuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const AddAvailabilityExceptionMutation = graphql(`
  mutation AddAvailabilityException($input: AvailabilityExceptionInput!) {
    addAvailabilityException(input: $input) {
      __typename
      ... on MutationAddAvailabilityExceptionSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const AvailableSlotsQuery = graphql(`
  query AvailableSlots($counsellorId: ID, $kind: AppointmentKind!, $from: String!, $to: String!) {
    availableSlots(counsellorId: $counsellorId, kind: $kind, from: $from, to: $to) {
      __typename
      ... on QueryAvailableSlotsSuccess {
        data {
          startsAt
          endsAt
          room
          counsellorId
          counsellorName
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      __typename
      ... on MutationBookAppointmentSuccess {
        data {
          id
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($id: ID!, $startsAt: DateTime!, $counsellorId: ID, $room: String) {
    rescheduleAppointment(id: $id, startsAt: $startsAt, counsellorId: $counsellorId, room: $room) {
      __typename
      ... on MutationRescheduleAppointmentSuccess {
        data {
          id
          startsAt
          sequence
        }
      }
      ...MutationErrorFields
    }
  }
`);

/** The districts an appointment can take place in (booking, the appointment page). */
export const PlaceDistrictsQuery = graphql(`
  query PlaceDistricts {
    districts {
      id
      name
    }
  }
`);

export const SetAppointmentPlaceMutation = graphql(`
  mutation SetAppointmentPlace($id: ID!, $placeDistrictId: ID) {
    setAppointmentPlace(id: $id, placeDistrictId: $placeDistrictId) {
      __typename
      ... on MutationSetAppointmentPlaceSuccess {
        data {
          id
          placeDistrict {
            id
            name
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($id: ID!, $reason: String) {
    cancelAppointment(id: $id, reason: $reason) {
      __typename
      ... on MutationCancelAppointmentSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const RecordAppointmentOutcomeMutation = graphql(`
  mutation RecordAppointmentOutcome($input: AppointmentOutcomeInput!) {
    recordAppointmentOutcome(input: $input) {
      __typename
      ... on MutationRecordAppointmentOutcomeSuccess {
        data {
          id
          outcome {
            kind
          }
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ResetCounsellorFeedMutation = graphql(`
  mutation ResetCounsellorFeed {
    resetAppointmentCalendarFeed(kind: COUNSELLOR) {
      __typename
      ... on MutationResetAppointmentCalendarFeedSuccess {
        data
      }
      ...MutationErrorFields
    }
  }
`);

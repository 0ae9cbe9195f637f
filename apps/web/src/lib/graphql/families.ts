// Tandems (issue 11), the coordinator's side: registering a family, proposing
// a volunteer for it and ending a tandem. The coordinator pages use these; the
// browser test of "Meine Tandems" sets up its tandem through the same operations.
import { graphql } from "@lotse/schema";

export const RegisterFamilyMutation = graphql(`
  mutation RegisterFamily($input: RegisterFamilyInput!) {
    registerFamily(input: $input) {
      __typename
      ... on MutationRegisterFamilySuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ProposeMatchMutation = graphql(`
  mutation ProposeMatch($familyId: ID!, $volunteerId: ID!) {
    proposeMatch(familyId: $familyId, volunteerId: $volunteerId) {
      __typename
      ... on MutationProposeMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const EndMatchMutation = graphql(`
  mutation EndMatch($id: ID!, $reason: TandemEndReason!, $note: String) {
    endMatch(id: $id, reason: $reason, note: $note) {
      __typename
      ... on MutationEndMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

// ---- the coordinator's pages: families ------------------------------------------------

export const FamilyFieldsFragment = graphql(`
  fragment FamilyFields on Family {
    id
    addressedAs
    status
    waitingSince
    arrivalDate
    hasChild
    germanLevel
    minimumSharedLevel
    address
    phone
    wishes
    requiredLanguage
    wantsWomanVolunteer
    art9Consent
    art9ConsentAt
    restrictedNote
    consentVersion
    consentedAt
    closedAt
    closedReason
    registeredByName
    createdAt
    district {
      id
      name
    }
    members {
      firstName
      birthYear
      adult
    }
    languages {
      code
      level
    }
    needs {
      id
      name
    }
    times {
      weekday
      start
      end
    }
  }
`);

export const FamiliesQuery = graphql(`
  query Families($first: Int, $after: String, $last: Int, $before: String, $filter: FamiliesFilter) {
    families(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          addressedAs
          status
          waitingSince
          hasChild
          district {
            id
            name
          }
          members {
            firstName
          }
          languages {
            code
            level
          }
          needs {
            id
            name
          }
        }
      }
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

/** The lists a family form chooses from. */
export const FamilyFormOptionsQuery = graphql(`
  query FamilyFormOptions {
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

export const CriterionFieldsFragment = graphql(`
  fragment CriterionFields on MatchCriterionExplanation {
    criterion
    raw
    points
    weight
    sentence
  }
`);

export const FamilyDetailQuery = graphql(`
  query FamilyDetail($id: ID!) {
    family(id: $id) {
      ...FamilyFields
      tandems {
        id
        status
        volunteerName
        proposedAt
        endedAt
      }
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

export const MatchSuggestionsQuery = graphql(`
  query MatchSuggestions($familyId: ID!, $limit: Int) {
    matchSuggestions(familyId: $familyId, limit: $limit) {
      __typename
      ... on QueryMatchSuggestionsSuccess {
        data {
          score
          volunteer {
            id
            name
            tandems
            maxTandems
            germanLevel
            languages {
              code
              level
            }
          }
          criteria {
            ...CriterionFields
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** Volunteers by name or address, for the "why not?" lookup on a family's page. */
export const VolunteerLookupQuery = graphql(`
  query VolunteerLookup($search: String!) {
    volunteers(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

export const WhyNotMatchQuery = graphql(`
  query WhyNotMatch($familyId: ID!, $volunteerId: ID!) {
    whyNotMatch(familyId: $familyId, volunteerId: $volunteerId) {
      __typename
      ... on QueryWhyNotMatchSuccess {
        data {
          allowed
          rule
          message
          score
          volunteer {
            id
            name
          }
          criteria {
            ...CriterionFields
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const UpdateFamilyMutation = graphql(`
  mutation UpdateFamily($id: ID!, $input: UpdateFamilyInput!) {
    updateFamily(id: $id, input: $input) {
      __typename
      ... on MutationUpdateFamilySuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const CloseFamilyMutation = graphql(`
  mutation CloseFamily($id: ID!, $reason: String!) {
    closeFamily(id: $id, reason: $reason) {
      __typename
      ... on MutationCloseFamilySuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

// ---- the coordinator's pages: tandems --------------------------------------------------

export const MatchesQuery = graphql(`
  query Matches($first: Int, $after: String, $last: Int, $before: String, $filter: MatchesFilter) {
    matches(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          status
          volunteerName
          proposedAt
          lastContactOn
          daysWithoutContact
          needsContact
          family {
            id
            addressedAs
          }
        }
      }
    }
  }
`);

export const MatchDetailQuery = graphql(`
  query MatchDetail($id: ID!) {
    match(id: $id) {
      id
      status
      score
      volunteerName
      proposedByName
      proposedAt
      respondedAt
      activatedAt
      endedAt
      endReason
      endNote
      declineReason
      lastContactOn
      daysWithoutContact
      needsContact
      volunteer {
        id
      }
      family {
        id
        addressedAs
        firstNames
        district
        address
        phone
      }
      criteria {
        ...CriterionFields
      }
      events {
        at
        actorName
        fromStatus
        toStatus
        reason
      }
      contacts {
        id
        date
        kind
        minutes
        note
        recordedByName
        createdAt
      }
    }
  }
`);

export const PauseMatchMutation = graphql(`
  mutation PauseMatch($id: ID!, $reason: String) {
    pauseMatch(id: $id, reason: $reason) {
      __typename
      ... on MutationPauseMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

export const ResumeMatchMutation = graphql(`
  mutation ResumeMatch($id: ID!) {
    resumeMatch(id: $id) {
      __typename
      ... on MutationResumeMatchSuccess {
        data {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`);

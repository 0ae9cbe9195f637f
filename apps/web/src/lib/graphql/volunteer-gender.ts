// The volunteer's gender as they state it (optional): only a family's wish for
// "a woman as volunteer" reads it. The volunteer sets it on their profile, a
// coordinator on the volunteer's page.
import { graphql } from "@lotse/schema";

export const SetVolunteerGenderMutation = graphql(`
  mutation SetVolunteerGender($volunteerId: ID!, $gender: VolunteerGender) {
    setVolunteerGender(volunteerId: $volunteerId, gender: $gender) {
      __typename
      ... on MutationSetVolunteerGenderSuccess {
        data {
          id
          gender
        }
      }
      ...MutationErrorFields
    }
  }
`);

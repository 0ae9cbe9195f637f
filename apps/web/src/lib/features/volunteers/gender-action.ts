// The gender form's action (GenderForm), shared by "my profile" and the
// coordinator's volunteer page: each page exports it as its action `gender`,
// so the form works before (and without) JavaScript. The API decides who may
// set it for which volunteer.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { SetVolunteerGenderMutation } from "$lib/graphql/volunteer-gender";

const GENDERS = ["WOMAN", "MAN", "DIVERSE"] as const;
type Gender = (typeof GENDERS)[number];

export async function gender(event: Pick<RequestEvent, "fetch" | "request">) {
  const form = await event.request.formData();
  const value = text(form, "gender");
  // "" (no answer) clears it; anything else the API checks against its enum.
  const chosen = GENDERS.includes(value as Gender) ? (value as Gender) : value === "" ? null : (value as Gender);
  const outcome = await mutate(event, SetVolunteerGenderMutation, { volunteerId: text(form, "volunteerId"), gender: chosen }, ["gender"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "gender" });
  return { genderSaved: outcome.data.gender ?? "" };
}

// One volunteer for coordinators: profile, Führungszeugnis records, hours and
// allowance payments of a year (?year=), Ehrenamtskarte figures. Every form of
// the page is an action here, so it works before (and without) JavaScript.
import { berlinToday } from "@lotse/domain/berlin-time";
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { VolunteerDetailQuery } from "$lib/graphql/volunteers";
import { parseYear, yearOf } from "$lib/features/volunteers/format";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import { gender } from "$lib/features/volunteers/gender-action";
import { birthDateAction, issueNachweisAction, withdrawNachweisAction } from "$lib/features/volunteers/nachweis-actions";
import { end, pause, reactivate, review } from "./decision-actions";
import { card, certificate, importHours, payment } from "./record-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, params, parent }) => {
  await parent(); // the COORDINATOR check runs first
  if (!isGlobalIdOf("Volunteer", params.id)) error(404, { message: "Not found" });
  const currentYear = yearOf(berlinToday());
  const year = parseYear(url.searchParams.get("year"), currentYear);
  const result = await loadQuery(fetch, VolunteerDetailQuery, { id: params.id, year });
  if (!result.volunteer) error(404, { message: "Not found" });
  return { volunteer: result.volunteer, hoursSummary: result.hoursSummary, eligibility: result.ehrenamtskarteEligibility, allowances: result.allowanceSummary, activityTypes: result.activityTypes, year, currentYear };
};

export const actions: Actions = {
  review,
  pause,
  reactivate,
  end,
  gender,
  certificate,
  card,
  importHours,
  payment,
  issue: issueNachweisAction,
  birthDate: birthDateAction,
  withdrawNachweis: withdrawNachweisAction,
};

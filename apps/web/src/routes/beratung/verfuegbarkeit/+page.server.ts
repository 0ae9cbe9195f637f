// A counsellor's weekly hours and exceptions: a counsellor edits their own,
// an admin chooses whose (?counsellor=, the API allows admins anyone's). Saving
// the hours and adding an exception are form actions (availability-actions.ts),
// so they work before (and without) the page's JavaScript; adding or removing a
// row of hours without JavaScript posts to `draft`, which hands the typed rows back with the change.
import { loadQuery } from "$lib/graphql/load";
import { CounsellorAvailabilityQuery } from "$lib/graphql/appointments";
import { draftAction } from "$lib/forms/row-draft";
import { exceptionAction, rulesAction } from "./availability-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  const { counsellors } = await loadQuery(fetch, CounsellorAvailabilityQuery, {});
  const own = me!.roles.includes("COUNSELLOR") ? me!.user.id : null;
  const asked = url.searchParams.get("counsellor");
  const chosen = counsellors.find((c) => c.id === asked) ?? counsellors.find((c) => c.id === own) ?? counsellors[0] ?? null;
  // A counsellor who is not an admin keeps to their own hours.
  const canChoose = me!.roles.includes("ADMIN");
  return { counsellors: canChoose ? counsellors.map((c) => ({ id: c.id, name: c.name })) : [], counsellor: canChoose ? chosen : (counsellors.find((c) => c.id === own) ?? null) };
};

export const actions: Actions = { rules: rulesAction, exception: exceptionAction, draft: draftAction };

// The organisation's users, filtered and paged by URL parameters (ADMIN only,
// enforced by ../+layout.server.ts and by the API). Inviting, changing roles
// and (de)activating are form actions: they work before (and without) the
// page's JavaScript.
import { loadQuery } from "$lib/graphql/load";
import { UsersQuery } from "$lib/graphql/users";
import { parseUsersParams, usersVariables } from "$lib/users-query";
import { deactivate, invite, reactivate, roles } from "./user-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the ADMIN check runs first
  const params = parseUsersParams(url.searchParams);
  const { users } = await loadQuery(fetch, UsersQuery, usersVariables(params));
  return { users, params };
};

export const actions: Actions = { invite, roles, deactivate, reactivate };

// The organisation's users, filtered and paged by URL parameters (ADMIN only,
// enforced by ../+layout.server.ts and by the API).
import { loadQuery } from "$lib/graphql/load";
import { UsersQuery } from "$lib/graphql/users";
import { parseUsersParams, usersVariables } from "$lib/users-query";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the ADMIN check runs first
  const params = parseUsersParams(url.searchParams);
  const { users } = await loadQuery(fetch, UsersQuery, usersVariables(params));
  return { users, params };
};

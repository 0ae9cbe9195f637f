// Children's records, searched by name and paged by cursor (URL parameters, so the pages work without JavaScript).
import { loadQuery } from "$lib/graphql/load";
import { ChildrenQuery } from "$lib/graphql/children";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const search = url.searchParams.get("search")?.trim().slice(0, 100) ?? "";
  const after = url.searchParams.get("after");
  const before = url.searchParams.get("before");
  const page = before && !after ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? null };
  const { children } = await loadQuery(fetch, ChildrenQuery, { filter: search ? { search } : null, ...page });
  return { children, search, after, before };
};

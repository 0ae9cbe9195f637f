// A connection's first page and its `totalCount` in one statement. Both can be
// read as relations of the caller's organisation row (the page as the
// relation's rows, the total as its relation count; modules/organization-row.ts),
// which reads every part asked for in the same turn with one statement. Pothos
// asks for the total later than for the page (when it resolves `totalCount`,
// after the page's resolver returned), so the page's resolver starts the count
// itself, in the same turn as the page, and hands it to the `totalCount`
// resolver through `info`, the one object both calls receive.
//
// A page after a cursor is read by its own statement as before: Prisma cannot
// put a cursor into a nested read.
import type { GraphQLResolveInfo } from "graphql";

const started = new WeakMap<GraphQLResolveInfo, Promise<number>>();

/** Pothos' query for a connection's page: the first page has no cursor and reads forwards. */
export function isFirstPage(query: { cursor?: unknown; take?: number; skip?: number }): boolean {
  return query.cursor === undefined && (query.take ?? 0) > 0 && !query.skip;
}

/** Whether the connection field asks for `totalCount` directly (a total behind a fragment is counted on its own). */
function asksForTotal(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === "Field" && s.name.value === "totalCount"));
}

/** In the page's resolver: starts the count now, when the field asks for it, for `totalCountOf` to hand out. */
export function startTotalCount(info: GraphQLResolveInfo, count: () => Promise<number>): void {
  if (!asksForTotal(info)) return;
  const total = count();
  // Handled here too: a total that is never asked for after all must not be an unhandled rejection.
  total.catch(() => {});
  started.set(info, total);
}

/** In the `totalCount` resolver: the count the page's resolver started, else `count()` now. */
export function totalCountOf(info: GraphQLResolveInfo, count: () => Promise<number>): Promise<number> {
  return started.get(info) ?? count();
}

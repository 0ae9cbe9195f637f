// Donations (money and goods), newest first, filtered by period, kind, fund and
// status and paged by URL parameters (COORDINATOR, enforced by ../+layout.server.ts and the API).
import { loadQuery } from "$lib/graphql/load";
import { DonationsQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import { BODIES, DONATION_KINDS, DONATION_STATUSES } from "$lib/features/donations/labels";
import { isoDateParam } from "$lib/features/donations/format";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import type { PageServerLoad } from "./$types";

type Filter = NonNullable<VariablesOf<typeof DonationsQuery>["filter"]>;
const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null => (v && (values as readonly string[]).includes(v) ? (v as T) : null);

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const q = url.searchParams;
  const params = {
    kind: oneOf<NonNullable<Filter["kind"]>>(DONATION_KINDS, q.get("kind")),
    status: oneOf<NonNullable<Filter["status"]>>(DONATION_STATUSES, q.get("status")),
    body: oneOf<NonNullable<Filter["body"]>>(BODIES, q.get("body")),
    fund: q.get("fund") || null,
    from: isoDateParam(q.get("from")),
    to: isoDateParam(q.get("to")),
  };
  const filter = { kind: params.kind, status: params.status, body: params.body, fundId: params.fund, from: params.from, to: params.to };
  const { donations, funds } = await loadQuery(fetch, DonationsQuery, { ...cursorVariables(url), filter });
  return { donations, funds, params };
};

// The audit log (ADMIN only, by ../+layout.server.ts and the API): the search
// by URL parameters, and the chain check when asked for (`?verify=1`), since it
// walks the whole chain.
import { auditFilter, auditPage, parseAuditParams } from "$lib/features/audit/audit-params";
import { AuditLogQuery, VerifyAuditChainQuery } from "$lib/graphql/audit";
import { loadQuery } from "$lib/graphql/load";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const params = parseAuditParams(url.searchParams);
  const [{ auditLog }, chain] = await Promise.all([
    loadQuery(fetch, AuditLogQuery, { ...auditPage(params), filter: auditFilter(params) }),
    params.verify ? loadQuery(fetch, VerifyAuditChainQuery, {}).then((d) => d.verifyAuditChain) : Promise.resolve(null),
  ]);
  return { auditLog, chain, params };
};

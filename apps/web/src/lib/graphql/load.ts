// Queries in server loads: data or a SvelteKit error page with a fitting status.
import { error } from "@sveltejs/kit";
import type { AnyVariables, CombinedError, TypedDocumentNode } from "@urql/core";
import { createGraphqlClient } from "./client";

/** HTTP status for a failed query: 403 for FORBIDDEN, 401 for UNAUTHENTICATED, 503 when the API is unreachable. */
export function statusForQueryError(err: CombinedError): number {
  if (err.networkError) return 503;
  const codes = err.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes("FORBIDDEN")) return 403;
  if (codes.includes("UNAUTHENTICATED")) return 401;
  if (codes.includes("NOT_FOUND")) return 404;
  // The HTTP layer answered, but not with data (e.g. 5xx from the API): treat as unavailable.
  return err.response && typeof err.response.status === "number" && err.response.status >= 500 ? 503 : 500;
}

export async function loadQuery<D, V extends AnyVariables>(
  fetchFn: typeof fetch,
  document: TypedDocumentNode<D, V>,
  variables: V,
): Promise<D> {
  const result = await createGraphqlClient(fetchFn).query(document, variables).toPromise();
  if (result.error || !result.data) {
    const status = result.error ? statusForQueryError(result.error) : 500;
    if (status >= 500) console.error("GraphQL query failed", result.error?.message);
    error(status, { message: result.error?.message ?? "No data" });
  }
  return result.data;
}

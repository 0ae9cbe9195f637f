// Public check of a Nachweis by its verification code (no sign-in; see
// PUBLIC_PATTERNS): what it certified and whether it was withdrawn. An
// unknown code is a page that says so (404), not an error.
import { loadQuery } from "$lib/graphql/load";
import { NachweisVerificationQuery } from "$lib/graphql/nachweise";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, setHeaders }) => {
  const code = params.code.slice(0, 64);
  const { nachweisVerification } = await loadQuery(fetch, NachweisVerificationQuery, { code });
  // The answer changes when a coordinator withdraws it: never cached.
  setHeaders({ "cache-control": "no-store" });
  return { code, verification: nachweisVerification };
};

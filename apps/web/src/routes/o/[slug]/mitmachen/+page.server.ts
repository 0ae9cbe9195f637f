// Public volunteer sign-up of one organisation: its topics, districts and
// current consent text (no sign-in needed; see PUBLIC_PATTERNS in $lib/nav).
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { SignUpOptionsQuery } from "$lib/graphql/signup";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params }) => {
  const { signUpOptions } = await loadQuery(fetch, SignUpOptionsQuery, { organizationSlug: params.slug });
  if (!signUpOptions) error(404, { message: "Unknown organisation" });
  return { options: signUpOptions };
};

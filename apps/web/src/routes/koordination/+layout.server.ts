// Everything under /koordination needs the COORDINATOR role in the current organisation.
import { error } from "@sveltejs/kit";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async ({ parent }) => {
  const { me } = await parent();
  if (!me?.roles.includes("COORDINATOR")) error(403, { message: "Forbidden" });
  return {};
};
